using System.Diagnostics;

namespace RegionLens.Tests.Shared;

/// <summary>
/// A private copy of a bundled sample in a temporary folder, optionally restored with <c>dotnet restore</c>, so a
/// test can restore, break or inspect it without touching the repository.
/// </summary>
internal sealed class SampleCopy : IDisposable
{
    private SampleCopy(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static SampleCopy Of(string sampleName, bool restore)
    {
        var root = Path.Combine(Path.GetTempPath(), "regionlens-test-" + Guid.NewGuid().ToString("N"), sampleName);
        CopyFolder(RepositoryPaths.Sample(sampleName), root);
        var copy = new SampleCopy(root);
        if (restore)
        {
            copy.Restore();
        }

        return copy;
    }

    /// <summary>A copy of <c>tests/fixtures/<paramref name="fixture"/></c>: scanning a copy keeps the repository's own
    /// Directory.Build.props and packages files out of the fixture's projects.</summary>
    public static SampleCopy OfFixture(string fixture)
    {
        var root = Path.Combine(Path.GetTempPath(), "regionlens-test-" + Guid.NewGuid().ToString("N"), fixture.Replace('/', '-'));
        CopyFolder(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", fixture), root);
        return new SampleCopy(root);
    }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public void Restore()
    {
        var start = new ProcessStartInfo("dotnet", ["restore", "--nologo", "--verbosity", "quiet"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed in {Root}: {output.Result}{error.Result}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = System.IO.Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, System.IO.Path.Combine(to, name));
            }
        }
    }
}
