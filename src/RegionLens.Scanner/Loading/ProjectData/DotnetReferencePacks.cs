namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// The framework reference assemblies of the .NET installation this tool runs on
/// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/&lt;tfm&gt;/</c>). The installation is found from the running
/// process, never from the scanned tree, so a repository cannot point the scan at assemblies of its choosing.
/// </summary>
internal sealed class DotnetReferencePacks
{
    public const string NetCorePack = "Microsoft.NETCore.App.Ref";
    public const string AspNetCorePack = "Microsoft.AspNetCore.App.Ref";

    private readonly string? _packsFolder;
    private readonly Dictionary<(string Pack, string Framework), IReadOnlyList<string>?> _found = [];

    private DotnetReferencePacks(string? packsFolder)
    {
        _packsFolder = packsFolder;
    }

    public static DotnetReferencePacks OfRunningDotnet() => new(FindPacksFolder());

    /// <summary>The pack's reference assemblies for <paramref name="framework"/>: from the highest version that has that
    /// framework's folder, else the nearest lower framework's; null when the pack has neither.</summary>
    public IReadOnlyList<string>? Assemblies(string pack, TargetFramework framework)
    {
        lock (_found)
        {
            if (!_found.TryGetValue((pack, framework.Moniker), out var assemblies))
            {
                assemblies = Find(pack, framework);
                _found[(pack, framework.Moniker)] = assemblies;
            }

            return assemblies;
        }
    }

    private IReadOnlyList<string>? Find(string pack, TargetFramework framework)
    {
        var packFolder = _packsFolder is null ? null : Path.Combine(_packsFolder, pack);
        if (packFolder is null || !Directory.Exists(packFolder))
        {
            return null;
        }

        var candidates = Directory.EnumerateDirectories(packFolder)
            .Select(versionFolder => (Version: ParseVersion(Path.GetFileName(versionFolder)), Ref: Path.Combine(versionFolder, "ref")))
            .Where(c => c.Version is not null && Directory.Exists(c.Ref))
            .OrderByDescending(c => c.Version)
            .ToList();
        var exact = candidates.Select(c => Path.Combine(c.Ref, framework.RefFolderName)).FirstOrDefault(Directory.Exists);
        var chosen = exact ?? NearestLower(candidates.Select(c => c.Ref), framework);
        return chosen is null ? null : [.. Directory.EnumerateFiles(chosen, "*.dll").Order(StringComparer.Ordinal)];
    }

    private static string? NearestLower(IEnumerable<string> refFolders, TargetFramework framework) =>
        refFolders
            .SelectMany(Directory.EnumerateDirectories)
            .Select(folder => (Folder: folder, Framework: TargetFramework.Parse(Path.GetFileName(folder))))
            .Where(c => c.Framework is { } f && f.Family == framework.Family && f.Version <= framework.Version)
            .OrderByDescending(c => c.Framework!.Version)
            .Select(c => c.Folder)
            .FirstOrDefault();

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Split('-')[0], out var version) ? version : null;

    /// <summary>System.Private.CoreLib lives in <c>&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>; DOTNET_ROOT
    /// (set by the user or CI, not by the scanned tree) is the fallback for a runtime laid out otherwise.</summary>
    private static string? FindPacksFolder()
    {
        var coreLibFolder = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var fromRuntime = coreLibFolder is null ? null : Path.GetFullPath(Path.Combine(coreLibFolder, "..", "..", ".."));
        return new[] { fromRuntime, Environment.GetEnvironmentVariable("DOTNET_ROOT") }
            .OfType<string>()
            .Where(root => root.Length > 0)
            .Select(root => Path.Combine(root, "packs"))
            .FirstOrDefault(Directory.Exists);
    }
}
