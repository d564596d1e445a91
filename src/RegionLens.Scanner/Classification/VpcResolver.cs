namespace RegionLens.Scanner.Classification;

/// <summary>
/// The VPC's own resolver (<c>AmazonProvidedDNS</c>, <c>169.254.169.253</c>, <c>fd00:ec2::253</c>): it answers in every
/// availability zone of the VPC (DOMAIN §5.3), so one address of it is not one server that can fail alone.
/// </summary>
internal static class VpcResolver
{
    public static bool Is(string server) =>
        server is "169.254.169.253" or "fd00:ec2::253" || string.Equals(server, "AmazonProvidedDNS", StringComparison.OrdinalIgnoreCase);
}
