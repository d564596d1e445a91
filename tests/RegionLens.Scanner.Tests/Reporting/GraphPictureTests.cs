using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Reporting;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Reporting;

/// <summary>
/// The DOT and Mermaid pictures of a small graph, whole: two components share a library whose table has endpoints in
/// two regions (it survives either), one component also has a queue only in us-east-1 (so us-east-1 is a choke
/// point and us-west-2 is not), and the other a single resolver (a choke point too).
/// </summary>
public sealed class GraphPictureTests
{
    [Fact]
    public void DotGroupsEachDomainWithItsEndpointsAndColoursChokePointsAndTheirPaths()
    {
        Assert.Equal(
            """
            digraph regionlens {
              rankdir=LR;
              subgraph cluster_region_aws_us_east_1 {
                label="aws us-east-1";
                "region:aws/us-east-1" [label="aws us-east-1", shape=doubleoctagon, color=red, penwidth=2];
                "endpoint:queue-east" [label="queue.us-east-1", shape=note];
                "endpoint:table-east" [label="table.us-east-1", shape=note];
              }
              subgraph cluster_region_aws_us_west_2 {
                label="aws us-west-2";
                "region:aws/us-west-2" [label="aws us-west-2", shape=doubleoctagon];
                "endpoint:table-west" [label="table.us-west-2", shape=note];
              }
              subgraph cluster_resolver_10_0_0_2 {
                label="resolver 10.0.0.2";
                "resolver:10.0.0.2" [label="resolver 10.0.0.2", shape=doubleoctagon, color=red, penwidth=2];
                "endpoint:dns" [label="10.0.0.2", shape=note];
              }
              "component:a" [label="Orders \"API\"", shape=box];
              "component:b" [label="Billing", shape=box];
              "library:shared" [label="Shared\\Data", shape=box, style="rounded,dashed"];
              "dependency:dns" [label="10.0.0.2", shape=ellipse];
              "dependency:queue" [label="queue", shape=ellipse];
              "dependency:table" [label="table", shape=ellipse];
              "component:a" -> "dependency:queue" [color=red, penwidth=2];
              "component:a" -> "library:shared" [arrowhead=empty];
              "component:b" -> "dependency:dns" [color=red, penwidth=2];
              "component:b" -> "library:shared" [arrowhead=empty];
              "dependency:dns" -> "endpoint:dns" [color=red, penwidth=2];
              "dependency:queue" -> "endpoint:queue-east" [color=red, penwidth=2];
              "dependency:table" -> "endpoint:table-east" [style=dashed];
              "dependency:table" -> "endpoint:table-west" [style=dashed];
              "endpoint:dns" -> "resolver:10.0.0.2" [color=red, penwidth=2];
              "endpoint:queue-east" -> "region:aws/us-east-1" [color=red, penwidth=2];
              "endpoint:table-east" -> "region:aws/us-east-1" [color=gray50];
              "endpoint:table-west" -> "region:aws/us-west-2" [color=gray50];
              "library:shared" -> "dependency:table";
            }

            """,
            DotGraphWriter.Write(SmallGraph()));
    }

    [Fact]
    public void MermaidNumbersTheNodesEscapesQuotesAndStylesChokePointsAndTheirPaths()
    {
        Assert.Equal(
            """
            flowchart LR
              subgraph s1["aws us-east-1"]
                n11{{"aws us-east-1"}}
                n8>"queue.us-east-1"]
                n9>"table.us-east-1"]
              end
              subgraph s2["aws us-west-2"]
                n12{{"aws us-west-2"}}
                n10>"table.us-west-2"]
              end
              subgraph s3["resolver 10.0.0.2"]
                n13{{"resolver 10.0.0.2"}}
                n7>"10.0.0.2"]
              end
              n1["Orders #quot;API#quot;"]
              n2["Billing"]
              n3[["Shared\Data"]]
              n4(["10.0.0.2"])
              n5(["queue"])
              n6(["table"])
              n1 --> n5
              n1 ==> n3
              n2 --> n4
              n2 ==> n3
              n4 --> n7
              n5 --> n8
              n6 -.-> n9
              n6 -.-> n10
              n7 --> n13
              n8 --> n11
              n9 --> n11
              n10 --> n12
              n3 --> n6
              classDef choke stroke:#d00,stroke-width:3px
              class n11,n13 choke
              linkStyle 0,2,4,5,8,9 stroke:#d00,stroke-width:2px

            """,
            MermaidGraphWriter.Write(SmallGraph()));
    }

    [Fact]
    public void TheSameGraphGivesTheSameText()
    {
        Assert.Equal(DotGraphWriter.Write(SmallGraph()), DotGraphWriter.Write(SmallGraph()));
        Assert.Equal(MermaidGraphWriter.Write(SmallGraph()), MermaidGraphWriter.Write(SmallGraph()));
        Assert.Equal(DotGraphWriter.Write(SmallGraph(reversed: true)), DotGraphWriter.Write(SmallGraph()));
        Assert.Equal(MermaidGraphWriter.Write(SmallGraph(reversed: true)), MermaidGraphWriter.Write(SmallGraph()));
    }

