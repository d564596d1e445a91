using Microsoft.CodeAnalysis;
using RegionLens.Core.Extraction;
using RegionLens.Core.Observations;

namespace RegionLens.Core.Tests.Extraction;

/// <summary>
/// The surfaces read a created type's name from the syntax before they bind it, so that methods creating nothing of
/// interest are never bound. These creations name their type some other way — an alias, a target-typed <c>new()</c>,
/// a class of the solution's own derived from an SDK client — and must be found all the same.
/// </summary>
public sealed class CreatedTypeNameTests
{
    [Fact]
    public void TypesCreatedThroughAliasesAreStillRecognised()
    {
        var compilation = SnippetCompilation.Create(withSdk: true,
            ("Usings.cs", "global using Client = System.Net.Http.HttpClient;\n"),
            ("Aliased.cs", """
                using Address = System.Uri;

                public static class Aliased
                {
                    private static readonly Client Shared = new Client();

                    public static Address Orders() => new Address("https://orders.aliased.example/");
                }
                """));

        Collect.AssertLines(["Endpoint https://orders.aliased.example/ Uri @ Aliased.cs:7:51"], Collect.From(compilation));
        Assert.Equal(
            ["LongLivedHttpClient @ Aliased.cs:5:45: static field 'Shared': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS"],
            Observe(compilation));
    }

    [Fact]
    public void TargetTypedCreationsTakeTheirNameFromTheDeclarationOrFromBinding()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Targeted.cs", """
            using System;
            using System.Net.Http;

            public static class Targeted
            {
                private static readonly HttpClient Shared = new();
                public static Uri? Declared { get; } = new("https://declared.example/");

                public static Uri Local()
                {
                    Uri? local = new("https://local.example/");
                    return local;
                }

                public static Uri Returned() => new("https://returned.example/");
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://declared.example/ Uri @ Targeted.cs:7:48",
            "Endpoint https://local.example/ Uri @ Targeted.cs:11:26",
            "Endpoint https://returned.example/ Uri @ Targeted.cs:15:41",
        ], Collect.From(compilation));
        Assert.Equal(
            ["LongLivedHttpClient @ Targeted.cs:6:49: static field 'Shared': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS"],
            Observe(compilation));
    }

    [Fact]
    public void ASolutionsOwnClientDerivedFromAnSdkClientIsAClient()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Tables.cs", """
            using Amazon;
            using Amazon.DynamoDBv2;

            public sealed class OrdersTable : AmazonDynamoDBClient
            {
                public OrdersTable(RegionEndpoint region) : base(region) { }
            }

            public static class Tables
            {
                public static object Orders() => new OrdersTable(RegionEndpoint.USWest2);
                public static object Lines() => new System.Collections.Generic.List<string>();
            }
            """));

        var resolver = ValueResolver.ForCompilation(compilation);
        var found = compilation.SyntaxTrees
            .SelectMany(tree => AwsClientRegions.Collect(compilation.GetSemanticModel(tree), resolver, Collect.Regions))
            .Select(c => $"{c.Client} {c.Source} [{string.Join(", ", c.Values)}] @ {string.Join(", ", c.Locations.Select(l => $"{l.Line}:{l.Column}"))} {c.Confidence}");

        Collect.AssertLines(["OrdersTable Explicit [us-west-2] @ 11:38, 11:54 Semantic"], found);
    }

    [Fact]
    public void AClientDerivedTwiceIsAClientAndTheSolutionsOtherTypesAreNot()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Tables.cs", """
            using Amazon;
            using Amazon.DynamoDBv2;

            public class TableClient : AmazonDynamoDBClient
            {
                public TableClient(RegionEndpoint region) : base(region) { }
            }

            public sealed class AuditTable : TableClient
            {
                public AuditTable() : base(RegionEndpoint.EUWest1) { }
            }

            public sealed record OrderLine(string Sku, RegionEndpoint Region);

            public static class Tables
            {
                public static object Audit() => new AuditTable();
                public static object Line() => new OrderLine("sku", RegionEndpoint.USEast1);
            }
            """));

        var resolver = ValueResolver.ForCompilation(compilation);
        var found = compilation.SyntaxTrees
            .SelectMany(tree => AwsClientRegions.Collect(compilation.GetSemanticModel(tree), resolver, Collect.Regions))
            .Select(c => $"{c.Client} {c.Source} [{string.Join(", ", c.Values)}] @ {string.Join(", ", c.Locations.Select(l => $"{l.Line}:{l.Column}"))} {c.Confidence}");

        Collect.AssertLines(["AuditTable Runtime [] @ 18:37 Semantic"], found);
    }

    private static IEnumerable<string> Observe(Compilation compilation) =>
        compilation.SyntaxTrees
            .SelectMany(tree => CSharpObservationCollector.Collect(compilation.GetSemanticModel(tree)))
            .Select(o => $"{o.Kind} @ {o.Locations[0].Path}:{o.Locations[0].Line}:{o.Locations[0].Column}: {o.Detail}");
}
