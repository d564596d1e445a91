namespace RegionLens.Core.Tests.Extraction;

/// <summary>Service Bus and Event Hubs clients. Their packages are not referenced, so the SDK is either missing
/// (read by shape) or stood in for by stubs declared in the SDK's namespaces (read by symbol).</summary>
public sealed class AzureMessagingSurfaceTests
{
    [Fact]
    public void UnrestoredNamespacesAndConnectionStringsAreEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Messaging.cs", """
            using Azure.Identity;
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Consumer;
            using Azure.Messaging.EventHubs.Producer;
            using Azure.Messaging.ServiceBus;

            public static class Messaging
            {
                private const string Orders = "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0LWtleQ==;EntityPath=orders";

                public static object Bus() => new ServiceBusClient("orders-bus.servicebus.windows.net", new DefaultAzureCredential());
                public static object FromConnectionString() => new ServiceBusClient(Orders);
                public static object Named() => new ServiceBusClient(credential: new DefaultAzureCredential(), fullyQualifiedNamespace: "billing-bus.servicebus.windows.net");
                public static object Producer() => new EventHubProducerClient("Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0", "events");
                public static object Consumer() => new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, "telemetry.servicebus.windows.net", "events", new DefaultAzureCredential());
                public static object Processor(object checkpoints) => new EventProcessorClient(checkpoints, "$Default", "Endpoint=sb://telemetry-dr.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=c2VjcmV0", "events");
            }
            """));

        var found = Collect.From(compilation);

        Collect.AssertLines(
        [
            "Endpoint orders-bus.servicebus.windows.net ServiceBusClient @ Messaging.cs:11:56 (syntactic)",
            "Endpoint orders-bus.servicebus.windows.net ServiceBusClient @ Messaging.cs:9:35, Messaging.cs:12:52 (syntactic)",
            "Endpoint billing-bus.servicebus.windows.net ServiceBusClient @ Messaging.cs:13:125 (syntactic)",
            "Endpoint telemetry.servicebus.windows.net EventHubProducerClient @ Messaging.cs:14:67 (syntactic)",
            "Endpoint telemetry.servicebus.windows.net EventHubConsumerClient @ Messaging.cs:15:116 (syntactic)",
            "Endpoint telemetry-dr.servicebus.windows.net EventProcessorClient @ Messaging.cs:16:109 (syntactic)",
        ], found);
        Assert.DoesNotContain(found, line => line.Contains("SharedAccessKey", StringComparison.Ordinal) || line.Contains("c2VjcmV0", StringComparison.Ordinal));
    }

    [Fact]
    public void BoundClientsAreRecognisedByNamespaceAndParameter()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Stubs.cs", """
            using Azure.Core;

            namespace Azure.Messaging.ServiceBus
            {
                public class ServiceBusClient
                {
                    public ServiceBusClient(string connectionString) { }
                    public ServiceBusClient(string fullyQualifiedNamespace, TokenCredential credential) { }
                }
            }

            namespace Azure.Messaging.EventHubs.Consumer
            {
                public class EventHubConsumerClient
                {
                    public EventHubConsumerClient(string consumerGroup, string connectionString) { }
                }
            }

            namespace Acme
            {
                public class ServiceBusClient
                {
                    public ServiceBusClient(string connectionString) { }
                }
            }
            """), ("Uses.cs", """
            using Azure.Core;
            using Azure.Messaging.EventHubs.Consumer;
            using Azure.Messaging.ServiceBus;

            public static class Uses
            {
                public static ServiceBusClient Bus(TokenCredential credential) => new ServiceBusClient("orders-bus.servicebus.windows.net", credential);
                public static EventHubConsumerClient Consumer() => new("$Default", "Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=c2VjcmV0");
                public static Acme.ServiceBusClient Lookalike() => new Acme.ServiceBusClient("Endpoint=sb://other.servicebus.windows.net/;SharedAccessKey=c2VjcmV0");
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint orders-bus.servicebus.windows.net ServiceBusClient @ Uses.cs:7:92",
            "Endpoint telemetry.servicebus.windows.net EventHubConsumerClient @ Uses.cs:8:72",
        ], Collect.From(compilation));
    }
}
