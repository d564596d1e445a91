namespace RegionLens.Scanner.Suppression;

/// <summary>
/// How comments and strings look in one kind of file, as far as finding suppression directives needs: which comment
/// forms exist, which characters quote a string (so that a <c>#</c> or <c>//</c> inside a string is not a comment),
/// and a few string shapes. This is a lexer for comments, not a parser: it is right for ordinary files and errs
/// towards not seeing a directive.
/// </summary>
/// <param name="Slashes"><c>// line</c> and <c>/* block */</c> comments.</param>
/// <param name="Hash"><c># line</c> comments; the <c>#</c> must start the line or follow whitespace, as in YAML and shell.</param>
/// <param name="Markup"><c>&lt;!-- block --&gt;</c> comments.</param>
/// <param name="Quotes">Characters that open and close a one-line string.</param>
/// <param name="QuotesOnlyAtTokenStart">A quote opens a string only at the start of a token (YAML, shell), so the
/// apostrophe in <c>key: don't # note</c> does not hide the comment.</param>
/// <param name="TripleQuoteStrings">Three or more quotes open a string that may span lines and ends at as many quotes
/// (C# raw strings, Bicep <c>'''</c> strings).</param>
/// <param name="VerbatimStrings">C# <c>@"..."</c> strings, which span lines and do not escape with a backslash.</param>
internal sealed record CommentSyntax(
    bool Slashes, bool Hash, bool Markup, string Quotes, bool QuotesOnlyAtTokenStart, bool TripleQuoteStrings, bool VerbatimStrings)
{
    public static readonly CommentSyntax CSharp = new(true, false, false, "\"'", false, true, true);
    public static readonly CommentSyntax Json = new(true, false, false, "\"", false, false, false);
    public static readonly CommentSyntax Bicep = new(true, false, false, "'", false, true, false);
    public static readonly CommentSyntax Hcl = new(true, true, false, "\"", false, false, false);
    public static readonly CommentSyntax HashLines = new(false, true, false, "\"'", true, false, false);
    public static readonly CommentSyntax Xml = new(false, false, true, string.Empty, false, false, false);

    private static readonly Dictionary<string, CommentSyntax> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".cs"] = CSharp,
        [".json"] = Json,
        [".bicep"] = Bicep,
        [".tf"] = Hcl,
        [".tfvars"] = Hcl,
        [".hcl"] = Hcl,
        [".yaml"] = HashLines,
        [".yml"] = HashLines,
        [".env"] = HashLines,
        [".conf"] = HashLines,
        [".dockerfile"] = HashLines,
        [".config"] = Xml,
        [".xml"] = Xml,
        [".csproj"] = Xml,
        [".props"] = Xml,
        [".targets"] = Xml,
    };

    /// <summary>The syntax for a file by its name, or <see langword="null"/> for a file RegionLens does not read
    /// suppressions from. <c>.env.production</c> and <c>Dockerfile.api</c> are named by their start, not their
    /// extension.</summary>
    public static CommentSyntax? For(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Containerfile", StringComparison.OrdinalIgnoreCase))
        {
            return HashLines;
        }

        return ByExtension.GetValueOrDefault(Path.GetExtension(name));
    }
}
