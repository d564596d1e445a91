namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>A 1-based line and column; columns count UTF-16 characters, a tab is one column.</summary>
public readonly record struct HclPosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

public enum HclTokenKind
{
    Identifier,
    Number,
    QuotedTemplate,
    HeredocTemplate,
    Punctuation,
    Newline,
    EndOfFile,
}

/// <summary>
/// One token. Templates (quoted strings and heredocs) carry their parts, so interpolations arrive already tokenized.
/// </summary>
public sealed record HclToken(HclTokenKind Kind, string Text, HclPosition Position, IReadOnlyList<HclTemplateToken>? Parts = null)
{
    public bool Is(string punctuation) => Kind == HclTokenKind.Punctuation && Text == punctuation;

    public bool IsKeyword(string word) => Kind == HclTokenKind.Identifier && Text == word;

    public string Describe() => Kind switch
    {
        HclTokenKind.EndOfFile => "the end of the file",
        HclTokenKind.Newline => "a newline",
        HclTokenKind.QuotedTemplate or HclTokenKind.HeredocTemplate => "a string",
        _ => $"'{Text}'",
    };
}

public enum HclTemplatePartKind
{
    Literal,
    Interpolation,
    Directive,
}

/// <summary>
/// A literal run of a template (escapes already decoded) or a <c>${…}</c> / <c>%{…}</c> sequence with its tokens,
/// which end with <see cref="HclTokenKind.EndOfFile"/> at the closing brace. <see cref="Text"/> is the source as written.
/// </summary>
public sealed record HclTemplateToken(HclTemplatePartKind Kind, string Text, HclPosition Position, IReadOnlyList<HclToken> Tokens);

/// <summary>A comment as written, markers included, kept for inline suppressions.</summary>
public sealed record HclComment(string Text, HclPosition Position);

public sealed record HclTokens(IReadOnlyList<HclToken> Tokens, IReadOnlyList<HclComment> Comments);
