using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Service Bus and Event Hubs clients: <c>new ServiceBusClient("ns.servicebus.windows.net", credential)</c>,
/// <c>new ServiceBusClient(connectionString)</c>, the Event Hubs producer, consumer and processor. A namespace lives
/// in one region unless it is reached through a Geo-DR alias (DOMAIN §4.2). A connection string is reported as the
/// host of its <c>Endpoint=sb://…</c> only: the rest is the access key.
/// </summary>
internal static class MessagingClientSurface
{
    // Where each client takes its namespace or connection string when the constructor does not bind: the consumer
    // names its consumer group first, the processor its checkpoint store and consumer group.
    private static readonly Dictionary<string, (string Namespace, int Position)> Clients = new(StringComparer.Ordinal)
    {
        ["ServiceBusClient"] = ("Azure.Messaging.ServiceBus", 0),
        ["EventHubProducerClient"] = ("Azure.Messaging.EventHubs.Producer", 0),
        ["EventHubConsumerClient"] = ("Azure.Messaging.EventHubs.Consumer", 1),
        ["EventProcessorClient"] = ("Azure.Messaging.EventHubs", 2),
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

        var argument = AzureSdkSymbols.Argument(creation, context.Model, client.Position, "fullyQualifiedNamespace", "connectionString");
        if (argument is not null)
        {
            var values = AzureConnectionStrings.Endpoints(context.Resolver.Resolve(argument, context.Model), AzureConnectionStrings.MessagingHost);
            context.AddValues(EvidenceKind.Endpoint, values, typeName, creation, confidence);
        }
    }
}
