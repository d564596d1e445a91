using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Storage clients made from a connection string: <c>new BlobServiceClient(connectionString)</c>,
/// <c>BlobContainerClient(connectionString, container)</c>, <c>BlobClient(connectionString, container, blob)</c> and
/// the queue and table clients. A storage account lives in one primary region (DOMAIN §3.4). The connection string is
/// reported as the endpoint of the client's service, never with its key. Clients made from a <c>Uri</c> are
/// <see cref="UriSurface"/>'s.
/// </summary>
internal static class StorageClientSurface
{
    private const string Blobs = "Azure.Storage.Blobs";
    private const string Queues = "Azure.Storage.Queues";
    private const string Tables = "Azure.Data.Tables";

    private static readonly Dictionary<string, (string Namespace, StorageService Service)> Clients = new(StringComparer.Ordinal)
    {
        ["BlobServiceClient"] = (Blobs, StorageService.Blob),
        ["BlobContainerClient"] = (Blobs, StorageService.Blob),
        ["BlobClient"] = (Blobs, StorageService.Blob),
        ["BlockBlobClient"] = (Blobs + ".Specialized", StorageService.Blob),
        ["AppendBlobClient"] = (Blobs + ".Specialized", StorageService.Blob),
        ["PageBlobClient"] = (Blobs + ".Specialized", StorageService.Blob),
        ["QueueServiceClient"] = (Queues, StorageService.Queue),
        ["QueueClient"] = (Queues, StorageService.Queue),
        ["TableServiceClient"] = (Tables, StorageService.Table),
        ["TableClient"] = (Tables, StorageService.Table),
    };

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation)
        {
            return;
        }

        var typeName = AzureSdkSymbols.CreatedTypeName(creation, context.Model);
        if (!Clients.TryGetValue(typeName, out var client)
            || NetworkSymbols.Creates(creation, context.Model, client.Namespace, typeName) is not { } confidence)
        {
            return;
        }

        var argument = AzureSdkSymbols.Argument(creation, context.Model, 0, "connectionString");
        if (argument is null || IsUri(argument, context.Model))
        {
            return;
        }

        var values = AzureConnectionStrings.Endpoints(context.Resolver.Resolve(argument, context.Model),
            settings => AzureConnectionStrings.StorageEndpoint(settings, client.Service));
        context.AddValues(EvidenceKind.Endpoint, values, typeName, creation, confidence);
    }

    /// <summary>Unbound, the constructor cannot tell a URI from a connection string, but the argument's own type
    /// (a framework type) still can.</summary>
    private static bool IsUri(ExpressionSyntax argument, SemanticModel model) =>
        argument is BaseObjectCreationExpressionSyntax || NetworkSymbols.IsType(model.GetTypeInfo(argument).Type, "System", "Uri");
}
