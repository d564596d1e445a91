#!/usr/bin/env python3
"""Writes a synthetic solution for measuring a scan: PROJECTS class libraries and one service, each library with
FILES C# files that mix ordinary code with the surfaces RegionLens follows (constants, parameters, configuration,
URIs). The projects reference no packages, so no restore is needed and SDK names are recognised by syntax."""
import pathlib
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "bench/generated/Synthetic")
projects = int(sys.argv[2]) if len(sys.argv) > 2 else 40
files = int(sys.argv[3]) if len(sys.argv) > 3 else 25

(out / "src").mkdir(parents=True, exist_ok=True)
(out / "Directory.Build.props").write_text("<Project />\n")
(out / "Directory.Packages.props").write_text(
    "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n")
entries = []
for p in range(projects):
    name = f"Lib{p:03}"
    folder = out / "src" / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.csproj").write_text(
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework>'
        "<Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>\n")
    entries.append(f"src/{name}/{name}.csproj")
    for f in range(files):
        (folder / f"Service{f:03}.cs").write_text(f"""namespace {name};

public sealed class Service{f:03}
{{
    private const string Region = "{'us-east-1' if (p + f) % 3 else 'eu-west-1'}";
    private static readonly string Host = "api{f}.example.net";
    private readonly Dictionary<string, int> _counts = new();

    public Uri Endpoint(string path) => new Uri($"https://{{Host}}/{{path}}");

    public object Client() => Regional(Region);

    private static object Regional(string region) => Amazon.RegionEndpoint.GetBySystemName(region);

    public int Count(string key)
    {{
        var total = 0;
        foreach (var pair in _counts)
        {{
            if (pair.Key.StartsWith(key, StringComparison.Ordinal))
            {{
                total += pair.Value;
            }}
        }}

        return total;
    }}

    public string Describe() => string.Format("{{0}} items in {{1}}", Count(""), nameof(Service{f:03}));
}}
""")

service = out / "src" / "Service"
service.mkdir(parents=True, exist_ok=True)
references = "".join(f'<ProjectReference Include="../{e.split("/")[1]}/{e.split("/")[1]}.csproj" />' for e in entries)
(service / "Service.csproj").write_text(
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>'
    f"<Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup><ItemGroup>{references}</ItemGroup></Project>\n")
(service / "Program.cs").write_text('Console.WriteLine(new Uri("https://dynamodb.us-east-1.amazonaws.com"));\n')
entries.append("src/Service/Service.csproj")
(out / "Synthetic.slnx").write_text(
    "<Solution>\n" + "".join(f'  <Project Path="{e}" />\n' for e in entries) + "</Solution>\n")
print(f"{out}: {projects + 1} projects, {projects * files + 1} C# files")
