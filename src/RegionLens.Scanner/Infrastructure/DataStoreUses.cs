using System.Buffers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>A data store an infrastructure file creates, and the places in code and configuration that name it, in
/// order; <see cref="Projects"/> groups them by the project (file path) whose code or configuration they are in.</summary>
public sealed record DataStoreUse(DataStoreDeclaration Store, IReadOnlyList<SourceLocation> Uses, IReadOnlyList<ProjectUse> Projects);

/// <summary>Where one project names a data store.</summary>
public sealed record ProjectUse(string Project, IReadOnlyList<SourceLocation> Locations);

/// <summary>
/// Finds where the code uses a store the infrastructure creates, by its physical name (a table, bucket, queue or
/// account name): a C# string literal or a configuration value that is the name, an ARN ending in it
/// (<c>…:table/orders</c>, <c>arn:aws:s3:::orders</c>) or a URL or host that starts with it
/// (<c>https://orders.documents.azure.com</c>). A name with parts only known at deploy time (<c>orders-{var.env}</c>)
/// cannot be matched and is left out rather than guessed.
/// </summary>
internal static class DataStoreUses
{
    // Shorter names ("id", "data") are too common as literals to say that code uses a store of that name.
    private const int MinNameLength = 4;

    public static IReadOnlyList<DataStoreUse> Find(
        IReadOnlyList<OwnedFacts> facts, IReadOnlyList<LoadedProject> projects, Func<string, IReadOnlyList<ConfigFile>> configurationOf)
    {
        var stores = facts.SelectMany(f => f.Facts.DataStores)
            .Where(s => s.Name is { IsResolved: true, Text.Length: >= MinNameLength })
            .ToList();
        if (stores.Count == 0)
        {
            return [];
        }

        var found = stores.Select(s => s.Name!.Text).Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, _ => new List<(string Project, SourceLocation Location)>(), StringComparer.Ordinal);
        // Whether a file's text can hold a literal that names one of the stores: walking every token of every tree
        // costs more than the rest of this step, and most files name no store. A literal's value equals its source
        // text unless it has escape sequences, so a file with a backslash is always walked. One multi-string search
        // per file, however many stores the infrastructure declares.
        var anyName = SearchValues.Create([.. found.Keys, "\\"], StringComparison.Ordinal);
        var current = string.Empty;
        void Match(string text, Func<SourceLocation> location)
        {
            foreach (var (name, uses) in found)
            {
                if (Names(text, name))
                {
                    uses.Add((current, location()));
                }
            }
        }

        foreach (var project in projects)
        {
            current = project.FilePath;
            foreach (var tree in SourceTextFilter.Where(project.SourceTrees, text => text.AsSpan().ContainsAny(anyName)))
            {
                foreach (var token in tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)))
                {
                    Match(token.ValueText, () =>
                    {
                        var line = token.GetLocation().GetLineSpan().StartLinePosition;
                        return new SourceLocation(tree.FilePath, line.Line + 1, line.Character + 1);
                    });
                }
            }

            foreach (var entry in configurationOf(project.FilePath).SelectMany(f => f.Entries))
            {
                Match(entry.Value, () => entry.Location);
            }
        }

        return [.. stores
            .Select(s => Use(s, found[s.Name!.Text]))
            .Where(u => u.Uses.Count > 0)];
    }

    private static DataStoreUse Use(DataStoreDeclaration store, List<(string Project, SourceLocation Location)> uses) =>
        new(store,
            [.. uses.Select(u => u.Location).Distinct().Order()],
            [.. uses.GroupBy(u => u.Project, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ProjectUse(g.Key, [.. g.Select(u => u.Location).Distinct().Order()]))]);

    private static bool Names(string text, string name) =>
        text.Length >= name.Length
        && (string.Equals(text, name, StringComparison.Ordinal)
            || text.EndsWith(":table/" + name, StringComparison.Ordinal)
            || text.EndsWith(":::" + name, StringComparison.Ordinal)
            || text.EndsWith(":" + name, StringComparison.Ordinal) && text.StartsWith("arn:", StringComparison.Ordinal)
            || text.StartsWith(name + ".", StringComparison.Ordinal)
            || text.Contains("://" + name + ".", StringComparison.Ordinal));
}
