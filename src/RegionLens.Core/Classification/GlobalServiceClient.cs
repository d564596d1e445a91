namespace RegionLens.Core.Classification;

/// <summary>An SDK client of a global service (<c>sdkClients</c> in <c>rules/global-endpoints.json</c>): its namespace,
/// client class and client interface, and the host it calls whatever region it is given.</summary>
internal sealed class GlobalServiceClient
{
    public GlobalServiceClient(string @namespace, string client, string @interface, string host, string source)
    {
        Namespace = @namespace;
        Client = client;
        Interface = @interface;
        Host = host;
        Source = source;
    }

    public string Namespace { get; }

    public string Client { get; }

    public string Interface { get; }

    public string Host { get; }

    public string Source { get; }
}
