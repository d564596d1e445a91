namespace RegionLens.Scanner.Infrastructure.Bicep;

internal enum BicepTokenKind
{
    Identifier,
    Number,
    String,
    Symbol,
    NewLine,
    End,
}

/// <summary>One token of a Bicep file, with its span in the text and its 1-based line and column.</summary>
/// <param name="Text">The identifier, number or symbol as written; for a string, its value when it has no interpolation.</param>
/// <param name="Parts">A string's pieces: literal text (<see cref="string"/>) and the tokens of each <c>${...}</c>.</param>
internal sealed record BicepToken(
    BicepTokenKind Kind, string Text, int Start, int End, int Line, int Column, IReadOnlyList<object>? Parts = null)
{
    public bool Is(string symbol) => Kind == BicepTokenKind.Symbol && Text == symbol;

    public bool IsWord(string word) => Kind == BicepTokenKind.Identifier && Text == word;
}
