namespace RegionLens.Scanner.UserConfiguration;

/// <summary>Where the user says a component runs (<c>components</c> in <c>regionlens.json</c>): the regions it is
/// deployed to, which the infrastructure files may not show.</summary>
public sealed record ComponentDeployment(IReadOnlyList<string> Regions);
