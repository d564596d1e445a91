namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>An expression with its span in the text (for writing it as <c>{expression}</c> when it stays unknown) and its position.</summary>
internal abstract record BicepExpression(int Start, int End, int Line, int Column);

/// <summary>A string: literal pieces (<see cref="string"/>) and interpolated <see cref="BicepExpression"/>s.</summary>
internal sealed record BicepString(IReadOnlyList<object> Parts, int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

/// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed record BicepLiteral(string Text, int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

internal sealed record BicepName(string Name, int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

internal sealed record BicepProperty(string Name, BicepExpression Value, int Line, int Column);

internal sealed record BicepObject(IReadOnlyList<BicepProperty> Properties, int Start, int End, int Line, int Column)
    : BicepExpression(Start, End, Line, Column);

internal sealed record BicepArray(IReadOnlyList<BicepExpression> Items, int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

/// <summary><c>[for x in xs: body]</c>: only the body is kept; the loop variable stays unknown.</summary>
internal sealed record BicepFor(BicepExpression Body, int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

/// <summary>Anything the facts never evaluate (calls, member access, operators): known only by its text.</summary>
internal sealed record BicepOther(int Start, int End, int Line, int Column) : BicepExpression(Start, End, Line, Column);

internal abstract record BicepStatement(string Name, int Line, int Column);

internal sealed record BicepParam(string Name, BicepExpression? Default, int Line, int Column) : BicepStatement(Name, Line, Column);

internal sealed record BicepVariable(string Name, BicepExpression Value, int Line, int Column) : BicepStatement(Name, Line, Column);

internal sealed record BicepOutput(string Name, BicepExpression Value, int Line, int Column) : BicepStatement(Name, Line, Column);

/// <param name="Type">The type as written before <c>@</c>; relative (<c>databases</c>) for a child declared inside its parent.</param>
/// <param name="Body">The body object; for a loop, the loop's body; for a condition, the object after it.</param>
/// <param name="Children">Resources declared inside the body.</param>
internal sealed record BicepResource(string Name, string Type, bool Existing, BicepExpression Body, IReadOnlyList<BicepResource> Children, int Line, int Column)
    : BicepStatement(Name, Line, Column);

internal sealed record BicepModule(string Name, string Source, BicepExpression Body, int Line, int Column) : BicepStatement(Name, Line, Column);
