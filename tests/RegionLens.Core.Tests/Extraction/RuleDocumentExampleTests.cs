using Microsoft.CodeAnalysis;
using RegionLens.Core.Observations;

namespace RegionLens.Core.Tests.Extraction;

/// <summary>The "Flagged" examples of the rule documents, compiled as they are written there, give the observations the
/// documents promise.</summary>
public sealed class RuleDocumentExampleTests
{
    [Fact]
    public void Rl0010ExampleFlagsTheStartUpPairAndTheRoute53FailoverInACatch()
    {
        // rules/RL0010.md, "Flagged". AWSSDK.Route53 and the hosting abstractions are not packages the tests can
        // restore, so the two types the example needs from them are declared here with the SDK's names and namespaces.
        var compilation = SnippetCompilation.Create(withSdk: true, ("Orders.cs", """
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.DynamoDBv2.Model;
            using Amazon.Route53;
            using Amazon.Route53.Model;

            public sealed record Order(string Id);

            public sealed class Orders(IAmazonDynamoDB _dynamo, IDynamoDBContext _context, IAmazonRoute53 _route53)
            {
                private static readonly CreateTableRequest OrdersTable = new() { TableName = "Orders" };
                private static readonly ChangeResourceRecordSetsRequest PointApiAtUsWest2 = new();

                public async Task StartAsync(CancellationToken ct)
                {
                    try { await _dynamo.DescribeTableAsync("Orders", ct); }
                    catch (ResourceNotFoundException) { await _dynamo.CreateTableAsync(OrdersTable, ct); }
                }

                public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

                public async Task<Order?> GetAsync(string id, CancellationToken ct)
                {
                    try { return await _context.LoadAsync<Order>(id, ct); }
                    catch (AmazonDynamoDBException)
                    {
                        await _route53.ChangeResourceRecordSetsAsync(PointApiAtUsWest2, ct);
                        throw;
                    }
                }
            }
            """), ("Route53.cs", """
            namespace Amazon.Route53.Model { public sealed class ChangeResourceRecordSetsRequest { } }

            namespace Amazon.Route53
            {
                public interface IAmazonRoute53
                {
                    System.Threading.Tasks.Task ChangeResourceRecordSetsAsync(Model.ChangeResourceRecordSetsRequest request, System.Threading.CancellationToken ct = default);
                }
            }
            """));

        Assert.Equal(
        [
            "ControlPlaneCall @ 18:21: DescribeTableAsync (dynamodb) is a control-plane call at start-up",
            "ControlPlaneCall @ 19:51: CreateTableAsync (dynamodb) is a control-plane call in a catch block, on the failover path",
            "ControlPlaneCall @ 29:19: ChangeResourceRecordSetsAsync (route53) is a control-plane call in a catch block, on the failover path",
        ], compilation.SyntaxTrees
            .SelectMany(tree => CSharpObservationCollector.Collect(compilation.GetSemanticModel(tree)))
            .Select(o => $"{o.Kind} @ {o.Locations[0].Line}:{o.Locations[0].Column}: {o.Detail}"));
    }
}
