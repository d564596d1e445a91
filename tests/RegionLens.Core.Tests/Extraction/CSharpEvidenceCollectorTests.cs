namespace RegionLens.Core.Tests.Extraction;

/// <summary>Value resolution and SDK surfaces on real compilations of real snippets against the real AWS SDK.</summary>
public sealed class CSharpEvidenceCollectorTests
{
    [Fact]
    public void ConstRegionIsLocatedAtTheConstAndAtTheConsumingCall()
    {
        var compilation = SnippetCompilation.Create(withSdk: true,
            ("Defaults.cs", """
                public static class Defaults
                {
                    public const string Region = "us-east-1";
                }
                """),
            ("Factory.cs", """
                using Amazon;
                using Amazon.DynamoDBv2;

                public static class Factory
                {
                    public static AmazonDynamoDBClient Create() =>
                        new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Defaults.Region));
                }
                """));

        Collect.AssertLines(["Region us-east-1 RegionEndpoint.GetBySystemName @ Defaults.cs:3:34, Factory.cs:7:34"], Collect.From(compilation));
    }

    [Fact]
    public void RegionEndpointFieldsMapToSystemNamesIncludingTheIrregularOnes()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Clients.cs", """
            using Amazon;
            using Amazon.DynamoDBv2;

            public static class Clients
            {
                public static readonly AmazonDynamoDBClient Gov = new(RegionEndpoint.USGovCloudWest1);
                public static readonly AmazonDynamoDBConfig China = new() { RegionEndpoint = Amazon.RegionEndpoint.CNNorthWest1 };
            }
            """));

        Collect.AssertLines(
        [
            "Region us-gov-west-1 RegionEndpoint.USGovCloudWest1 @ Clients.cs:6:59",
            "Region cn-northwest-1 RegionEndpoint.CNNorthWest1 @ Clients.cs:7:82",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ServiceUrlBuiltFromStaticReadonlyConcatenationResolvesToTheWholeUrl()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Endpoints.cs", """
            using Amazon.DynamoDBv2;

            public static class Endpoints
            {
                private const string Region = "eu-west-1";
                private static readonly string Host = "dynamodb." + Region + ".amazonaws.com";

                public static AmazonDynamoDBConfig Config() => new() { ServiceURL = "https://" + Host };
            }
            """));

        Collect.AssertLines(
            ["Endpoint https://dynamodb.eu-west-1.amazonaws.com ClientConfig.ServiceURL @ Endpoints.cs:8:73, Endpoints.cs:6:43, Endpoints.cs:5:35, Endpoints.cs:6:66"],
            Collect.From(compilation));
    }

    [Fact]
    public void LocalsAndInterpolationResolveAndAnUnknownPartStaysAPlaceholder()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Calls.cs", """
            using System;

            public static class Calls
            {
                public static Uri Known()
                {
                    var region = "us-west-2";
                    var url = $"https://sqs.{region}.amazonaws.com/queue";
                    return new Uri(url);
                }

                public static Uri Partly(string region) => new Uri($"https://dynamodb.{region}.amazonaws.com");
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://sqs.us-west-2.amazonaws.com/queue Uri @ Calls.cs:8:19, Calls.cs:7:22, Calls.cs:9:16",
            "Endpoint https://dynamodb.{region}.amazonaws.com Uri @ Calls.cs:12:56",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ConfigurationReadsBecomeKeysAndALiteralDefaultIsASecondValue()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Startup.cs", """
            using System;
            using System.Net.Http;
            using Amazon;
            using Microsoft.Extensions.Configuration;

            public static class Startup
            {
                public static RegionEndpoint Region(IConfiguration configuration) =>
                    RegionEndpoint.GetBySystemName(configuration["Aws:Region"] ?? "us-west-2");

                public static HttpClient Payments(IConfiguration configuration) =>
                    new HttpClient { BaseAddress = new Uri(configuration.GetValue<string>("Payments:BaseUrl")!) };

                public static Uri Section(IConfiguration configuration) =>
                    new Uri(configuration.GetSection("Billing")["Endpoint"]!);
            }
            """));

        Collect.AssertLines(
        [
            "Region config:Aws:Region RegionEndpoint.GetBySystemName @ Startup.cs:9:40",
            "Region us-west-2 RegionEndpoint.GetBySystemName @ Startup.cs:9:71",
            "Endpoint config:Payments:BaseUrl HttpClient.BaseAddress @ Startup.cs:12:48",
            "Endpoint config:Billing:Endpoint Uri @ Startup.cs:15:17",
        ], Collect.From(compilation));
    }

    [Fact]
    public void GetAwsOptionsReadsTheRegionAndServiceUrlOfItsSection()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Program.cs", """
            using Amazon.Extensions.NETCore.Setup;
            using Microsoft.Extensions.Configuration;

            public static class Program
            {
                public static AWSOptions Default(IConfiguration configuration) => configuration.GetAWSOptions();
                public static AWSOptions Named(IConfiguration configuration) => configuration.GetAWSOptions("Backup");
            }
            """));

        Collect.AssertLines(
        [
            "Region config:AWS:Region GetAWSOptions @ Program.cs:6:71",
            "Endpoint config:AWS:ServiceURL GetAWSOptions @ Program.cs:6:71",
            "Region config:Backup:Region GetAWSOptions @ Program.cs:7:69",
            "Endpoint config:Backup:ServiceURL GetAWSOptions @ Program.cs:7:69",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredReferencesAreRecognisedBySyntax()
    {
        // No AWS SDK assemblies: RegionEndpoint and AmazonDynamoDBConfig do not bind, as in a project never restored.
        var compilation = SnippetCompilation.Create(withSdk: false, ("Program.cs", """
            using Amazon;
            using Amazon.DynamoDBv2;

            public static class Program
            {
                private const string Region = "eu-west-1";

                public static object Pinned() => new AmazonDynamoDBClient(RegionEndpoint.USEast1);
                public static object ByName() => RegionEndpoint.GetBySystemName(Region);
                public static object Url() => new AmazonDynamoDBConfig { ServiceURL = "https://dynamodb.us-east-1.amazonaws.com" };
                public static object Read(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
                    new System.Uri(configuration.GetSection("Payments").GetValue<string>("BaseUrl"));
            }
            """));

        Collect.AssertLines(
        [
            "Region us-east-1 RegionEndpoint.USEast1 @ Program.cs:8:63 (syntactic)",
            "Region eu-west-1 RegionEndpoint.GetBySystemName @ Program.cs:6:35, Program.cs:9:38 (syntactic)",
            "Endpoint https://dynamodb.us-east-1.amazonaws.com ClientConfig.ServiceURL @ Program.cs:10:75 (syntactic)",
            "Endpoint config:Payments:BaseUrl Uri @ Program.cs:12:24 (syntactic)",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ValuesThatNameNothingAndLookalikeMembersAreNotEvidence()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Other.cs", """
            using System;

            public sealed class Settings
            {
                public string ServiceURL { get; set; } = "";
                public static Uri FromArgument(string url) => new Uri(url);
                public static Settings Make() => new Settings { ServiceURL = "https://dynamodb.us-east-1.amazonaws.com" };
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }
}
