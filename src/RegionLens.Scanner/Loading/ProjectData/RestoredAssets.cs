using System.Text.Json;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// What <c>dotnet restore</c> wrote to <c>project.assets.json</c> for one target framework, read as JSON data: the
/// compile-time assemblies of every package and the frameworks the project references. Packages' build logic
/// (their <c>.props</c> and <c>.targets</c>) and analyzers are never used.
/// </summary>
internal sealed record RestoredAssets(IReadOnlyList<string> CompileAssemblies, IReadOnlyList<string> FrameworkReferences, IReadOnlyList<string> PackageIds)
{
    public const string FileName = "project.assets.json";

    /// <summary>The assets for <paramref name="framework"/>; null when the file is missing.</summary>
    /// <exception cref="JsonException">The file is not JSON, or is nested deeper than JSON data needs.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RestoredAssets? Read(string intermediateFolder, TargetFramework? framework)
    {
        var path = Path.Combine(intermediateFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 32 });
        var root = document.RootElement;
        var targetName = TargetName(Child(root, "targets"), framework);
        var packageFolders = Child(root, "packageFolders") is { ValueKind: JsonValueKind.Object } folders
            ? folders.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        var libraries = Child(root, "libraries");
        var assemblies = new List<string>();
        var packages = new List<string>();
        if (targetName is not null && Child(Child(root, "targets"), targetName) is { ValueKind: JsonValueKind.Object } target)
        {
            foreach (var library in target.EnumerateObject().Where(l => Text(Child(l.Value, "type")) == "package"))
            {
                packages.Add(library.Name.Split('/')[0]);
                var packagePath = Text(Child(Child(libraries, library.Name), "path")) ?? library.Name.ToLowerInvariant();
                assemblies.AddRange(CompileAssets(library.Value).Select(asset => Locate(packageFolders, packagePath, asset)).OfType<string>());
            }
        }

        return new RestoredAssets(assemblies, FrameworkReferencesOf(root, framework), packages);
    }

    /// <summary>The target for the framework: its own name, else its name with a runtime (<c>net10.0/linux-x64</c>),
    /// else the only one there is.</summary>
    private static string? TargetName(JsonElement? targets, TargetFramework? framework)
    {
        if (targets is not { ValueKind: JsonValueKind.Object } all)
        {
            return null;
        }

        var names = all.EnumerateObject().Select(t => t.Name).ToList();
        return names.FirstOrDefault(n => framework is not null && string.Equals(n, framework.Moniker, StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(n => framework is not null && string.Equals(n.Split('/')[0], framework.Moniker, StringComparison.OrdinalIgnoreCase))
            ?? (names.Count(n => !n.Contains('/', StringComparison.Ordinal)) == 1 ? names.First(n => !n.Contains('/', StringComparison.Ordinal)) : null);
    }

    /// <summary>A compile asset named <c>_._</c> marks a package that brings nothing for this framework.</summary>
    private static IEnumerable<string> CompileAssets(JsonElement library) =>
        Child(library, "compile") is { ValueKind: JsonValueKind.Object } compile
            ? compile.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            : [];

    private static string? Locate(IReadOnlyList<string> packageFolders, string packagePath, string asset) =>
        packageFolders
            .Select(folder => Path.GetFullPath(Path.Combine(folder, packagePath, asset)))
            .FirstOrDefault(File.Exists);

    private static IReadOnlyList<string> FrameworkReferencesOf(JsonElement root, TargetFramework? framework)
    {
        if (Child(Child(root, "project"), "frameworks") is not { ValueKind: JsonValueKind.Object } frameworks)
        {
            return [];
        }

        var entry = frameworks.EnumerateObject()
            .FirstOrDefault(f => framework is not null
                && (string.Equals(f.Name, framework.Moniker, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(Text(Child(f.Value, "targetAlias")), framework.Moniker, StringComparison.OrdinalIgnoreCase)));
        return Child(entry.Value, "frameworkReferences") is { ValueKind: JsonValueKind.Object } references
            ? [.. references.EnumerateObject().Select(r => r.Name)]
            : [];
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var child) ? child : null;

    private static string? Text(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
}
