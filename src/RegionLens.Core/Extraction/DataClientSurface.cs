using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Database, cache and messaging clients given a connection string or a server list in code: SQL Server, PostgreSQL
/// (Npgsql), Redis (StackExchange.Redis), MongoDB, Kafka (Confluent), RabbitMQ, and Entity Framework's
/// <c>UseSqlServer</c>/<c>UseNpgsql</c>. The value is kept whole; its hosts are read when it is classified, and its
/// secrets are masked there.
/// </summary>
internal static class DataClientSurface
{
    // Created with the connection string as first argument: type name → namespaces it lives in.
    private static readonly Dictionary<string, string[]> Constructors = new(StringComparer.Ordinal)
    {
        ["SqlConnection"] = ["Microsoft.Data.SqlClient", "System.Data.SqlClient"],
        ["NpgsqlConnection"] = ["Npgsql"],
        ["NpgsqlDataSourceBuilder"] = ["Npgsql"],
        ["MongoClient"] = ["MongoDB.Driver"],
    };

    // Called with the connection string as first argument: method name → namespaces of the declaring type.
    private static readonly Dictionary<string, string[]> Calls = new(StringComparer.Ordinal)
    {
        ["Connect"] = ["StackExchange.Redis"],
        ["ConnectAsync"] = ["StackExchange.Redis"],
        ["Create"] = ["Npgsql"],
        ["UseSqlServer"] = ["Microsoft.EntityFrameworkCore"],
        ["UseNpgsql"] = ["Microsoft.EntityFrameworkCore"],
        ["UseAzureSql"] = ["Microsoft.EntityFrameworkCore"],
    };

    // Assigned a host or server list: property → namespace of the config type.
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["BootstrapServers"] = "Confluent.Kafka",
        ["HostName"] = "RabbitMQ.Client",
    };

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } creation
                when Constructors.TryGetValue(AwsSdkSymbols.LastName(creation.Type), out var namespaces):
                Report(creation, creation.ArgumentList.Arguments[0].Expression, AwsSdkSymbols.LastName(creation.Type), namespaces, context);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member, ArgumentList.Arguments.Count: >= 1 } invocation
                when Calls.TryGetValue(member.Name.Identifier.Text, out var namespaces) && ShapeOfCall(member):
                Report(invocation, invocation.ArgumentList.Arguments[0].Expression, CallSink(member), namespaces, context);
                break;
            case AssignmentExpressionSyntax assignment
                when Properties.TryGetValue(AwsSdkSymbols.LastName(assignment.Left), out var configNamespace):
                Report(assignment.Left, assignment.Right, ConnectionSinks.PropertySink(configNamespace, AwsSdkSymbols.LastName(assignment.Left)), [configNamespace], context, assignment);
                break;
        }
    }

    private static void Report(SyntaxNode bound, ExpressionSyntax value, string sink, string[] namespaces, SurfaceContext context, SyntaxNode? consumer = null)
    {
        var confidence = AwsSdkSymbols.Match(context.Model, bound,
            symbol => namespaces.Any(ns => symbol.ContainingNamespace?.ToDisplayString() == ns),
            () => true);
        if (confidence is { } found)
        {
            context.AddValues(EvidenceKind.Endpoint, context.Resolver.Resolve(value, context.Model), sink, consumer ?? bound, found);
        }
    }

    /// <summary>By name alone, <c>Connect</c> and <c>Create</c> are too common: unbound, they count only on
    /// <c>ConnectionMultiplexer</c> and <c>NpgsqlDataSource</c>.</summary>
    private static bool ShapeOfCall(MemberAccessExpressionSyntax member) =>
        member.Name.Identifier.Text is not ("Connect" or "ConnectAsync" or "Create")
        || AwsSdkSymbols.LastName(member.Expression) is "ConnectionMultiplexer" or "NpgsqlDataSource";

    private static string CallSink(MemberAccessExpressionSyntax member) =>
        member.Name.Identifier.Text.StartsWith("Use", StringComparison.Ordinal)
            ? member.Name.Identifier.Text
            : AwsSdkSymbols.LastName(member.Expression) + "." + member.Name.Identifier.Text;
}
