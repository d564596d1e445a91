namespace RegionLens.Tests.Shared;

/// <summary>Finds the repository from a test's output folder, so tests use the bundled sample and rule documents.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegionLens.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("RegionLens.slnx not found above " + AppContext.BaseDirectory);
    }
}
