using System.Text;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>One Dockerfile instruction after its <c>\</c> continuations are joined, remembering where every
/// character was written so a value on a continuation line keeps its own line and column.</summary>
/// <param name="headLength">Where a heredoc body starts in <paramref name="text"/>; its length if there is none.</param>
internal sealed class DockerInstruction(string path, string text, IReadOnlyList<SourceLocation> positions, int headLength)
{
    public string Text { get; } = text;

    /// <summary>The instruction, upper-cased: <c>ENV</c>, <c>RUN</c>.</summary>
    public string Keyword { get; } = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();

    public SourceLocation At(int index) => positions[Math.Min(index, positions.Count - 1)];

    /// <summary>Whitespace-separated words of the instruction line (a heredoc body excluded) with quotes removed and backslash escapes applied; <see cref="DockerWord.Start"/>
    /// is where the word starts in <see cref="Text"/>.</summary>
    /// <exception cref="ConfigParseException">A quote is not closed; reported on the line where it opens.</exception>
    public IReadOnlyList<DockerWord> Words()
    {
        var words = new List<DockerWord>();
        var i = 0;
        while (true)
        {
            while (i < headLength && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            if (i >= headLength)
            {
                return words;
            }

            var start = i;
            var word = new StringBuilder();
            while (i < headLength && !char.IsWhiteSpace(Text[i]))
            {
                i = Text[i] is '"' or '\'' ? Quoted(i, word) : Plain(i, word);
            }

            words.Add(new DockerWord(word.ToString(), start));
        }
    }

    private int Plain(int i, StringBuilder word)
    {
        if (Text[i] == '\\' && i + 1 < headLength)
        {
            i++;
        }

        word.Append(Text[i]);
        return i + 1;
    }

    private int Quoted(int open, StringBuilder word)
    {
        var quote = Text[open];
        var i = open + 1;
        for (; i < headLength && Text[i] != quote; i++)
        {
            if (quote == '"' && Text[i] == '\\' && i + 1 < headLength)
            {
                i++;
            }

            word.Append(Text[i]);
        }

        if (i == headLength)
        {
            throw new ConfigParseException(path, At(open).Line, $"unterminated {quote} quote");
        }

        return i + 1;
    }
}

internal readonly record struct DockerWord(string Value, int Start);
