using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>A DNS resolver written into a deployment file (<c>nameserver 8.8.8.8</c>, <c>resolver 10.0.0.2</c>),
/// as written: an nginx address may carry a port (<c>[::1]:5353</c>).</summary>
public sealed record ResolverAddress(string Address, SourceLocation Location);
