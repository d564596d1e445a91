namespace RegionLens.Scanner.Graph;

/// <summary>How a sentence names a failure domain: "aws region us-east-1", "aws zone use1-az1", "resolver 8.8.8.8",
/// "aws iam control plane"; a domain the user declared keeps its label.</summary>
public static class DomainText
{
    public static string Of(GraphNode domain)
    {
        var colon = domain.Id.IndexOf(':', StringComparison.Ordinal);
        var name = domain.Id[(colon + 1)..];
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return domain.Kind switch
        {
            GraphNodeKind.Region when slash > 0 => $"{name[..slash]} region {name[(slash + 1)..]}",
            GraphNodeKind.Zone when slash > 0 => $"{name[..slash]} zone {name[(slash + 1)..]}",
            _ => domain.Label,
        };
    }
}
