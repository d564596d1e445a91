using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// Builds a project's compilation from its data: its C# files parsed with the project's language version and
/// symbols, the generated global usings, the framework's reference assemblies, the restored packages' compile
/// assemblies and the compilations of the projects it references. Source generators and analyzers are not run:
/// those of packages are code from the scanned repository's dependencies.
/// </summary>
internal sealed class CompilationBuilder(DotnetReferencePacks packs, Notifications notifications)
{
    private readonly Dictionary<string, MetadataReference> _metadata = new(StringComparer.Ordinal);

    public LoadedProject Build(ProjectFile project, RestoredAssets? assets, IReadOnlyList<(string Path, Compilation Compilation)> referenced)
    {
        var framework = TargetFramework.Parse(project.TargetFramework);
        var parseOptions = ExtractionParseOptions.WithoutNullableAnalysis(new CSharpParseOptions(
            LanguageVersionOf(project, framework),
            DocumentationMode.Parse,
            preprocessorSymbols: ["DEBUG", "TRACE", .. project.DefineConstants, .. framework?.PreprocessorSymbols() ?? []]));
        // Parsing is the loader's main cost and each file parses on its own, so files are parsed in parallel.
        var compiled = CompileItems.Of(project).AsParallel().AsOrdered().Select(path => Parse(path, parseOptions)).OfType<SyntaxTree>().ToList();
        // The MSBuild path leaves out files below any obj/ or bin/ folder as generated; so does this one.
        var own = compiled.Where(tree => !SourceTree.IsBuildOutput(tree.FilePath)).ToList();
        if (GlobalUsings.Source(project) is { } usings)
        {
            compiled.Add(CSharpSyntaxTree.ParseText(usings, parseOptions, Path.Combine(project.IntermediateFolder, project.AssemblyName + ".GlobalUsings.g.cs")));
        }

        var referencePaths = FrameworkAssemblies(project, assets, framework)
            .Concat(assets?.CompileAssemblies ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        ReadInParallel(referencePaths);
        var references = referencePaths
            .Select(Metadata)
            .OfType<MetadataReference>()
            .Concat(referenced.Select(r => (MetadataReference)r.Compilation.ToMetadataReference()));
        var outputKind = OutputKindOf(project.OutputType ?? ImpliedOutputType(assets, framework));
        var options = new CSharpCompilationOptions(outputKind,
            nullableContextOptions: NullableOf(project.Nullable),
            allowUnsafe: project.AllowUnsafeBlocks);
        var compilation = CSharpCompilation.Create(project.AssemblyName, compiled, references, options);
        return new LoadedProject(project.FilePath, Path.GetFileNameWithoutExtension(project.FilePath),
            outputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication,
            [.. referenced.Select(r => r.Path).Order(StringComparer.Ordinal)], compilation, own, SyntaxOnly: false);
    }

    /// <summary>The framework's reference pack (and ASP.NET Core's for the Web SDK or a framework reference); the
    /// host's own assemblies when no pack fits, as a project read by syntax only gets.</summary>
    private IEnumerable<string> FrameworkAssemblies(ProjectFile project, RestoredAssets? assets, TargetFramework? framework)
    {
        var netCore = framework is null ? null : packs.Assemblies(DotnetReferencePacks.NetCorePack, framework);
        if (netCore is null)
        {
            return SyntaxOnlyLoader.HostFrameworkAssemblies.Value;
        }

        var frameworkReferences = project.FrameworkReferences.Concat(assets?.FrameworkReferences ?? []);
        var web = project.Sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
            || project.Sdk.StartsWith("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase);
        var extraPacks = frameworkReferences
            .Where(name => !name.Equals("Microsoft.NETCore.App", StringComparison.OrdinalIgnoreCase))
            .Select(name => name + ".Ref")
            .Concat(web ? [DotnetReferencePacks.AspNetCorePack] : [])
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return netCore.Concat(extraPacks.SelectMany(pack => packs.Assemblies(pack, framework!) ?? []));
    }

    /// <summary>Microsoft.NET.Test.Sdk's build props make a .NET test project an executable; the package is seen in
    /// the restore output, so the project is taken as the design-time build would take it without running the props.</summary>
    private static string? ImpliedOutputType(RestoredAssets? assets, TargetFramework? framework) =>
        framework?.Family == TargetFrameworkFamily.NetCore && assets?.PackageIds.Contains("Microsoft.NET.Test.Sdk", StringComparer.OrdinalIgnoreCase) == true
            ? "Exe"
            : null;

    /// <summary>Reads the assemblies not read yet on several threads: the first project reads a whole reference pack
    /// (about 170 files), one after another a few tens of milliseconds. One that cannot be read is left to
    /// <see cref="Metadata"/>, which reports it.</summary>
    private void ReadInParallel(IReadOnlyList<string> paths)
    {
        List<string> unread;
        lock (_metadata)
        {
            unread = [.. paths.Where(path => !_metadata.ContainsKey(path))];
        }

        if (unread.Count < 2)
        {
            return;
        }

        var read = unread.AsParallel().Select(path => (Path: path, Read(path).Reference)).Where(r => r.Reference is not null).ToList();
        lock (_metadata)
        {
            foreach (var (path, reference) in read)
            {
                _metadata.TryAdd(path, reference!);
            }
        }
    }

    /// <summary>The reference, shared by every project that uses the assembly; null (after a notification) when the
    /// file cannot be opened.</summary>
    private MetadataReference? Metadata(string path)
    {
        lock (_metadata)
        {
            if (!_metadata.TryGetValue(path, out var reference))
            {
                (reference, var problem) = Read(path);
                if (reference is null)
                {
                    notifications.Add(NotificationLevel.Warning, $"could not read reference assembly: {problem}", path);
                    return null;
                }

                _metadata[path] = reference;
            }

            return reference;
        }
    }

    /// <summary>The assembly's reference, or why it cannot be read.</summary>
    private static (MetadataReference? Reference, string? Problem) Read(string path)
    {
        try
        {
            return (MetadataReference.CreateFromFile(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return (null, e.Message);
        }
    }

    private SyntaxTree? Parse(string path, CSharpParseOptions options) => CSharpSourceFile.Parse(path, options, notifications);

    private static LanguageVersion LanguageVersionOf(ProjectFile project, TargetFramework? framework) =>
        project.LangVersion is { } text && LanguageVersionFacts.TryParse(text, out var version)
            ? version
            : framework?.DefaultLanguageVersion() ?? LanguageVersion.Default;

    private static OutputKind OutputKindOf(string? outputType) => outputType?.Trim().ToLowerInvariant() switch
    {
        "exe" => OutputKind.ConsoleApplication,
        "winexe" => OutputKind.WindowsApplication,
        "appcontainerexe" => OutputKind.WindowsRuntimeApplication,
        "module" => OutputKind.NetModule,
        _ => OutputKind.DynamicallyLinkedLibrary,
    };

    private static NullableContextOptions NullableOf(string? nullable) => nullable?.Trim().ToLowerInvariant() switch
    {
        "enable" => NullableContextOptions.Enable,
        "warnings" => NullableContextOptions.Warnings,
        "annotations" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };
}
