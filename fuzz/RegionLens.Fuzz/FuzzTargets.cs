using System.Net;
using RegionLens.Core.Classification;
using RegionLens.Core.Configuration;
using RegionLens.Core.Suppression;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Configuration.Terraform;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Infrastructure.Arm;
using RegionLens.Scanner.Infrastructure.Bicep;
using RegionLens.Scanner.Infrastructure.CloudFormation;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Scanner.Loading.ProjectData;
using RegionLens.Scanner.Suppression;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Fuzz;

/// <summary>
/// Every reader of repository text, as a fuzz target. Each is called the way the scanner calls it, but below the
/// scanner's catch-all (<c>InfrastructureExtractor.Guarded</c>, <c>ConfigurationJoin.ReadInto</c>,
/// <c>TerraformModuleReader.Guard</c>), which would turn a defect into an "internal error" notification and hide it.
/// </summary>
public static class FuzzTargets
{
    private static readonly Type[] ParseError = [typeof(ConfigParseException)];

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("appsettings", "AppSettingsReader.Read (appsettings*.json) and ConfigFile lookups", ParseError, AppSettings),
        new("appsettings-core", "Core AppSettingsJson.Flatten (the analyzers' appsettings reader)", [], AppSettingsCore),
        new("webconfig", "WebConfigReader.Read (web.config/app.config XML)", ParseError, WebConfig),
        new("launchsettings", "LaunchSettingsReader.Read (Properties/launchSettings.json)", ParseError, LaunchSettings),
        new("dotenv", "DotEnvReader.Read (.env files)", ParseError, DotEnv),
        new("dockerfile", "DockerfileFacts.Read (DockerfileReader, DockerVariables)", ParseError, Dockerfile),
        new("nginx", "NginxFacts.Read (NginxTokenizer, NginxConfigReader)", ParseError, Nginx),
        new("cloudformation-json", "CloudFormationTemplateReader.Read (.json) + CloudFormationFacts.From + ConditionEvaluator", ParseError, input => CloudFormation(input, "template.json")),
        new("cloudformation-yaml", "CloudFormationTemplateReader.Read (.yaml, SAM) + CloudFormationFacts.From + ConditionEvaluator", ParseError, input => CloudFormation(input, "template.yaml")),
        new("kubernetes", "KubernetesFacts.Read + DeploymentEnvironmentReader.Read (manifests)", ParseError, Kubernetes),
        new("compose", "ComposeFacts.Read + DeploymentEnvironmentReader.Read (docker-compose)", ParseError, Compose),
        new("helm-values", "HelmValuesFacts.Read (a chart's values.yaml)", ParseError, HelmValues),
        new("terraform", "HclParser.Parse + TerraformModule.Build + every Terraform extractor (main.tf, terraform.tfvars after a `---` line)", [typeof(HclParseException)], Terraform),
        new("terraform-json", "TerraformJsonConverter.Convert + TerraformModule.Build + every Terraform extractor (.tf.json)", [typeof(HclParseException)], TerraformJson),
        new("bicep", "BicepFacts.Read (BicepLexer, BicepParser, BicepEvaluator, AzureResourceFacts)", ParseError, Bicep),
        new("arm", "ArmTemplateFacts.Read (ARM JSON, ArmExpression, AzureResourceFacts)", ParseError, Arm),
        new("connection-string", "ConnectionStringParser.Parse/ParseServerList, EndpointTargets.Of, pair/Redis/URI readers", [], ConnectionString),
        new("hostname", "EndpointClassifier.Classify, HostText.Parse, DnsName, IpAddressClassifier, EndpointShape, RegionNames", [], Hostname),
        new("suppression", "SuppressionDirectives.Read (CommentScanner) for every comment syntax + SuppressionComment.Parse", [], Suppression),
        new("regionlens-config", "RegionLensConfigReader.Read (regionlens.json)", [typeof(RegionLensConfigException)], RegionLensConfigFile),
        new("gitignore", "GitIgnore (.gitignore patterns) + Decides", [], GitIgnoreFile),
        // The project-data loader's readers (the default, no-MSBuild loading). ProjectDataLoader catches XmlException,
        // JsonException and ArgumentException (a path the file names that is not a path) from them; an
        // ArgumentOutOfRangeException or ArgumentNullException would be a bug all the same (FuzzTarget.IsExpected).
        new("solution", "SolutionFileReader.CSharpProjects (.sln as text, .slnx as XML after a first `<`)", [typeof(System.Xml.XmlException), typeof(ArgumentException)], Solution),
        new("project-file", "ProjectFileReader.Read + CompileItems.Of + GlobalUsings.Source + TargetFramework.Parse (.csproj)", [typeof(System.Xml.XmlException), typeof(ArgumentException)], ProjectFileTarget),
        new("restored-assets", "RestoredAssets.Read (obj/project.assets.json)", [typeof(System.Text.Json.JsonException), typeof(ArgumentException), typeof(InvalidOperationException)], Assets),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    // The scanner's readers open the file by path after discovery has decoded it; the targets do the same.
    private static void AppSettings(FuzzInput input)
    {
        if (input.Text is null)
        {
            return;
        }

        var file = AppSettingsReader.Read(input.File("appsettings.Production.json"));
        foreach (var entry in file.Entries)
        {
            _ = file.Find(entry.Key);
        }

        _ = file.Elements("AWS:Regions");
    }

