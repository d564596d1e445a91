namespace RegionLens.Core.Classification;

/// <summary>One server a connection string connects to: a host, the port when the string names one, and the family.</summary>
public sealed class ConnectionTarget
{
    public ConnectionTarget(string host, int? port, string family)
    {
        Host = host;
        Port = port;
        Family = family;
    }

    /// <summary>The lower-cased host name or IP address (IPv6 without brackets).</summary>
    public string Host { get; }

    /// <summary>The port written in the connection string; null when the family's default applies.</summary>
    public int? Port { get; }

    /// <summary>The provider family, one of <see cref="ConnectionFamily"/> or the one given to the server-list reader.</summary>
    public string Family { get; }

    /// <summary><c>host:port/family</c>, or <c>host/family</c> without a port; IPv6 hosts in brackets.</summary>
    public override string ToString()
    {
        var host = Host.IndexOf(':') >= 0 ? "[" + Host + "]" : Host;
        return Port is { } port ? $"{host}:{port}/{Family}" : $"{host}/{Family}";
    }
}
