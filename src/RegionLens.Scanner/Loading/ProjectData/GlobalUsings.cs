using System.Text;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>The <c>global using</c> lines the .NET SDK generates into <c>obj/…GlobalUsings.g.cs</c>: the SDK's implicit
/// namespaces when <c>ImplicitUsings</c> is on, and the project's own <c>&lt;Using&gt;</c> items either way.</summary>
internal static class GlobalUsings
{
    private static readonly string[] Base =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly string[] Web =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly string[] Worker =
    [
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
        "Microsoft.Extensions.Logging",
    ];

    /// <summary>The source text, or null when the project has no global usings.</summary>
    public static string? Source(ProjectFile project)
    {
        var implicitNamespaces = project.ImplicitUsings ? ImplicitFor(project.Sdk) : [];
        var usings = implicitNamespaces.Select(name => new UsingItem(name, null, Static: false))
            .Concat(project.Usings)
            .Where(u => !project.RemovedUsings.Contains(u.Name, StringComparer.Ordinal))
            .DistinctBy(u => (u.Name, u.Alias, u.Static))
            .ToList();
        if (usings.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var item in usings)
        {
            var prefix = item.Static ? "static " : item.Alias is { Length: > 0 } alias ? alias + " = " : string.Empty;
            text.Append("global using ").Append(prefix).Append("global::").Append(item.Name).AppendLine(";");
        }

        return text.ToString();
    }

    /// <summary>The implicit namespaces of <paramref name="sdk"/> alone, as the source the SDK would generate.</summary>
    public static string ImplicitSource(string sdk) =>
        string.Concat(ImplicitFor(sdk).Select(name => "global using global::" + name + ";\n"));

    private static IEnumerable<string> ImplicitFor(string sdk) => sdk.ToLowerInvariant() switch
    {
        "microsoft.net.sdk.web" or "microsoft.net.sdk.razor" or "microsoft.net.sdk.blazorwebassembly" => [.. Base, .. Web],
        "microsoft.net.sdk.worker" => [.. Base, .. Worker],
        _ => Base,
    };
}