    [Fact]
    public void DotQuotesBackslashesQuotesAndLineBreaks() =>
        Assert.Equal("\"a\\\"b\\\\c\\nd\\ne\"", DotGraphWriter.Quote("a\"b\\c\r\nd\ne"));

    [Fact]
    public void MermaidEscapesEntitiesQuotesAngleBracketsAndLineBreaks() =>
        Assert.Equal("a#quot;b#35;c#lt;d#gt;<br/>e", MermaidGraphWriter.Escape("a\"b#c<d>\ne"));

    [Fact]
    public void AnEndpointThatFailsWithTwoDomainsIsInNeitherCluster()
    {
        var graph = DependencyGraph.Create();
        var endpoint = graph.Node("endpoint:s3", GraphNodeKind.Endpoint, "s3.amazonaws.com");
        graph.Edge(graph.Node("dependency:s3", GraphNodeKind.Dependency, "s3.amazonaws.com"), endpoint, GraphEdgeKind.ServedBy);
        graph.Edge(endpoint, graph.Node("region:aws/us-east-1", GraphNodeKind.Region, "aws us-east-1"), GraphEdgeKind.FailsWith);
        graph.Edge(endpoint, graph.Node("control:aws/s3", GraphNodeKind.ControlPlane, "aws s3 control plane"), GraphEdgeKind.FailsWith);

        var picture = GraphPicture.Of(graph);

        Assert.All(picture.Clusters, c => Assert.Equal([c.Domain], c.Members));
        Assert.Contains(picture.Unclustered, n => n.Id == "endpoint:s3");
    }

    [GraphvizFact]
    public async Task GraphvizRendersTheDotOfGraphWithQuotesAndBackslashes()
    {
        var (exitCode, error, svg) = await Graphviz.RenderAsync(DotGraphWriter.Write(SmallGraph()));

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("Orders &quot;API&quot;", svg, StringComparison.Ordinal);
        Assert.Contains("cluster_region_aws_us_east_1", svg, StringComparison.Ordinal);
    }

    /// <summary>The graph of the class comment; <paramref name="reversed"/> adds the same nodes and edges in the
    /// opposite order, which must not change the pictures.</summary>
    private static DependencyGraph SmallGraph(bool reversed = false)
    {
        var graph = DependencyGraph.Create();
        var nodes = new (string Id, GraphNodeKind Kind, string Label)[]
        {
            ("component:a", GraphNodeKind.Component, "Orders \"API\""),
            ("component:b", GraphNodeKind.Component, "Billing"),
            ("library:shared", GraphNodeKind.Library, @"Shared\Data"),
            ("dependency:table", GraphNodeKind.Dependency, "table"),
            ("dependency:queue", GraphNodeKind.Dependency, "queue"),
            ("dependency:dns", GraphNodeKind.Dependency, "10.0.0.2"),
            ("endpoint:table-east", GraphNodeKind.Endpoint, "table.us-east-1"),
            ("endpoint:table-west", GraphNodeKind.Endpoint, "table.us-west-2"),
            ("endpoint:queue-east", GraphNodeKind.Endpoint, "queue.us-east-1"),
            ("endpoint:dns", GraphNodeKind.Endpoint, "10.0.0.2"),
            ("region:aws/us-east-1", GraphNodeKind.Region, "aws us-east-1"),
            ("region:aws/us-west-2", GraphNodeKind.Region, "aws us-west-2"),
            ("resolver:10.0.0.2", GraphNodeKind.Resolver, "resolver 10.0.0.2"),
        };
        var edges = new (string Source, string Target, GraphEdgeKind Kind)[]
        {
            ("component:a", "library:shared", GraphEdgeKind.Includes),
            ("component:b", "library:shared", GraphEdgeKind.Includes),
            ("library:shared", "dependency:table", GraphEdgeKind.Uses),
            ("component:a", "dependency:queue", GraphEdgeKind.Uses),
            ("component:b", "dependency:dns", GraphEdgeKind.Uses),
            ("dependency:table", "endpoint:table-east", GraphEdgeKind.ServedBy),
            ("dependency:table", "endpoint:table-west", GraphEdgeKind.ServedBy),
            ("dependency:queue", "endpoint:queue-east", GraphEdgeKind.ServedBy),
            ("dependency:dns", "endpoint:dns", GraphEdgeKind.ServedBy),
            ("endpoint:table-east", "region:aws/us-east-1", GraphEdgeKind.FailsWith),
            ("endpoint:table-west", "region:aws/us-west-2", GraphEdgeKind.FailsWith),
            ("endpoint:queue-east", "region:aws/us-east-1", GraphEdgeKind.FailsWith),
            ("endpoint:dns", "resolver:10.0.0.2", GraphEdgeKind.FailsWith),
        };
        foreach (var (id, kind, label) in reversed ? nodes.Reverse() : nodes)
        {
            graph.Node(id, kind, label);
        }

        foreach (var (source, target, kind) in reversed ? edges.Reverse() : edges)
        {
            graph.Edge(graph.Find(source)!, graph.Find(target)!, kind);
        }

        return graph;
    }
}
