namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>HCL text that does not tokenize or parse, with the 1-based line and column where it went wrong.</summary>
public sealed class HclParseException(int line, int column, string message)
    : Exception($"{line}:{column}: {message}")
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = message;

    internal static HclParseException At(HclPosition position, string message) =>
        new(position.Line, position.Column, message);
}
