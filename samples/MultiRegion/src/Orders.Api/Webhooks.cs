namespace Orders.Api;

public static class Webhooks
{
    // one long-lived client, but its connections are replaced every two minutes, and each new one resolves the name again
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    public static Task<HttpResponseMessage> NotifyAsync(string body) =>
        Client.PostAsync("https://hooks.partner.example.com/orders", new StringContent(body));

    public static string Describe() => $"timeout {Client.Timeout}";
}
