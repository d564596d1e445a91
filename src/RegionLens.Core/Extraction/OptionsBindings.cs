using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Which options classes are bound to which configuration sections in a solution:
/// <c>services.Configure&lt;T&gt;(config.GetSection("X"))</c>, <c>AddOptions&lt;T&gt;().Bind(…)</c> or
/// <c>.BindConfiguration("X")</c>, <c>config.GetSection("X").Bind(instance)</c> and <c>config.GetSection("X").Get&lt;T&gt;()</c>.
/// A read of <c>options.Value.Region</c> is then a read of configuration key <c>X:Region</c>.
/// </summary>
public sealed class OptionsBindings
{
    // Get is one too, but only as Get<T>() (see IsBindingCall).
    private static readonly HashSet<string> BindingMethods = new(StringComparer.Ordinal) { "Configure", "Bind", "BindConfiguration" };

    private readonly Dictionary<string, string> _sectionByType;
    private readonly Action? _consulted;

    private OptionsBindings(Dictionary<string, string> sectionByType, Action? consulted)
    {
        _sectionByType = sectionByType;
        _consulted = consulted;
    }

    /// <summary>Each options type's key and the section it is bound to, so that a scan cache can keep them.</summary>
    public IReadOnlyDictionary<string, string> Sections => _sectionByType;

    /// <param name="consulted">Told, on the asking thread, each time a section is looked up: a scan cache records that
    /// the document being analysed depends on the bindings.</param>
    /// <param name="maxParallelism">How many trees are bound at once; the scanner uses every core, the analyzer one
    /// (it runs inside the compiler, which schedules its own threads).</param>
    public static OptionsBindings Find(IEnumerable<SyntaxTree> trees, Func<SyntaxTree, SemanticModel?> modelFor, Action? consulted = null, int maxParallelism = 1)
    {
        var ordered = trees.ToList();
        var found = new List<(ITypeSymbol Type, string Section)>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, index =>
            found[index] = BindingsIn(ordered[index], modelFor));

        // Applied in tree order, so that when two trees bind one type the same one wins on every run.
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, section) in found.SelectMany(bindings => bindings))
        {
            sections[Key(type)] = section;
        }

        return new OptionsBindings(sections, consulted);
    }

    /// <summary>Bindings found by an earlier scan of the same declarations and binding calls.</summary>
    public static OptionsBindings Of(IReadOnlyDictionary<string, string> sections, Action? consulted = null) =>
        new(new Dictionary<string, string>(sections.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal), consulted);

    /// <summary>Whether a tree holds a call that <see cref="Find"/> binds to look for a binding (by syntax alone).</summary>
    public static bool HasBindingCalls(SyntaxTree tree) => BindingCalls(tree).Any();

    private static List<(ITypeSymbol Type, string Section)> BindingsIn(SyntaxTree tree, Func<SyntaxTree, SemanticModel?> modelFor)
    {
        var found = new List<(ITypeSymbol, string)>();
        var calls = BindingCalls(tree).ToList();
        var model = calls.Count == 0 ? null : modelFor(tree);
        foreach (var call in calls)
        {
            if (model?.GetOperation(call) is IInvocationOperation invocation && Binding(invocation) is var (type, section) && type is not null && section is not null)
            {
                found.Add((type, section));
            }
        }

        return found;
    }

    /// <summary>A call that may bind options, by its name. <c>Get</c> is one only as <c>Get&lt;T&gt;()</c>: the
    /// name alone is common (caches, dictionaries) and binding every method that calls one costs seconds.</summary>
    private static bool IsBindingCall(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.Text: "Get", TypeArgumentList.Arguments.Count: 1 } } => true,
        MemberAccessExpressionSyntax { Name.Identifier.Text: var name } => BindingMethods.Contains(name),
        _ => false,
    };

    /// <summary>The section a type is bound to: "" for the configuration root, null when it is not bound.</summary>
    public string? SectionOf(ITypeSymbol type)
    {
        _consulted?.Invoke();
        return _sectionByType.TryGetValue(Key(type), out var section) ? section : null;
    }

    private static IEnumerable<InvocationExpressionSyntax> BindingCalls(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsBindingCall);

    private static (ITypeSymbol? Type, string? Section) Binding(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = method.IsExtensionMethod ? invocation.Arguments.FirstOrDefault()?.Value : invocation.Instance;
        var rest = invocation.Arguments.Skip(method.IsExtensionMethod ? 1 : 0).Select(a => a.Value).ToList();
        var configuration = rest.FirstOrDefault(value => ConfigurationReads.IsConfiguration(value.Type));
        var optionsType = OptionsBuilderType(receiver?.Type) ?? method.TypeArguments.FirstOrDefault();
        return method.Name switch
        {
            // services.Configure<T>(section) and AddOptions<T>().Bind(section)
            "Configure" or "Bind" when configuration is not null && optionsType is not null =>
                (optionsType, ConfigurationReads.SectionPath(configuration)),
            // section.Bind(instance)
            "Bind" when ConfigurationReads.IsConfiguration(receiver?.Type) && rest.Count >= 1 =>
                (rest[0].Type, ConfigurationReads.SectionPath(receiver)),
            // AddOptions<T>().BindConfiguration("X")
            "BindConfiguration" when optionsType is not null && rest.FirstOrDefault()?.ConstantValue.Value is string path =>
                (optionsType, path),
            // section.Get<T>() of an options class; a list of strings is read as its elements instead
            "Get" when ConfigurationReads.IsConfiguration(receiver?.Type) && method.TypeArguments.Length == 1
                && !ConfigurationReads.IsStringCollection(method.TypeArguments[0]) =>
                (method.TypeArguments[0], ConfigurationReads.SectionPath(receiver)),
            _ => (null, null),
        };
    }

    private static ITypeSymbol? OptionsBuilderType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "OptionsBuilder", TypeArguments.Length: 1 } builder ? builder.TypeArguments[0] : null;

    private static string Key(ITypeSymbol type) => type.OriginalDefinition.ToDisplayString();
}
