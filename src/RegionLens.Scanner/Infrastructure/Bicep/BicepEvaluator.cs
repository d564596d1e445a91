using System.Text;
using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure.Arm;

namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>
/// Evaluates Bicep expressions as far as the file alone tells: strings and their interpolations, parameters through
/// their defaults, variables through their values. Everything else (<c>resourceGroup().location</c>, a loop
/// variable, a parameter with no default) is written <c>{expression}</c> and is not resolved. Values keep the
/// position where they are used, not where a default is declared.
/// </summary>
internal sealed class BicepEvaluator(string path, string text, IReadOnlyList<BicepStatement> statements)
{
    private readonly Dictionary<string, BicepExpression?> _parameters = statements.OfType<BicepParam>()
        .GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Default, StringComparer.Ordinal);

    private readonly Dictionary<string, BicepExpression> _variables = statements.OfType<BicepVariable>()
        .GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    /// <summary>Objects and arrays keep their shape (a variable holding Cosmos locations included); anything else is one value.</summary>
    public AzureNode Node(BicepExpression expression) => expression switch
    {
        BicepObject obj => new AzureObject(
            [.. obj.Properties.Select(p => new AzureProperty(p.Name, Node(p.Value), At(p.Line, p.Column)))], At(obj.Line, obj.Column)),
        BicepArray array => new AzureArray([.. array.Items.Select(Node)], At(array.Line, array.Column)),
        BicepFor loop => Node(loop.Body),
        BicepName name when Declared(name.Name) is BicepObject or BicepArray or BicepFor && _evaluating.Add(name.Name) => Inline(name.Name),
        _ => new AzureScalar(Value(expression)),
    };

    public IacValue Value(BicepExpression expression)
    {
        var (written, resolved) = Text(expression);
        return new IacValue(written, At(expression.Line, expression.Column), resolved);
    }

    public SourceLocation At(int line, int column) => new(path, line, column);

    private AzureNode Inline(string name)
    {
        try
        {
            return Node(Declared(name)!);
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    private (string Text, bool Resolved) Text(BicepExpression expression)
    {
        switch (expression)
        {
            case BicepString written:
                var value = new StringBuilder();
                var resolved = true;
                foreach (var part in written.Parts)
                {
                    var (piece, known) = part is BicepExpression inner ? Text(inner) : ((string)part, true);
                    value.Append(piece);
                    resolved &= known;
                }

                return (value.ToString(), resolved);
            case BicepLiteral literal:
                return (literal.Text, true);
            case BicepName name when Declared(name.Name) is { } declared && _evaluating.Add(name.Name):
                try
                {
                    return declared is BicepObject or BicepArray or BicepFor ? Unknown(expression) : Text(declared);
                }
                finally
                {
                    _evaluating.Remove(name.Name);
                }

            default:
                return Unknown(expression);
        }
    }

    /// <summary>A variable's value, or a parameter's default; null for anything else (a resource, a loop variable).</summary>
    private BicepExpression? Declared(string name) =>
        _variables.TryGetValue(name, out var value) ? value : _parameters.GetValueOrDefault(name);

    /// <summary>The expression as written, blanks and line breaks dropped: <c>{resourceGroup().location}</c>.</summary>
    private (string, bool) Unknown(BicepExpression expression)
    {
        var written = new StringBuilder();
        foreach (var c in text.AsSpan(expression.Start, expression.End - expression.Start))
        {
            if (!char.IsWhiteSpace(c))
            {
                written.Append(c);
            }
        }

        return ("{" + written + "}", false);
    }
}
