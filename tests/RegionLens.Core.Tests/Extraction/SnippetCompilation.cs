using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RegionLens.Core.Tests.Extraction;

/// <summary>Compiles C# snippets against the framework and, unless asked not to, the real AWS SDK and
/// Microsoft.Extensions.Configuration assemblies, as a restored project would see them.</summary>
internal static class SnippetCompilation
{
    private static readonly IReadOnlyList<MetadataReference> Framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToList();

    private static readonly IReadOnlyList<MetadataReference> Sdk =
    [
        MetadataReference.CreateFromFile(typeof(Amazon.RegionEndpoint).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.Extensions.NETCore.Setup.AWSOptions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(System.Net.Http.IHttpClientFactory).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.S3.AmazonS3Client).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.SecurityToken.AmazonSecurityTokenServiceClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DnsClient.LookupClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Grpc.Net.Client.GrpcChannel).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Grpc.Core.ChannelBase).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Azure.Cosmos.CosmosClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Storage.Blobs.BlobServiceClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Storage.StorageSharedKeyCredential).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Storage.Queues.QueueServiceClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Data.Tables.TableServiceClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Security.KeyVault.Secrets.SecretClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Identity.DefaultAzureCredential).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Core.TokenCredential).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Core.ClientOptions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Data.SqlClient.SqlConnection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(System.Data.Common.DbConnection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Npgsql.NpgsqlConnection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(StackExchange.Redis.ConnectionMultiplexer).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MongoDB.Driver.MongoClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Confluent.Kafka.ProducerConfig).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(RabbitMQ.Client.ConnectionFactory).Assembly.Location),
    ];

    /// <param name="files">(path, code) pairs; paths appear in locations as given.</param>
    public static CSharpCompilation Create(bool withSdk, params (string Path, string Code)[] files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Code, new CSharpParseOptions(LanguageVersion.Latest), f.Path));
        var references = withSdk ? Framework.Concat(Sdk) : Framework;
        var compilation = CSharpCompilation.Create("Snippet", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (withSdk)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "snippet does not compile: " + string.Join("; ", errors));
        }

        return compilation;
    }
}
