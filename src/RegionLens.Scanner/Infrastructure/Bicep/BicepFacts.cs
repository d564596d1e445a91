using RegionLens.Scanner.Infrastructure.Arm;

namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>
/// Reads a Bicep file into <see cref="InfrastructureFacts"/>: resources' <c>location</c>s through parameters'
/// defaults and variables, Cosmos, storage and SQL data stores (the same rules as ARM, which Bicep compiles to),
/// the location a module is given, and endpoint-like strings. <c>existing</c> resources are not created by the file
/// and state nothing. Modules' own files are read on their own.
/// </summary>
public static class BicepFacts
{
    /// <exception cref="Configuration.ConfigParseException">The text is not Bicep; the exception names the line.</exception>
    public static InfrastructureFacts Read(string path, string text)
    {
        var tokens = new BicepLexer(path, text).Tokens();
        var statements = new BicepParser(path, text, tokens).Statements();
        var evaluator = new BicepEvaluator(path, text, statements);
        var resources = new List<AzureResource>();
        foreach (var resource in statements.OfType<BicepResource>())
        {
            Add(resource, parent: null, evaluator, resources);
        }

        var modules = statements.OfType<BicepModule>().Select(m => (Module: m, Body: evaluator.Node(m.Body))).ToList();
        var values = statements.Select(statement => statement switch
        {
            BicepParam { Default: { } value } parameter => new AzureValue($"param {parameter.Name}", evaluator.Node(value)),
            BicepVariable variable => new AzureValue($"var {variable.Name}", evaluator.Node(variable.Value)),
            BicepOutput output => new AzureValue($"output {output.Name}", evaluator.Node(output.Value)),
            _ => null,
        }).OfType<AzureValue>()
            .Concat(modules.Select(m => new AzureValue($"module {m.Module.Name}", m.Body)));
        var facts = AzureResourceFacts.From(resources, values);
        return facts with
        {
            Regions = [.. facts.Regions.Concat(modules.SelectMany(ModuleRegion)).OrderBy(r => r.Region.Location).ThenBy(r => r.Subject, StringComparer.Ordinal)],
            Includes = LocalIncludes.Of(path, modules.Select(m => m.Module.Source)),
        };
    }

    private static void Add(BicepResource resource, AzureResource? parent, BicepEvaluator evaluator, List<AzureResource> found)
    {
        if (resource.Existing)
        {
            return;
        }

        var type = parent is null || resource.Type.Contains('.', StringComparison.Ordinal) ? resource.Type : parent.Type + "/" + resource.Type;
        var body = evaluator.Node(resource.Body) as AzureObject ?? new AzureObject([], evaluator.At(resource.Line, resource.Column));
        var added = new AzureResource($"resource {resource.Name} '{type}'", resource.Name, type, body, evaluator.At(resource.Line, resource.Column));
        found.Add(added);
        foreach (var child in resource.Children)
        {
            Add(child, added, evaluator, found);
        }
    }

    /// <summary>The location a module is given is where its resources are created.</summary>
    private static IEnumerable<RegionDeclaration> ModuleRegion((BicepModule Module, AzureNode Body) module) =>
        (module.Body as AzureObject)?.Find("params", "location") is AzureScalar { Value: var location }
            ? [new RegionDeclaration(location, $"module {module.Module.Name} '{module.Module.Source}'", IsDeployTarget: true)]
            : [];
}
