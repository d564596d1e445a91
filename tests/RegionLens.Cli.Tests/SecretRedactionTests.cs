using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>A copy of the secrets fixture, and its JSON report, made once for the class.</summary>
public sealed class SecretsFixture : IDisposable
{
    private readonly Lazy<Task<CliRun>> _json;

    public SecretsFixture()
    {
        _json = new(() => CliRun.InvokeAsync("scan", Copy.Root, "--format", "json", "--fail-on", "none"));
    }

    internal SampleCopy Copy { get; } = SampleCopy.OfFixture("secrets");

    internal Task<CliRun> JsonAsync() => _json.Value;

    public void Dispose() => Copy.Dispose();
}

/// <summary>
/// tests/fixtures/secrets carries a credential in every form a connection string or URL can hold one, in code,
/// appsettings.json, web.config, .env, docker-compose, Kubernetes and Terraform, and in three files that fail to parse.
/// No report or notification may print any of them, and each endpoint is still reported, with its secret masked.
/// </summary>
public sealed class SecretRedactionTests(SecretsFixture fixture) : IClassFixture<SecretsFixture>
{
    /// <summary>Every secret in the fixture, once.</summary>
    private static readonly string[] Secrets =
    [
        "SqlPassSecret01", "SqlPwdSecret02", "PgPassSecret03", "MongoSecret04", "RedisSecret05", "StorageKeySecret06",
        "SasSigSecret07", "SasQuerySecret08", "GhTokenSecret09", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AccessTokenSecret11", "ApiKeySecret12", "DotEnvSecret13", "DotEnvTokenSecret14", "WebConfigSecret15",
        "WebConfigKeySecret16", "InlineUrlSecret18", "PgUrlSecret19", "ComposeSecret20", "ComposeRedisSecret21",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "K8sPgSecret23", "K8sMongoSecret24", "K8sTokenSecret25", "TerraformSecretKey26",
        "TfUrlSecret27", "TfSbKeySecret28", "NotifySecret29", "NotifySecret30", "NotifySecret31", "NotifySecret32",
        "NotifySecret33", "PresignSecret34", "AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAIOSFODNN7EXAMPLE",
    ];

    public static TheoryData<string> Formats => new() { "console", "json", "dot", "mermaid" };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task NoReportPrintsASecret(string format)
    {
        var run = format == "json" ? await fixture.JsonAsync() : await CliRun.InvokeAsync("scan", fixture.Copy.Root, "--format", format, "--fail-on", "none");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal([], Secrets.Where(secret => run.Output.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToArray());
        // The unique part of every made-up credential, in case one leaks in a form the list above does not spell.
        Assert.DoesNotContain("secret0", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret1", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret2", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FilesThatFailToParseAreNotifiedWithoutQuotingTheirSecrets()
    {
        var run = await fixture.JsonAsync();

        using var report = JsonDocument.Parse(run.Output);
        var notifications = report.RootElement.GetProperty("notifications").EnumerateArray()
            .Select(n => $"{n.GetProperty("path").GetString()} {n.GetProperty("message").GetString()}")
            .ToArray();
        Assert.Equal(
            ["deploy/k8s/broken.yaml", "deploy/terraform/broken.tf", "src/Payments.Api/appsettings.Staging.json"],
            notifications.Where(n => n.Contains(" could not parse: ", StringComparison.Ordinal)).Select(n => n.Split(' ')[0]));
        Assert.Equal([], notifications.Where(n => Secrets.Any(secret => n.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToArray());
    }

    [Fact]
    public async Task EndpointsAreReportedWithTheSecretMasked()
    {
        var run = await fixture.JsonAsync();

        using var report = JsonDocument.Parse(run.Output);
        var shown = report.RootElement.GetProperty("dependencies").EnumerateArray()
            .SelectMany(d => new[] { "url", "connectionString" }.Select(name => d.TryGetProperty(name, out var v) ? v.GetString() : null))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "Server=tcp:payments-sql.database.windows.net,1433;Database=orders;User ID=app;Password=***;Encrypt=True",
            "Data Source=reports-sql.internal.example.com;Initial Catalog=reports;User Id=rpt;Pwd=***",
            "Host=ledger.cluster-c1abc2def3gh.eu-west-1.rds.amazonaws.com;Port=5432;Database=ledger;Username=ledger;Password=***",
            "postgresql://ledger:***@ledger-replica.internal.example.com:5432/ledger",
            "mongodb://payments:***@mongo-0.internal.example.com:27017,mongo-1.internal.example.com:27017/payments?replicaSet=rs0",
            "payments-cache.redis.cache.windows.net:6380,password=***,ssl=True,abortConnect=False",
            "DefaultEndpointsProtocol=https;AccountName=paystore;AccountKey=***;EndpointSuffix=core.windows.net",
            "BlobEndpoint=https://paystore.blob.core.windows.net/;SharedAccessSignature=***",
            "https://paystore.blob.core.windows.net/exports?sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=r&sig=***",
            "https://deploy-bot:***@git.internal.example.com/payments.git",
            "https://reports:***@reports.internal.example.com/daily",
            "https://paystore-exports.s3.eu-west-1.amazonaws.com/report.csv?AWSAccessKeyId=***&Expires=1900000000&Signature=***",
            "https://api.partner.example.com/v1/orders?access_token=***",
            "https://maps.example.com/geo?api_key=***&format=json",
            "https://hooks.partner.example.com/notify?token=***",
            "Data Source=portal-sql.internal.example.com;Initial Catalog=Portal;User ID=portal;Password=***",
            "Server=compose-sql.internal.example.com;User Id=sa;Password=***",
            "compose-redis.internal.example.com:6379,password=***",
            "postgresql://payments:***@payments-db.internal.example.com:5432/payments",
            "mongodb://payments:***@mongo.internal.example.com:27017/payments",
            "https://status.partner.example.com/feed?access_token=***",
            "https://admin:***@search.internal.example.com/",
        ];
        Assert.Equal([], expected.Where(value => !shown.Contains(value)).ToArray());
    }
}
