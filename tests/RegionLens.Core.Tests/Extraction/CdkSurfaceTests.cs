namespace RegionLens.Core.Tests.Extraction;

/// <summary>AWS CDK stacks written in C#. Amazon.CDK.Lib is large and untested on our mirror, so the bound case uses
/// stand-ins declared in its namespaces; the unbound case is the real shape with no references.</summary>
public sealed class CdkSurfaceTests
{
    private const string CdkStandIns = """
        namespace Amazon.CDK
        {
            public sealed class Environment { public string? Region { get; set; } public string? Account { get; set; } }
            public sealed class StackProps { public Environment? Env { get; set; } }
        }

        namespace Amazon.CDK.AWS.DynamoDB
        {
            public sealed class ReplicaTableProps { public string? Region { get; set; } }
            public sealed class TablePropsV2 { public ReplicaTableProps[]? Replicas { get; set; } }
            public sealed class TableProps { public string[]? ReplicationRegions { get; set; } }
        }
        """;

    [Fact]
    public void StackRegionsAndTableReplicasAreInfrastructureRegions()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("CdkTypes.cs", CdkStandIns), ("Stacks.cs", """
            using Amazon.CDK;
            using Amazon.CDK.AWS.DynamoDB;

            public static class Stacks
            {
                public static StackProps Primary() => new StackProps { Env = new Amazon.CDK.Environment { Region = "us-east-1", Account = "123456789012" } };
                public static TablePropsV2 Orders() => new TablePropsV2 { Replicas = new[] { new ReplicaTableProps { Region = "us-west-2" } } };
                public static TableProps Legacy() => new TableProps { ReplicationRegions = new[] { "eu-west-1", "eu-central-1" } };
            }
            """));

        Collect.AssertLines(
        [
            "Region us-east-1 CDK Environment.Region @ Stacks.cs:6:104",
            "Region us-west-2 CDK ReplicaTableProps.Region @ Stacks.cs:7:115",
            "Region eu-west-1 CDK TableProps.ReplicationRegions @ Stacks.cs:8:88",
            "Region eu-central-1 CDK TableProps.ReplicationRegions @ Stacks.cs:8:101",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AnUnboundStackIsRecognisedByItsShape()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("App.cs", """
            using Amazon.CDK;

            public static class App
            {
                public static object Props() => new StackProps { Env = new Environment { Region = "eu-west-1" } };
            }
            """));

        Collect.AssertLines(["Region eu-west-1 CDK Environment.Region @ App.cs:5:87 (syntactic)"], Collect.From(compilation));
    }
}