    private static void AppSettingsCore(FuzzInput input)
    {
        // The analyzers get the text from the compiler's AdditionalText, decoded by the compiler; the scanner's
        // decoding stands in for it.
        if (input.Text is { } text)
        {
            _ = AppSettingsJson.Flatten(text);
        }
    }

    private static void WebConfig(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = WebConfigReader.Read(input.File("web.config"));
        }
    }

    private static void LaunchSettings(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = LaunchSettingsReader.Read(input.File(Path.Combine("Properties", "launchSettings.json")));
        }
    }

    private static void DotEnv(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = DotEnvReader.Read(input.File(".env.production"));
        }
    }

    private static void Dockerfile(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = DockerfileFacts.Read(input.File("Dockerfile"));
        }
    }

    private static void Nginx(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = NginxFacts.Read(input.File("nginx.conf"));
        }
    }

    private static void CloudFormation(FuzzInput input, string name)
    {
        if (input.Text is null || CloudFormationTemplateReader.Read(input.File(name)) is not { } template)
        {
            return;
        }

        _ = CloudFormationFacts.From(template);
        foreach (var condition in template.Conditions?.Properties ?? [])
        {
            _ = ConditionEvaluator.Evaluate(condition.Name, template);
        }
    }

    private static void Kubernetes(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        var path = input.File("deployment.yaml");
        var documents = new DeploymentDocuments();
        _ = KubernetesFacts.Read(path, text, documents);
        _ = DeploymentEnvironmentReader.Read(path, text, documents);
    }

    private static void Compose(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        var path = input.File("docker-compose.yml");
        var documents = new DeploymentDocuments();
        _ = ComposeFacts.Read(path, text, documents);
        _ = DeploymentEnvironmentReader.Read(path, text, documents);
    }

    private static void HelmValues(FuzzInput input)
    {
        if (input.Text is { } text)
        {
            _ = HelmValuesFacts.Read(input.File(Path.Combine("chart", "values.yaml")), text);
        }
    }

    /// <summary>
    /// <c>TerraformModuleReader.Read</c> catches every exception of its extractors (a defect costs facts, not the
    /// scan), so the target does its steps itself: parse, build the module, run each extractor, then read the module
    /// again with the arguments of the first module call, as a called module is read.
    /// </summary>
    private static void Terraform(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        var folder = input.File("main.tf") is var main ? Path.GetDirectoryName(main)! : string.Empty;
        var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
        var files = new List<TerraformFile> { new(Path.Combine(folder, "main.tf"), HclParser.Parse(split < 0 ? text : text[..split]).Body, IsVariables: false) };
        if (split >= 0)
        {
            files.Add(new TerraformFile(Path.Combine(folder, "terraform.tfvars"), HclParser.Parse(text[(split + 5)..]).Body, IsVariables: true));
        }

        ReadModule(folder, files);
    }

    private static void TerraformJson(FuzzInput input)
    {
        if (input.Text is null)
        {
            return;
        }

        var path = input.File("main.tf.json");
        ReadModule(Path.GetDirectoryName(path)!, [new TerraformFile(path, TerraformJsonConverter.Convert(input.Bytes, variablesFile: false), IsVariables: false)]);
    }

    private static void ReadModule(string folder, List<TerraformFile> files)
    {
        var calls = Extract(TerraformModule.Build(folder, files, inputs: null));
        if (calls.FirstOrDefault(c => c.Inputs is not null) is { Inputs: { } inputs })
        {
            _ = Extract(TerraformModule.Build(folder, files, inputs));
        }
    }

    private static List<TerraformModuleCall> Extract(TerraformModule module)
    {
        var facts = new Scanner.Infrastructure.Terraform.FactsBuilder();
        TerraformRegions.Read(module, facts);
        TerraformDataStores.Read(module, facts);
        TerraformRouting.Read(module, facts);
        TerraformEndpoints.Read(module, facts);
        var calls = TerraformModules.Read(module, facts);
        _ = facts.Build();
        return calls;
    }

    private static void Bicep(FuzzInput input)
    {
        if (input.Text is { } text)
        {
            _ = BicepFacts.Read(input.File("main.bicep"), text);
        }
    }

    private static void Arm(FuzzInput input)
    {
        if (input.Text is not null)
        {
            // The scanner hands ArmTemplateFacts the file's bytes (File.ReadAllBytes), not the decoded text.
            _ = ArmTemplateFacts.Read(input.File("azuredeploy.json"), input.Bytes);
        }
    }

    private static readonly string[] Sinks = ["SqlConnection", "Kafka.BootstrapServers", "ConnectionMultiplexer.Connect", "NpgsqlConnection"];

    private static readonly string[] Families = ["kafka", "redis", "mongodb", "sqlserver", "postgres"];

    /// <summary>A value from configuration, code or a deployment file, as every connection-string reader sees it.</summary>
    private static void ConnectionString(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        _ = ConnectionStringParser.Parse(text);
        foreach (var family in Families)
        {
            _ = ConnectionStringParser.ParseServerList(text, family);
        }

        foreach (var sink in Sinks)
        {
            _ = EndpointTargets.Of(text, sink, AwsRegionCatalogue.Instance);
        }

        if (ConnectionStringPairs.Parse(text) is { } pairs)
        {
            _ = KeyValueConnectionString.Read(pairs);
            _ = SqlServerDataSource.Read(pairs);
            _ = AzureStorageConnectionString.Read(pairs);
            _ = pairs.Port();
        }

        _ = RedisConfiguration.Parse(text);
        _ = ConnectionUri.Parse(text);
        _ = ServerAddress.FromHostPort(text, "redis", 6379);
        _ = DeploymentValues.Endpoint(text);
    }

    /// <summary>A host, URL or address as any reader hands it to classification.</summary>
    private static void Hostname(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        var regions = AwsRegionCatalogue.Instance;
        _ = EndpointClassifier.Classify(text, regions);
        if (HostText.Parse(text) is { } parsed)
        {
            _ = DnsName.IsValid(parsed.Host);
            _ = DnsName.HasPlaceholder(parsed.Host);
            if (parsed.Address is { } address)
            {
                _ = IpAddressClassifier.Classify(parsed.Host, address);
            }
        }

        _ = DnsName.Normalise(text) is { } normalised && DnsName.IsValid(normalised);
        if (IPAddress.TryParse(text, out var ip))
        {
            _ = IpAddressClassifier.Classify(text, ip);
        }

        _ = EndpointShape.IsEndpoint(text);
        _ = EndpointShape.IsEndpoint(text, EndpointShapeOptions.Placeholders);
        _ = EndpointShape.IsUrl(text);
        _ = EndpointShape.IsAddress(text);
        _ = EndpointShape.IsHost(text, EndpointShapeOptions.Placeholders);
        _ = RegionNames.Identify(text, regions);
        _ = RegionInText.Find(text);
    }

    private static readonly (string File, CommentSyntax Syntax)[] Syntaxes =
    [
        ("Program.cs", CommentSyntax.CSharp), ("appsettings.json", CommentSyntax.Json), ("main.bicep", CommentSyntax.Bicep),
        ("main.tf", CommentSyntax.Hcl), ("values.yaml", CommentSyntax.HashLines), ("web.config", CommentSyntax.Xml),
    ];

    private static void Suppression(FuzzInput input)
    {
        if (input.Text is not { } text)
        {
            return;
        }

        var today = new DateOnly(2026, 1, 1);
        foreach (var (_, syntax) in Syntaxes)
        {
            _ = SuppressionDirectives.Read(text, syntax, today);
        }

        _ = SuppressionComment.Parse(text, today.ToDateTime(TimeOnly.MinValue));
    }

    private static void RegionLensConfigFile(FuzzInput input)
    {
        if (input.Text is not null)
        {
            _ = RegionLensConfigReader.Read(input.File("regionlens.json"));
        }
    }

    private static readonly string[] IgnoreProbes = ["bin", "src/app/bin/Debug/x.dll", "a/b/c.tf", ".env", "deep/er/path/values.yaml"];

    private static void GitIgnoreFile(FuzzInput input)
    {
        if (input.Text is not null)
        {
            var ignore = GitIgnore.Read(input.File(".gitignore"));
            foreach (var probe in IgnoreProbes)
            {
                _ = ignore.Decides(probe, isFolder: false);
                _ = ignore.Decides(probe, isFolder: true);
            }
        }
    }

    private static void Solution(FuzzInput input)
    {
        if (input.Text is { } text)
        {
            _ = SolutionFileReader.CSharpProjects(input.File(text.TrimStart().StartsWith('<') ? "App.slnx" : "App.sln"));
        }
    }

    private static void ProjectFileTarget(FuzzInput input)
    {
        if (input.Text is null)
        {
            return;
        }

        var path = input.File(Path.Combine("src", "App", "App.csproj"));
        var project = ProjectFileReader.Read(path, Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))!);
        _ = CompileItems.Of(project);
        _ = GlobalUsings.Source(project);
        _ = TargetFramework.Parse(project.TargetFramework)?.PreprocessorSymbols();
    }

    private static void Assets(FuzzInput input)
    {
        if (input.Text is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(input.File(Path.Combine("obj", RestoredAssets.FileName)))!;
        _ = RestoredAssets.Read(folder, TargetFramework.Parse("net10.0"));
        _ = RestoredAssets.Read(folder, framework: null);
    }
}
