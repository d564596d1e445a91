namespace Edge.Gateway;

// a typed client: IHttpClientFactory hands it a handler that is recycled every few minutes, so when Route 53
// fails the API name over to us-west-2, new connections follow the new answer
public sealed class OrdersUpstream(HttpClient http)
{
    public Uri? BaseAddress => http.BaseAddress;

    public Task<string> GetOrderAsync(string id, CancellationToken cancellationToken) =>
        http.GetStringAsync($"orders/{Uri.EscapeDataString(id)}", cancellationToken);
}
