namespace RegionLens.Scanner.Graph;

public enum GraphNodeKind
{
    /// <summary>Something deployed: a service project, an unreferenced library, an IaC stack or deployment file.</summary>
    Component,

    /// <summary>A project or module included in one or more components.</summary>
    Library,

    /// <summary>A logical dependency: a table, an API, a region pin, a resolver setting. It is lost only when every
    /// endpoint that serves it is lost.</summary>
    Dependency,

    /// <summary>One way to reach a dependency (a regional endpoint, a replica, a name server). It is lost when any
    /// failure domain it fails with fails.</summary>
    Endpoint,

    /// <summary>Failure domain: a cloud region (<c>region:aws/us-east-1</c>).</summary>
    Region,

    /// <summary>Failure domain: an availability zone (<c>zone:aws/use1-az1</c>).</summary>
    Zone,

    /// <summary>Failure domain: a DNS resolver (<c>resolver:10.0.0.2</c>).</summary>
    Resolver,

    /// <summary>Failure domain: a provider's global control plane homed in one region (<c>control:aws/iam</c>).</summary>
    ControlPlane,

    /// <summary>Failure domain only the user knows about, declared in <c>regionlens.json</c> (<c>dc:eu-1</c>: a data
    /// centre, a site, a cluster). Its id is the domain as written.</summary>
    Declared,
}

/// <summary>A vertex of the dependency graph. Nodes are equal by <see cref="Id"/>.</summary>
public sealed record GraphNode(string Id, GraphNodeKind Kind, string Label)
{
    public bool IsFailureDomain => Kind is GraphNodeKind.Region or GraphNodeKind.Zone or GraphNodeKind.Resolver or GraphNodeKind.ControlPlane
        or GraphNodeKind.Declared;
}
