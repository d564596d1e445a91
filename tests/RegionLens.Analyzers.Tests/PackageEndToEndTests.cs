using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace RegionLens.Analyzers.Tests;

/// <summary>
/// The package as users get it: packed into a temporary feed (with a version of its own, so that no cached copy is
/// used), referenced by a new net10.0 project in a temporary folder, built by the SDK's compiler. The build output
/// must hold exactly the expected RL warnings. Nothing is written into the repository tree.
/// </summary>
public sealed partial class PackageEndToEndTests(ITestOutputHelper log)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string Program = """
        using Amazon;
        using Amazon.DynamoDBv2;
        using Microsoft.Extensions.Configuration;

        var configuration = new ConfigurationBuilder().Build();
        var options = configuration.GetAWSOptions();
        var pinned = new AmazonDynamoDBClient(RegionEndpoint.USEast1);
        var config = new AmazonDynamoDBConfig { ServiceURL = "https://dynamodb.us-east-1.amazonaws.com" };
        Console.WriteLine($"{options.Region} {pinned.Config.RegionEndpoint} {config.ServiceURL} {Webhooks.Client.Timeout}");

        static class Webhooks
        {
            public static readonly HttpClient Client = new();
        }
        """;

    [Fact]
    public void AConsumingProjectsBuildReportsTheRulesFromThePackage()
    {
        var work = Directory.CreateTempSubdirectory("regionlens-e2e-");
        var version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var project = Path.Combine(DescriptorTests.RepositoryRoot(), "src", "RegionLens.Analyzers", "RegionLens.Analyzers.csproj");
            Dotnet(work.FullName, "pack", project, "--no-build", "--no-restore", "-c", Configuration, "-o", feed,
                $"-p:Version={version}", $"-p:NuspecOutputPath={Path.Combine(work.FullName, "nuspec")}{Path.DirectorySeparatorChar}");
            Assert.True(File.Exists(Path.Combine(feed, $"RegionLens.Analyzers.{version}.nupkg")));

            var consumer = Path.Combine(work.FullName, "Consumer");
            WriteConsumer(consumer, feed, version);
            var output = Dotnet(consumer, "build", "-nologo", "-p:TreatWarningsAsErrors=false");

            foreach (var line in output.Split('\n').Where(l => l.Contains(": warning RL", StringComparison.Ordinal)).Distinct())
            {
                log.WriteLine(line.Trim());
            }

            var warnings = WarningLine().Matches(output)
                .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value} {m.Groups["id"].Value}")
                .Distinct()
                .Order(StringComparer.Ordinal);
            Assert.Equal(["Program.cs:13 RL0006", "Program.cs:6 RL0001", "Program.cs:7 RL0001", "Program.cs:8 RL0002"], warnings);
            Assert.Contains("Program.cs(6,15): warning RL0001: Region 'us-east-1' is hard-coded (GetAWSOptions, from appsettings.json:1 'AWS:Region')", output);

            // The strict preset, chosen by an MSBuild property, makes every rule an error and fails the build; the
            // project's own .editorconfig still wins (RL0006 stays the warning it asks for).
            var strict = Dotnet(consumer, expectSuccess: false, "build", "-nologo", "--no-restore", "--no-incremental", "-p:TreatWarningsAsErrors=false", "-p:RegionLensPreset=strict");
            var errors = ErrorLine().Matches(strict).Select(m => $"{m.Groups["line"].Value} {m.Groups["id"].Value}").Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(["6 RL0001", "7 RL0001", "8 RL0002"], errors);
            Assert.Contains("Program.cs(13,48): warning RL0006:", strict, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "regionlens.analyzers", version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }

    /// <summary>A net10.0 program with a region pin, a region in appsettings.json, a regional endpoint and a static
    /// HttpClient whose rule the .editorconfig raises from a suggestion to a warning; a nuget.config that adds the
    /// temporary feed to the machine's sources; empty Directory.Build files so nothing above the folder leaks in.</summary>
    private static void WriteConsumer(string folder, string feed, string version)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RegionLens.Analyzers" Version="{version}" PrivateAssets="all" />
                <PackageReference Include="AWSSDK.DynamoDBv2" Version="4.1.0" />
                <PackageReference Include="AWSSDK.Extensions.NETCore.Setup" Version="4.0.102.10" />
                <PackageReference Include="Microsoft.Extensions.Configuration" Version="10.0.12" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "AWS": { "Region": "us-east-1" } }""");
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.RL0006.severity = warning\n");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="regionlens-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>Runs the SDK without node reuse or a compiler server, so that no process outlives the build holding
    /// its output open, and without the MSBuild variables of the test host's own run.</summary>
    private static string Dotnet(string folder, params string[] arguments) => Dotnet(folder, expectSuccess: true, arguments);

    private static string Dotnet(string folder, bool expectSuccess, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["-nodeReuse:false", "-p:UseSharedCompilation=false"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 == expectSuccess, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }

    [GeneratedRegex(@"(?<file>[^\s:(]+\.cs)\((?<line>\d+),\d+\): warning (?<id>RL\d{4}):")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"Program\.cs\((?<line>\d+),\d+\): error (?<id>RL\d{4}):")]
    private static partial Regex ErrorLine();
}
