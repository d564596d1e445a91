namespace RegionLens.Scanner.Scanning;

/// <summary>How much of a target a scan reads.</summary>
public enum ScanScope
{
    /// <summary>C# through MSBuildWorkspace, then configuration and infrastructure files.</summary>
    Everything,

    /// <summary>Configuration and infrastructure files only (<c>--no-code</c>). Projects are still read from their
    /// project files, so that each keeps its configuration and deployments, but no C# is parsed or bound and no
    /// MSBuild build host starts: what only code reveals (SDK clients, configuration reads) is not reported.</summary>
    ConfigurationAndInfrastructure,
}
