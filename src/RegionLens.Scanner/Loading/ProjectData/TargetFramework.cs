using Microsoft.CodeAnalysis.CSharp;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>A target framework moniker (<c>net10.0</c>, <c>netstandard2.0</c>, <c>net48</c>) as the SDK reads it,
/// for what follows from it: the preprocessor symbols and default language version the SDK sets, and which
/// reference pack folder (<c>ref/net10.0</c>) fits it.</summary>
internal sealed record TargetFramework(string Moniker, TargetFrameworkFamily Family, Version Version)
{
    public static TargetFramework? Parse(string? moniker)
    {
        // A platform suffix (net10.0-windows) does not change the reference pack or the symbols read here.
        var text = moniker?.Split('-')[0].Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var (family, digits) = text switch
        {
            _ when text.StartsWith("netcoreapp", StringComparison.Ordinal) => (TargetFrameworkFamily.NetCore, text["netcoreapp".Length..]),
            _ when text.StartsWith("netstandard", StringComparison.Ordinal) => (TargetFrameworkFamily.NetStandard, text["netstandard".Length..]),
            _ when text.StartsWith("net", StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) => (TargetFrameworkFamily.NetCore, text[3..]),
            _ when text.StartsWith("net", StringComparison.Ordinal) => (TargetFrameworkFamily.NetFramework, string.Join('.', text[3..].ToCharArray())),
            _ => (TargetFrameworkFamily.Unknown, string.Empty),
        };
        return Version.TryParse(digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0", out var version)
            ? new TargetFramework(text, family, version)
            : null;
    }

    /// <summary>The symbols the SDK defines for the framework (NET, NET10_0, NET5_0_OR_GREATER …).</summary>
    public IReadOnlyList<string> PreprocessorSymbols()
    {
        var symbols = new List<string>();
        switch (Family)
        {
            case TargetFrameworkFamily.NetCore:
                symbols.Add("NETCOREAPP");
                symbols.Add(Version.Major >= 5 ? $"NET{Version.Major}_{Version.Minor}" : $"NETCOREAPP{Version.Major}_{Version.Minor}");
                if (Version.Major >= 5)
                {
                    symbols.Add("NET");
                    symbols.AddRange(Enumerable.Range(5, Version.Major - 4).Select(major => $"NET{major}_0_OR_GREATER"));
                }

                string[] coreVersions = ["1.0", "1.1", "2.0", "2.1", "2.2", "3.0", "3.1"];
                symbols.AddRange(coreVersions.Where(v => Version.Parse(v) <= Version)
                    .Select(v => $"NETCOREAPP{v.Replace('.', '_')}_OR_GREATER"));
                break;
            case TargetFrameworkFamily.NetStandard:
                symbols.Add("NETSTANDARD");
                symbols.Add($"NETSTANDARD{Version.Major}_{Version.Minor}");
                string[] standardVersions = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1"];
                symbols.AddRange(standardVersions.Where(v => Version.Parse(v) <= Version)
                    .Select(v => $"NETSTANDARD{v.Replace('.', '_')}_OR_GREATER"));
                break;
            case TargetFrameworkFamily.NetFramework:
                symbols.Add("NETFRAMEWORK");
                symbols.Add("NET" + Moniker[3..].ToUpperInvariant());
                break;
            case TargetFrameworkFamily.Unknown:
                break;
        }

        return symbols;
    }

    /// <summary>The C# version the SDK picks for the framework when the project names none.</summary>
    public LanguageVersion DefaultLanguageVersion() => (Family, Version.Major) switch
    {
        (TargetFrameworkFamily.NetCore, >= 10) => LanguageVersion.Default,
        (TargetFrameworkFamily.NetCore, 9) => LanguageVersion.CSharp13,
        (TargetFrameworkFamily.NetCore, 8) => LanguageVersion.CSharp12,
        (TargetFrameworkFamily.NetCore, 7) => LanguageVersion.CSharp11,
        (TargetFrameworkFamily.NetCore, 6) => LanguageVersion.CSharp10,
        (TargetFrameworkFamily.NetCore, 5) => LanguageVersion.CSharp9,
        (TargetFrameworkFamily.NetCore, 3) => LanguageVersion.CSharp8,
        (TargetFrameworkFamily.NetStandard, 2) when Version.Minor == 1 => LanguageVersion.CSharp8,
        _ => LanguageVersion.CSharp7_3,
    };

    /// <summary>The folder name of this framework in a reference pack (<c>ref/net10.0</c>).</summary>
    public string RefFolderName => Family == TargetFrameworkFamily.NetCore && Version.Major >= 5
        ? $"net{Version.Major}.{Version.Minor}"
        : Moniker;
}

internal enum TargetFrameworkFamily
{
    Unknown,
    NetCore,
    NetStandard,
    NetFramework,
}
