using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace Edge.Gateway;

public sealed class Upstreams(IOptions<UpstreamOptions> options)
{
    // the pricing host comes from configuration through an options class
    public HttpClient Pricing() => new() { BaseAddress = new Uri(options.Value.Pricing) };

    // every caller decides the address; RegionLens follows the argument back to them
    public static GrpcChannel Channel(string address) => GrpcChannel.ForAddress(address);
}
