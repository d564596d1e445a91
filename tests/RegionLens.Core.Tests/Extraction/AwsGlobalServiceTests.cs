namespace RegionLens.Core.Tests.Extraction;

/// <summary>Clients of AWS services whose control plane lives in us-east-1 (IAM, Route 53, CloudFront, …), created or
/// registered for dependency injection. Their SDK packages are not on the package mirror, so the semantic path is
/// proven with stand-in types declared in the snippet's own <c>Amazon.*</c> namespaces.</summary>
public sealed class AwsGlobalServiceTests
{
    [Fact]
    public void ClientsOfGlobalServicesCallTheirUsEast1HostWhateverTheirRegion()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Control.cs", """
            using Amazon;
            using Amazon.AWSSupport;
            using Amazon.Budgets;
            using Amazon.CloudFront;
            using Amazon.CostExplorer;
            using Amazon.IdentityManagement;
            using Amazon.Organizations;
            using Amazon.Route53;
            using Amazon.Shield;

            public static class Control
            {
                public static readonly object[] Clients =
                [
                    new AmazonIdentityManagementServiceClient(),
                    new AmazonRoute53Client(RegionEndpoint.USWest2),
                    new AmazonCloudFrontClient(),
                    new Amazon.Organizations.AmazonOrganizationsClient(),
                    new AmazonCostExplorerClient(),
                    new AmazonBudgetsClient(),
                    new AmazonShieldClient(),
                    new AmazonAWSSupportClient(),
                ];
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint iam.amazonaws.com AmazonIdentityManagementServiceClient @ Control.cs:15:9 (syntactic)",
            "Endpoint route53.amazonaws.com AmazonRoute53Client @ Control.cs:16:9 (syntactic)",
            "Region us-west-2 RegionEndpoint.USWest2 @ Control.cs:16:33 (syntactic)",
            "Endpoint cloudfront.amazonaws.com AmazonCloudFrontClient @ Control.cs:17:9 (syntactic)",
            "Endpoint organizations.us-east-1.amazonaws.com AmazonOrganizationsClient @ Control.cs:18:9 (syntactic)",
            "Endpoint ce.us-east-1.amazonaws.com AmazonCostExplorerClient @ Control.cs:19:9 (syntactic)",
            "Endpoint budgets.amazonaws.com AmazonBudgetsClient @ Control.cs:20:9 (syntactic)",
            "Endpoint shield.us-east-1.amazonaws.com AmazonShieldClient @ Control.cs:21:9 (syntactic)",
            "Endpoint support.us-east-1.amazonaws.com AmazonAWSSupportClient @ Control.cs:22:9 (syntactic)",
        ], Collect.From(compilation));
    }

    [Fact]
    public void GlobalServicesRegisteredForDependencyInjectionAreNamedByTheirInterface()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Registrations.cs", """
            using Amazon.Budgets;
            using Amazon.CloudFront;
            using Amazon.CostExplorer;
            using Amazon.DynamoDBv2;
            using Amazon.Organizations;
            using Microsoft.Extensions.DependencyInjection;

            public static class Registrations
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddAWSService<IAmazonCloudFront>();
                    services.TryAddAWSService<IAmazonOrganizations>();
                    services.AddKeyedAWSService<IAmazonCostExplorer>("billing");
                    services.TryAddKeyedAWSService<Amazon.Shield.IAmazonShield>("ddos");
                    services.AddAWSService<IAmazonBudgets>();
                    services.AddAWSService<IAmazonDynamoDB>();
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint cloudfront.amazonaws.com AddAWSService<IAmazonCloudFront> @ Registrations.cs:12:9 (syntactic)",
            "Endpoint organizations.us-east-1.amazonaws.com TryAddAWSService<IAmazonOrganizations> @ Registrations.cs:13:9 (syntactic)",
            "Endpoint ce.us-east-1.amazonaws.com AddKeyedAWSService<IAmazonCostExplorer> @ Registrations.cs:14:9 (syntactic)",
            "Endpoint shield.us-east-1.amazonaws.com TryAddKeyedAWSService<IAmazonShield> @ Registrations.cs:15:9 (syntactic)",
            "Endpoint budgets.amazonaws.com AddAWSService<IAmazonBudgets> @ Registrations.cs:16:9 (syntactic)",
        ], Collect.From(compilation));
    }

    [Fact]
    public void BoundGlobalServiceTypesAreRecognisedByTypeAndNamespace()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Control.cs", """
            using Amazon;
            using Amazon.IdentityManagement;
            using Amazon.Route53;
            using Microsoft.Extensions.DependencyInjection;

            namespace Amazon.IdentityManagement
            {
                // Stands in for AWSSDK.IdentityManagement.
                public class AmazonIdentityManagementServiceClient
                {
                    public AmazonIdentityManagementServiceClient(RegionEndpoint region)
                    {
                    }
                }
            }

            namespace Amazon.Route53
            {
                public interface IAmazonRoute53 : Amazon.Runtime.IAmazonService
                {
                    static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => null!;
                    static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
                        Amazon.Runtime.AWSCredentials credentials, Amazon.Runtime.ClientConfig config) => null!;
                }
            }

            namespace App
            {
                public static class Control
                {
                    public static AmazonIdentityManagementServiceClient Iam() => new(RegionEndpoint.EUWest1);

                    public static void Register(IServiceCollection services)
                    {
                        services.AddAWSService<IAmazonRoute53>();
                        services.AddKeyedAWSService<IAmazonRoute53>("dns");
                    }
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint iam.amazonaws.com AmazonIdentityManagementServiceClient @ Control.cs:31:70",
            "Region eu-west-1 RegionEndpoint.EUWest1 @ Control.cs:31:74",
            "Endpoint route53.amazonaws.com AddAWSService<IAmazonRoute53> @ Control.cs:35:13",
            "Endpoint route53.amazonaws.com AddKeyedAWSService<IAmazonRoute53> @ Control.cs:36:13",
        ], Collect.From(compilation));
    }

    [Fact]
    public void LookalikeTypesOfAnotherNamespaceAreNotGlobalServices()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Lookalikes.cs", """
            using Microsoft.Extensions.DependencyInjection;

            namespace MyApp
            {
                public sealed class AmazonRoute53Client
                {
                }

                public interface IAmazonCloudFront : Amazon.Runtime.IAmazonService
                {
                    static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => null!;
                    static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
                        Amazon.Runtime.AWSCredentials credentials, Amazon.Runtime.ClientConfig config) => null!;
                }

                public static class Clients
                {
                    public static object Dns() => new AmazonRoute53Client();
                    public static void Register(IServiceCollection services) => services.AddAWSService<IAmazonCloudFront>();
                }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void StsClientOfSdkV4IsRegionalAndNotAGlobalDependency()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Tokens.cs", """
            using Amazon.SecurityToken;
            using Microsoft.Extensions.DependencyInjection;

            public static class Tokens
            {
                public static AmazonSecurityTokenServiceClient Client() => new AmazonSecurityTokenServiceClient();
                public static void Register(IServiceCollection services) => services.AddAWSService<IAmazonSecurityTokenService>();
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }
}
