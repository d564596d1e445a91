namespace RegionLens.Core.Rules;

/// <summary>Finding levels, ordered from most to least severe as SARIF orders them.</summary>
public enum RuleLevel
{
    Error = 0,
    Warning = 1,
    Note = 2,
    None = 3,
}
