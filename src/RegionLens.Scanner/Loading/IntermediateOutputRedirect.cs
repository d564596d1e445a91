namespace RegionLens.Scanner.Loading;

/// <summary>
/// A design-time build writes generated sources and caches into the project's <c>obj/</c>, and creates its
/// <c>bin/</c> output folders. A scan must leave the scanned tree as it found it, so every project's intermediate
/// and output folders are sent to a temporary folder, through a props file MSBuild imports after
/// Microsoft.Common.props. Restore output (<c>project.assets.json</c>)
/// is only read, from where it is.
/// </summary>
internal sealed class IntermediateOutputRedirect : IDisposable
{
    private const string PropsContent = """
        <Project>
          <PropertyGroup>
            <RegionLensProjectFolder>$(RegionLensIntermediateRoot)$(MSBuildProjectName)-$([MSBuild]::StableStringHash('$(MSBuildProjectFullPath)'))/</RegionLensProjectFolder>
            <IntermediateOutputPath>$(RegionLensProjectFolder)obj/</IntermediateOutputPath>
            <BaseOutputPath>$(RegionLensProjectFolder)bin/</BaseOutputPath>
          </PropertyGroup>
        </Project>
        """;

    private IntermediateOutputRedirect(string folder)
    {
        Folder = folder;
        var props = Path.Combine(folder, "RegionLens.Redirect.props");
        File.WriteAllText(props, PropsContent);
        GlobalProperties = new Dictionary<string, string>
        {
            ["CustomAfterMicrosoftCommonProps"] = props,
            ["RegionLensIntermediateRoot"] = folder + Path.DirectorySeparatorChar,
        };
    }

    public string Folder { get; }
    public IReadOnlyDictionary<string, string> GlobalProperties { get; }

    public static IntermediateOutputRedirect Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "regionlens-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new IntermediateOutputRedirect(folder);
    }

    public bool Contains(string path) => path.StartsWith(Folder, StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build host may still hold a file for a moment; a leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
