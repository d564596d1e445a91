using System.Text;
using System.Text.RegularExpressions;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>Joins a Dockerfile's physical lines into instructions: <c>\</c> continuations and heredoc bodies.</summary>
internal static partial class DockerfileLines
{
    public static IEnumerable<DockerInstruction> Instructions(string path, IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        var positions = new List<SourceLocation>();
        var headLength = 0;
        Match? heredoc = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (heredoc is not null)
            {
                if (EndsHeredoc(lines[i], heredoc))
                {
                    yield return Take();
                    heredoc = null;
                    continue;
                }

                Append("\n" + lines[i], i, -1);
                continue;
            }

            var line = lines[i].TrimEnd();
            var first = SourceText.SkipSpaces(line, 0);
            // Docker drops comment and blank lines inside a continuation, so they neither end nor join an instruction.
            if (first == line.Length || line[first] == '#')
            {
                continue;
            }

            var continues = line.EndsWith('\\');
            // A continuation line keeps its indentation: Docker joins the lines without adding or removing spaces.
            var from = text.Length == 0 ? first : 0;
            Append(line[from..(continues ? ^1 : ^0)], i, from);
            if (continues)
            {
                continue;
            }

            heredoc = TakesHeredoc().IsMatch(text.ToString()) && Heredoc().Match(text.ToString()) is { Success: true } opened ? opened : null;
            if (heredoc is null)
            {
                yield return Take();
            }
            else
            {
                headLength = text.Length;
            }
        }

        // An open continuation or heredoc at the end of the file simply ends there.
        if (text.ToString().Trim().Length > 0)
        {
            yield return Take();
        }

        void Append(string written, int line, int column)
        {
            for (var c = 0; c < written.Length; c++)
            {
                text.Append(written[c]);
                // A heredoc line is appended after its '\n', which is placed at the start of that line.
                positions.Add(new SourceLocation(path, line + 1, Math.Max(1, column + c + 1)));
            }
        }

        DockerInstruction Take()
        {
            var instruction = new DockerInstruction(path, text.ToString(), [.. positions], heredoc is null ? text.Length : headLength);
            text.Clear();
            positions.Clear();
            return instruction;
        }
    }

    private static bool EndsHeredoc(string line, Match heredoc) =>
        (heredoc.Groups[1].Length > 0 ? line.TrimStart('\t') : line).TrimEnd('\r') == heredoc.Groups[2].Value;

    [GeneratedRegex(@"^(RUN|COPY|ADD)\s", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TakesHeredoc();

    // <<EOF, <<-EOF, <<"EOF"; not the shell's here-string <<<.
    [GeneratedRegex(@"(?<!<)<<(?!<)(-?)\s*[""']?([A-Za-z_][A-Za-z0-9_]*)[""']?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Heredoc();
}
