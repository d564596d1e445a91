using System.Text;
using RegionLens.Core.Rules;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Tests.UserConfiguration;

/// <summary>Reading <c>regionlens.json</c>: every key with its exact values, every mistake with its exact message and
/// line, and finding the file from the scan root up.</summary>
public sealed class UserConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-config-").FullName;

    [Fact]
    public void EveryKeyIsReadWithItsValuesAndCommentsAndTrailingCommasAreAccepted()
    {
        var path = Write("regionlens.json", """
            {
              "$schema": "https://regionlens.dev/schema/regionlens.json",
              // Where our own hosts live: the code cannot say.
              "failureDomains": {
                "*.corp.example.com": "dc:eu-1",
                "ledger.internal.example.net": "region:aws/us-east-1",
                "ns.example.net": "resolver:10.0.0.2", /* trailing comma next */
              },
              "components": {
                "src/Orders.Api/Orders.Api.csproj": { "regions": ["us-east-1", "us-west-2"] },
                "./deploy/terraform/": { "regions": [] },
              },
              "allowedRegions": ["us-east-1", "us-west-2",],
              "redundantResolvers": ["8.8.8.8", "2001:4860:4860::8888"],
              "rules": { "RL0100": "warning", "rl0006": "none" },
              "exclude": ["tests/**", "deploy/legacy"],
            }
            """);

        var config = RegionLensConfigReader.Read(path);

        Assert.Equal(path, config.FilePath);
        Assert.Equal(
            ["*.corp.example.com=dc:eu-1", "ledger.internal.example.net=region:aws/us-east-1", "ns.example.net=resolver:10.0.0.2"],
            config.FailureDomains.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(
            ["src/Orders.Api/Orders.Api.csproj=us-east-1,us-west-2", "deploy/terraform="],
            config.Components.Select(p => $"{p.Key}={string.Join(",", p.Value.Regions)}"));
        Assert.Equal(["us-east-1", "us-west-2"], config.AllowedRegions);
        Assert.Equal(["8.8.8.8", "2001:4860:4860::8888"], config.RedundantResolvers);
        Assert.Equal(["RL0100=Warning", "RL0006=None"], config.Rules.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(["tests/**", "deploy/legacy"], config.Exclude);
    }

    [Fact]
    public void AnEmptyObjectIsAnEmptyConfigurationAndAByteOrderMarkIsSkipped()
    {
        var path = Path.Combine(_folder, "regionlens.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. "{ \"$schema\": { \"nested\": [1] } }"u8.ToArray()]);

        var config = RegionLensConfigReader.Read(path);

        Assert.Equal(
            (0, 0, 0, 0, 0, 0),
            (config.FailureDomains.Count, config.Components.Count, config.AllowedRegions.Count, config.RedundantResolvers.Count, config.Rules.Count, config.Exclude.Count));
    }

    [Theory]
    [InlineData("{\n  \"rules\": {},\n\n  \"failureDomain\": {}\n}", 4, "unknown key 'failureDomain' (did you mean 'failureDomains'?)")]
    [InlineData("{ \"Rules\": {} }", 1, "unknown key 'Rules' (did you mean 'rules'?)")]
    [InlineData("{ \"regions\": [] }", 1, "unknown key 'regions' (known keys: $schema, failureDomains, components, allowedRegions, redundantResolvers, rules, exclude)")]
    [InlineData("{\n  \"rules\": {\n    \"RL0001\": \"note\",\n    \"RL0002\": \"note\",\n    \"RL0003\": \"note\",\n\n    \"RL0042\": \"error\"\n  }\n}", 7, "rules.RL0042: unknown rule")]
    [InlineData("{ \"rules\": {\n  \"RL0001\": \"fatal\" } }", 2, "rules.RL0001: 'fatal' is not a level; use error, warning, note or none")]
    [InlineData("{ \"rules\": { \"RL0001\": \"Error\" } }", 1, "rules.RL0001: 'Error' is not a level; use error, warning, note or none")]
    [InlineData("{ \"rules\": { \"RL0001\": 2 } }", 1, "rules.RL0001: expected a string, found a number")]
    [InlineData("{ \"rules\": { \"RL0001\": \"note\", \"rl0001\": \"none\" } }", 1, "rules.rl0001: duplicate rule")]
    [InlineData("{ \"rules\": [] }", 1, "rules: expected an object, found an array")]
    [InlineData("{\n  \"failureDomains\": {\n    \"corp.*\": \"dc:eu-1\"\n  }\n}", 3, "failureDomains[\"corp.*\"]: a pattern is a host name or '*.' followed by a domain suffix")]
    [InlineData("{ \"failureDomains\": { \"*\": \"dc:eu-1\" } }", 1, "failureDomains[\"*\"]: a pattern is a host name or '*.' followed by a domain suffix")]
    [InlineData("{ \"failureDomains\": { \"a.*.example.com\": \"dc:eu-1\" } }", 1, "failureDomains[\"a.*.example.com\"]: a pattern is a host name or '*.' followed by a domain suffix")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"dc:eu-1\", \"DB.example.com\": \"dc:eu-2\" } }", 1, "failureDomains[\"DB.example.com\"]: duplicate pattern")]
    [InlineData("{ \"failureDomains\": {\n  \"db.example.com\":\n    \"eu-1\" } }", 3, "failureDomains[\"db.example.com\"]: 'eu-1' is not a failure domain; write kind:name, e.g. region:aws/us-east-1 or dc:eu-1")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"DC:eu-1\" } }", 1, "failureDomains[\"db.example.com\"]: 'DC:eu-1' is not a failure domain; write kind:name, e.g. region:aws/us-east-1 or dc:eu-1")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"dc:\" } }", 1, "failureDomains[\"db.example.com\"]: 'dc:' is not a failure domain; write kind:name, e.g. region:aws/us-east-1 or dc:eu-1")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"region:us-east-1\" } }", 1, "failureDomains[\"db.example.com\"]: 'region:us-east-1' is not a failure domain; write region:<provider>/<region>")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"zone:aws/\" } }", 1, "failureDomains[\"db.example.com\"]: 'zone:aws/' is not a failure domain; write zone:<provider>/<zone>")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"control:iam\" } }", 1, "failureDomains[\"db.example.com\"]: 'control:iam' is not a failure domain; write control:<provider>/<service>")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": \"resolver:8.8.8\" } }", 1, "failureDomains[\"db.example.com\"]: 'resolver:8.8.8' is not a failure domain; write resolver:<ip>")]
    [InlineData("{ \"failureDomains\": { \"db.example.com\": null } }", 1, "failureDomains[\"db.example.com\"]: expected a string, found null")]
    [InlineData("{ \"redundantResolvers\": [\"8.8.8.8\",\n  \"8.8.8\"] }", 2, "redundantResolvers[1]: '8.8.8' is not an IP address")]
    [InlineData("{ \"redundantResolvers\": [\"dns.google\"] }", 1, "redundantResolvers[0]: 'dns.google' is not an IP address")]
    [InlineData("{ \"redundantResolvers\": \"8.8.8.8\" }", 1, "redundantResolvers: expected an array, found a string")]
    [InlineData("{ \"allowedRegions\": [\"us-east-1\", \"\"] }", 1, "allowedRegions[1]: a region cannot be empty")]
    [InlineData("{ \"allowedRegions\": [\"us east 1\"] }", 1, "allowedRegions[0]: 'us east 1' is not a region code")]
    [InlineData("{ \"allowedRegions\": [true] }", 1, "allowedRegions[0]: expected a string, found a boolean")]
    [InlineData("{ \"components\": {\n  \"src/Api/Api.csproj\": { \"regions\": [\"  \"] } } }", 2, "components[\"src/Api/Api.csproj\"].regions[0]: a region cannot be empty")]
    [InlineData("{ \"components\": {\n  \"src/Api\": {\n    \"region\": [] } } }", 3, "components[\"src/Api\"]: unknown key 'region' (did you mean 'regions'?)")]
    [InlineData("{ \"components\": {\n  \"src/Api\": {} } }", 2, "components[\"src/Api\"]: missing key 'regions'")]
    [InlineData("{ \"components\": { \"src/Api\": [] } }", 1, "components[\"src/Api\"]: expected an object, found an array")]
    [InlineData("{ \"components\": { \"/src/Api\": { \"regions\": [] } } }", 1, "components[\"/src/Api\"]: a component is a path relative to the scan root, with forward slashes")]
    [InlineData("{ \"components\": { \"src\\\\Api\": { \"regions\": [] } } }", 1, "components[\"src\\Api\"]: a component is a path relative to the scan root, with forward slashes")]
    [InlineData("{ \"components\": { \"src/Api\": { \"regions\": [] }, \"./src/Api/\": { \"regions\": [] } } }", 1, "components[\"./src/Api/\"]: duplicate component")]
    [InlineData("{ \"exclude\": [\"/etc/**\"] }", 1, "exclude[0]: '/etc/**' is not a path relative to the scan root with forward slashes")]
    [InlineData("{ \"exclude\": [\"deploy\\\\legacy\"] }", 1, "exclude[0]: 'deploy\\legacy' is not a path relative to the scan root with forward slashes")]
    [InlineData("{ \"exclude\": [\"\"] }", 1, "exclude[0]: '' is not a path relative to the scan root with forward slashes")]
    [InlineData("{\n  \"exclude\": [],\n  \"exclude\": []\n}", 3, "duplicate key 'exclude'")]
    [InlineData("[]", 1, "expected an object at the top level")]
    public void AMistakeNamesTheLineAndTheKey(string json, int line, string message)
    {
        var path = Write("regionlens.json", json);

        var error = Assert.Throws<RegionLensConfigException>(() => RegionLensConfigReader.Read(path));

        Assert.Equal((path, line, message), (error.FilePath, error.Line, error.Reason));
        Assert.Equal($"regionlens.json:{line}: {message}", error.Message);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {}\n  \"exclude\": []\n}", 3)]
    [InlineData("{\n  \"rules\": {\n", 3)]
    [InlineData("", 1)]
    [InlineData("{}\n{}", 2)]
    public void InvalidJsonNamesTheLineWhereParsingStopped(string json, int line)
    {
        var path = Write("regionlens.json", json);

        var error = Assert.Throws<RegionLensConfigException>(() => RegionLensConfigReader.Read(path));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"regionlens.json:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileSaysSoWithItsPath()
    {
        var path = Path.Combine(_folder, "missing.json");

        var error = Assert.Throws<RegionLensConfigException>(() => RegionLensConfigReader.Read(path));

        Assert.Equal((0, $"config file not found: {path}; check the --config path, or run `regionlens init` to write a regionlens.json"), (error.Line, error.Message));
    }

    [Fact]
    public void FindWalksUpFromTheScanRootToTheNearestFile()
    {
        var nearest = Write("repo/src/regionlens.json", "{}");
        Write("repo/regionlens.json", "{}");
        Directory.CreateDirectory(Path.Combine(_folder, "repo/src/Api/Properties"));

        Assert.Equal(nearest, RegionLensConfigReader.Find(Path.Combine(_folder, "repo/src/Api/Properties")));
        Assert.Equal(nearest, RegionLensConfigReader.Find(Path.Combine(_folder, "repo/src")));
        Assert.Equal(Path.Combine(_folder, "repo", "regionlens.json"), RegionLensConfigReader.Find(Path.Combine(_folder, "repo")));
    }

    [Fact]
    public void FindAcceptsASolutionFileAsTheScanRoot()
    {
        var config = Write("repo/regionlens.json", "{}");
        var solution = Write("repo/App.slnx", "<Solution />");

        Assert.Equal(config, RegionLensConfigReader.Find(solution));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FindChecksTheRepositoryTopButNotAboveIt(bool gitIsAFolder)
    {
        Write("regionlens.json", "{}");
        var git = Path.Combine(_folder, "repo", ".git");
        if (gitIsAFolder)
        {
            Directory.CreateDirectory(git);
        }
        else
        {
            Write("repo/.git", "gitdir: /elsewhere/.git/worktrees/repo");
        }

        Directory.CreateDirectory(Path.Combine(_folder, "repo/src"));

        Assert.Null(RegionLensConfigReader.Find(Path.Combine(_folder, "repo/src")));
        var atTop = Write("repo/regionlens.json", "{}");
        Assert.Equal(atTop, RegionLensConfigReader.Find(Path.Combine(_folder, "repo/src")));
    }

    [Fact]
    public void RuleIdsAreKeyedAsTheCatalogueSpellsThem()
    {
        var config = RegionLensConfigReader.Read(Write("regionlens.json", "{ \"rules\": { \"rl0100\": \"note\" } }"));

        Assert.Equal(("RL0100", RuleLevel.Note), (config.Rules.Keys.Single(), config.Rules["RL0100"]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
