using System.Diagnostics;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>C# files that are not what their names say: a pipe called <c>Pipe.cs</c> is never opened (it would block the
/// scan until a writer came) and a generated file past the size limit is skipped with a warning; the project's other
/// files are analysed as usual.</summary>
public sealed class HostileSourceTests : IDisposable
{
    private readonly string _root = Path.Combine(Directory.CreateTempSubdirectory("regionlens-hostile-source-").FullName, "repo");

    [Fact]
    public async Task APipeAndAnOversizedFileDoNotStopTheProjectsOtherFiles()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType></PropertyGroup></Project>\n");
        Write("App/Program.cs", "var region = Amazon.RegionEndpoint.GetBySystemName(\"eu-west-1\");\n");
        Write("App/Generated.cs", "// generated\n" + new string('x', (int)CSharpSourceFile.MaxBytes));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_root, "App", "Pipe.cs")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var result = await RegionLensScanner.ScanAsync(_root).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["Region eu-west-1 [aws/-/eu-west-1] Code App/App.csproj via RegionEndpoint.GetBySystemName Syntactic @ App/Program.cs:1:52"],
            result.Dependencies.Select(Rendering.Of));
        Assert.Contains(result.Notifications, n => (n.Path, n.Message) ==
            ("App/Generated.cs", $"skipped: {CSharpSourceFile.MaxBytes + 13} bytes, larger than the 10 MB limit for C# files"));
        Assert.DoesNotContain(result.Notifications, n => n.Path == "App/Pipe.cs");
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);
}
