using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// <c>new CosmosClient(accountEndpoint, key, options)</c>, <c>new CosmosClient(connectionString)</c> and the same
/// constructors of <c>CosmosClientBuilder</c>: the account endpoint is the client's bootstrap dependency, and a
/// regional one (<c>acct-eastus.documents.azure.com</c>) pins a region (DOMAIN §3.4, §4.2). A connection string is
/// reported as its <c>AccountEndpoint</c> only: the rest is the key.
/// </summary>
internal static class CosmosClientSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation)
        {
            return;
        }

        var typeName = AzureSdkSymbols.CreatedTypeName(creation, context.Model);
        var containingNamespace = typeName switch
        {
            "CosmosClient" => CosmosSymbols.Namespace,
            "CosmosClientBuilder" => CosmosSymbols.FluentNamespace,
            _ => null,
        };
        if (containingNamespace is null || NetworkSymbols.Creates(creation, context.Model, containingNamespace, typeName) is not { } confidence)
        {
            return;
        }

        var endpoint = AzureSdkSymbols.Argument(creation, context.Model, 0, "accountEndpoint", "connectionString");
        if (endpoint is not null)
        {
            var values = AzureConnectionStrings.Endpoints(context.Resolver.Resolve(endpoint, context.Model), AzureConnectionStrings.CosmosEndpoint);
            context.AddValues(EvidenceKind.Endpoint, values, typeName, creation, confidence);
        }
    }
}
