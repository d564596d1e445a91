using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Reporting;

/// <summary>The rule documents of <c>rules/</c>, embedded in the scanner so the installed tool carries them.</summary>
public static class RuleDocumentation
{
    public static string? Read(RuleDescriptor rule)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream("rules/" + rule.DocumentName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
