namespace RegionLens.Core.Tests.Extraction;

/// <summary>Process-wide AWS settings made in code: <c>AWSConfigs</c>, environment variables the SDK reads, and the
/// legacy global STS and S3 endpoints.</summary>
public sealed class AwsSdkSurfaceTests
{
    [Fact]
    public void AwsConfigsRegionIsAProcessWideRegionFollowedThroughConstants()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Startup.cs", """
            using Amazon;

            public static class Startup
            {
                private const string Region = "eu-west-1";

                public static void Pin() => AWSConfigs.AWSRegion = "us-east-1";
                public static void FromConstant() => AWSConfigs.AWSRegion = Region;
                public static void Endpoint() => AWSConfigs.RegionEndpoint = RegionEndpoint.USWest2;
            }
            """));

        Collect.AssertLines(
        [
            "Region us-east-1 AWSConfigs.AWSRegion @ Startup.cs:7:56",
            "Region eu-west-1 AWSConfigs.AWSRegion @ Startup.cs:5:35, Startup.cs:8:42",
            "Region us-west-2 RegionEndpoint.USWest2 @ Startup.cs:9:66",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AwsConfigsOfAnotherNamespaceIsNotTheSdks()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Startup.cs", """
            using Amazon;

            namespace MyApp
            {
                public static class AWSConfigs
                {
                    public static string AWSRegion { get; set; } = "";
                }

                public static class Startup
                {
                    public static void Pin() => AWSConfigs.AWSRegion = "us-east-1";
                }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void EnvironmentVariablesTheSdkReadsPinRegionsEndpointsAndLegacyGlobalEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Environments.cs", """
            using System;
            using Microsoft.Extensions.Configuration;

            public static class Environments
            {
                private const string RegionVariable = "AWS_REGION";

                public static void Set()
                {
                    Environment.SetEnvironmentVariable(RegionVariable, "us-west-2");
                    Environment.SetEnvironmentVariable("AWS_DEFAULT_REGION", "eu-west-1");
                    Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL", "http://localhost:4566");
                    Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB", "https://dynamodb.us-east-1.amazonaws.com");
                    Environment.SetEnvironmentVariable("AWS_STS_REGIONAL_ENDPOINTS", "legacy");
                    Environment.SetEnvironmentVariable("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "LEGACY");
                }

                public static void FromConfiguration(IConfiguration configuration) =>
                    Environment.SetEnvironmentVariable("AWS_REGION", configuration["Aws:Region"]);
            }
            """));

        Collect.AssertLines(
        [
            "Region us-west-2 env:AWS_REGION @ Environments.cs:10:60",
            "Region eu-west-1 env:AWS_DEFAULT_REGION @ Environments.cs:11:66",
            "Endpoint http://localhost:4566 env:AWS_ENDPOINT_URL @ Environments.cs:12:64",
            "Endpoint https://dynamodb.us-east-1.amazonaws.com env:AWS_ENDPOINT_URL_DYNAMODB @ Environments.cs:13:73",
            "Endpoint sts.amazonaws.com env:AWS_STS_REGIONAL_ENDPOINTS=legacy @ Environments.cs:14:74",
            "Endpoint s3.amazonaws.com env:AWS_S3_US_EAST_1_REGIONAL_ENDPOINT=legacy @ Environments.cs:15:82",
            "Region config:Aws:Region env:AWS_REGION @ Environments.cs:19:58",
        ], Collect.From(compilation));
    }

    [Fact]
    public void EnvironmentVariablesThatPinNothingAreNotEvidence()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Quiet.cs", """
            public static class Quiet
            {
                public static void Set(string name)
                {
                    System.Environment.SetEnvironmentVariable("MY_REGION", "us-east-1");
                    System.Environment.SetEnvironmentVariable("AWS_STS_REGIONAL_ENDPOINTS", "regional");
                    System.Environment.SetEnvironmentVariable("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "regional");
                    System.Environment.SetEnvironmentVariable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
                    System.Environment.SetEnvironmentVariable("AWS_PROFILE", "prod");
                    System.Environment.SetEnvironmentVariable(name, "us-east-1");
                }
            }

            namespace Tools
            {
                public static class Environment
                {
                    public static void SetEnvironmentVariable(string name, string value)
                    {
                    }

                    public static void Set() => Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
                }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void LegacyS3UsEast1EndpointIsTheGlobalS3Endpoint()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Storage.cs", """
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Storage
            {
                public static AmazonS3Config Legacy() => new() { USEast1RegionalEndpointValue = S3UsEast1RegionalEndpointValue.Legacy };
                public static AmazonS3Config Chosen(bool old) => new() { USEast1RegionalEndpointValue = old ? S3UsEast1RegionalEndpointValue.Legacy : S3UsEast1RegionalEndpointValue.Regional };
                public static AmazonS3Config Regional() => new() { USEast1RegionalEndpointValue = S3UsEast1RegionalEndpointValue.Regional };
                public static bool IsLegacy(AmazonS3Config config) => config.USEast1RegionalEndpointValue == S3UsEast1RegionalEndpointValue.Legacy;
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint s3.amazonaws.com S3UsEast1RegionalEndpointValue.Legacy @ Storage.cs:6:85",
            "Endpoint s3.amazonaws.com S3UsEast1RegionalEndpointValue.Legacy @ Storage.cs:7:99",
        ], Collect.From(compilation));
    }

    [Fact]
    public void LegacyEnumOfAnotherNamespaceIsNotTheSdks()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Settings.cs", """
            namespace MyApp;

            public enum S3UsEast1RegionalEndpointValue
            {
                Legacy,
                Regional,
            }

            public sealed class Settings
            {
                public S3UsEast1RegionalEndpointValue Endpoint { get; set; } = S3UsEast1RegionalEndpointValue.Legacy;
                public static Settings Make() => new() { Endpoint = S3UsEast1RegionalEndpointValue.Legacy };
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void SdkV3SettingsAreRecognisedBySyntaxWhereTheyNoLongerBind()
    {
        // StsRegionalEndpointsValue was removed in SDK v4: against the referenced v4 assemblies, as in an unrestored
        // v3 project, nothing of this binds.
        var compilation = SnippetCompilation.Create(withSdk: false, ("Tokens.cs", """
            using Amazon;
            using Amazon.Runtime;
            using Amazon.SecurityToken;

            public static class Tokens
            {
                public static object Config() => new AmazonSecurityTokenServiceConfig { StsRegionalEndpoints = StsRegionalEndpointsValue.Legacy };
                public static void Region() => AWSConfigs.AWSRegion = "us-east-1";
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint sts.amazonaws.com StsRegionalEndpointsValue.Legacy @ Tokens.cs:7:100 (syntactic)",
            "Region us-east-1 AWSConfigs.AWSRegion @ Tokens.cs:8:59 (syntactic)",
        ], Collect.From(compilation));
    }
}
