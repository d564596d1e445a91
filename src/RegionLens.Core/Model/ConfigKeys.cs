namespace RegionLens.Core.Model;

/// <summary>How configuration keys read by code are written in <see cref="Evidence.ConfigKey"/>.</summary>
public static class ConfigKeys
{
    /// <summary>Ends the key of a read that binds a whole list (<c>GetSection("AWS:Regions").Get&lt;string[]&gt;()</c>,
    /// an options property of type <c>List&lt;string&gt;</c>): the value is each element of the section
    /// (<c>AWS:Regions:0</c>, <c>AWS:Regions:1</c>), which the consumer takes in turn.</summary>
    public const string ElementsSuffix = ":*";

    /// <summary>The key as a user finds it in a configuration file: a list's section, without the suffix.</summary>
    public static string Display(string key) =>
        key.EndsWith(ElementsSuffix, System.StringComparison.Ordinal) ? key.Substring(0, key.Length - ElementsSuffix.Length) : key;
}
