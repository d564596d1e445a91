namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>Every expression knows where it starts.</summary>
public abstract record HclExpression(HclPosition Position);

public enum HclLiteralKind
{
    String,
    Number,
    Bool,
    Null,
}

/// <summary>A string without template sequences, a number as written, <c>true</c>/<c>false</c> or <c>null</c>.</summary>
public sealed record HclLiteral(HclLiteralKind Kind, string Text, HclPosition Position) : HclExpression(Position);

/// <summary>A quoted string or heredoc that has at least one <c>${…}</c> or <c>%{…}</c>.</summary>
public sealed record HclTemplate(IReadOnlyList<HclTemplatePart> Parts, HclPosition Position) : HclExpression(Position);

public abstract record HclTemplatePart(HclPosition Position);

public sealed record HclTemplateText(string Text, HclPosition Position) : HclTemplatePart(Position);

public sealed record HclTemplateInterpolation(HclExpression Expression, HclPosition Position) : HclTemplatePart(Position);

/// <summary>An <c>%{if}</c>/<c>%{for}</c> directive, kept as written: nothing downstream needs to evaluate one yet.</summary>
public sealed record HclTemplateDirective(string Source, HclPosition Position) : HclTemplatePart(Position);

/// <summary>A variable and its steps: <c>var.region</c>, <c>module.m.out</c>, <c>local.zones[0]</c>.</summary>
public sealed record HclTraversal(string Root, IReadOnlyList<HclTraversalStep> Steps, HclPosition Position) : HclExpression(Position)
{
    /// <summary><c>var.region</c> for a traversal of names only; null when a step is an index.</summary>
    public string? DottedName => Steps.All(s => s is HclAttributeStep)
        ? string.Join(".", Steps.Cast<HclAttributeStep>().Select(s => s.Name).Prepend(Root))
        : null;
}

/// <summary>Steps applied to something that is not a variable: <c>f(x).name</c>, <c>(a)[0]</c>.</summary>
public sealed record HclRelativeTraversal(HclExpression Source, IReadOnlyList<HclTraversalStep> Steps, HclPosition Position) : HclExpression(Position);

public abstract record HclTraversalStep(HclPosition Position);

public sealed record HclAttributeStep(string Name, HclPosition Position) : HclTraversalStep(Position);

public sealed record HclIndexStep(HclExpression Key, HclPosition Position) : HclTraversalStep(Position);

/// <summary><c>source[*].each</c> (full) or <c>source.*.each</c> (attribute-only).</summary>
public sealed record HclSplat(HclExpression Source, bool Full, IReadOnlyList<HclTraversalStep> Each, HclPosition Position) : HclExpression(Position);

/// <summary><c>name(args)</c>; <see cref="ExpandFinal"/> for <c>name(list...)</c>. Provider functions keep their <c>::</c>.</summary>
public sealed record HclFunctionCall(string Name, IReadOnlyList<HclExpression> Arguments, bool ExpandFinal, HclPosition Position) : HclExpression(Position);

public sealed record HclTuple(IReadOnlyList<HclExpression> Items, HclPosition Position) : HclExpression(Position);

public sealed record HclObject(IReadOnlyList<HclObjectItem> Items, HclPosition Position) : HclExpression(Position);

/// <summary>A bare-name key arrives as a string literal, as HCL reads it; <c>(var.k)</c> stays an expression.</summary>
public sealed record HclObjectItem(HclExpression Key, HclExpression Value, HclPosition Position);

public sealed record HclConditional(HclExpression Condition, HclExpression WhenTrue, HclExpression WhenFalse, HclPosition Position) : HclExpression(Position);

public sealed record HclBinary(string Operator, HclExpression Left, HclExpression Right, HclPosition Position) : HclExpression(Position);

public sealed record HclUnary(string Operator, HclExpression Operand, HclPosition Position) : HclExpression(Position);

public sealed record HclParenthesized(HclExpression Inner, HclPosition Position) : HclExpression(Position);

/// <summary>
/// <c>[for v in c : value if cond]</c> or <c>{for k, v in c : key => value... if cond}</c> (<see cref="KeyExpression"/> set).
/// </summary>
public sealed record HclFor(
    string? KeyVariable,
    string ValueVariable,
    HclExpression Collection,
    HclExpression? KeyExpression,
    HclExpression ValueExpression,
    bool Grouping,
    HclExpression? Condition,
    HclPosition Position) : HclExpression(Position);
