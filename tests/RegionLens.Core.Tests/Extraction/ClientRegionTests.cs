using RegionLens.Core.Extraction;

namespace RegionLens.Core.Tests.Extraction;

/// <summary>The effective region of each AWS SDK client, and where it comes from.</summary>
public sealed class ClientRegionTests
{
    [Fact]
    public void EachClientReportsWhereItsRegionComesFrom()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Clients.cs", """
            using Amazon;
            using Amazon.DynamoDBv2;
            using Amazon.Extensions.NETCore.Setup;
            using Amazon.S3;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public static class Clients
            {
                private const string Home = "eu-west-1";

                public static object Pinned() => new AmazonDynamoDBClient(RegionEndpoint.USEast1);
                public static object Named() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Home));
                public static object Configured(IConfiguration c) => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(c["Aws:Region"]));
                public static object Routed()
                {
                    var config = new AmazonDynamoDBConfig { ServiceURL = "https://dynamodb.us-west-2.amazonaws.com" };
                    return new AmazonDynamoDBClient(config);
                }

                public static object Regional() => new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 });
                public static object Ambient() => new AmazonS3Client();
                public static object FromOptions(AWSOptions options) => options.CreateServiceClient<IAmazonS3>();
                public static void Register(IServiceCollection services) => services.AddAWSService<IAmazonDynamoDB>();
            }
            """));

        var resolver = ValueResolver.ForCompilation(compilation);
        var found = compilation.SyntaxTrees
            .SelectMany(tree => AwsClientRegions.Collect(compilation.GetSemanticModel(tree), resolver, Collect.Regions))
            .Select(c => $"{c.Client} {c.Source} [{string.Join(", ", c.Values)}] @ {string.Join(", ", c.Locations.Select(l => $"{l.Line}:{l.Column}"))} {c.Confidence}");

        Collect.AssertLines(
        [
            "AmazonDynamoDBClient Explicit [us-east-1] @ 12:38, 12:63 Semantic",
            "AmazonDynamoDBClient Explicit [eu-west-1] @ 13:37, 10:33 Semantic",
            "AmazonDynamoDBClient Configuration [config:Aws:Region] @ 14:58, 14:114 Semantic",
            "AmazonDynamoDBClient ServiceUrl [https://dynamodb.us-west-2.amazonaws.com] @ 18:16, 17:62 Semantic",
            "AmazonS3Client Explicit [eu-west-1] @ 21:40, 21:97 Semantic",
            "AmazonS3Client Runtime [] @ 22:39 Semantic",
            "IAmazonS3 AwsOptions [] @ 23:61 Semantic",
            "IAmazonDynamoDB AwsOptions [] @ 24:65 Semantic",
        ], found);
    }

    [Fact]
    public void UnboundClientsAreRecognisedByName()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using Amazon;
            using Amazon.SQS;

            public static class Unbound
            {
                public static object Queue() => new AmazonSQSClient(RegionEndpoint.USWest2);
                public static object Other() => new ClientFactory();
            }
            """));

        var resolver = ValueResolver.ForCompilation(compilation);
        var found = compilation.SyntaxTrees
            .SelectMany(tree => AwsClientRegions.Collect(compilation.GetSemanticModel(tree), resolver, Collect.Regions))
            .Select(c => $"{c.Client} {c.Source} [{string.Join(", ", c.Values)}] {c.Confidence}");

        Collect.AssertLines(["AmazonSQSClient Explicit [us-west-2] Syntactic"], found);
    }
}
