namespace RegionLens.Core.Rules;

/// <summary>One rule's identity and metadata: what every surface (analyzer, SARIF, console, `regionlens rules`) shows.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, string messageFormat, RuleLevel defaultLevel)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        DefaultLevel = defaultLevel;
    }

    public string Id { get; }
    public string Title { get; }

    /// <summary>A composite format string (<c>{0}</c>, <c>{1}</c>…) for the finding message.</summary>
    public string MessageFormat { get; }

    public RuleLevel DefaultLevel { get; }
    public string Category => RuleIds.Category;
    public string HelpUri => RuleCatalog.HelpUriBase + Id + ".md";

    /// <summary>The embedded document name of this rule (rules/RLxxxx.md in the repository).</summary>
    public string DocumentName => Id + ".md";
}
