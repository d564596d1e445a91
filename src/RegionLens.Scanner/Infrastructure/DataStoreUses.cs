using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>A data store an infrastructure file creates, and the places in code and configuration that name it.</summary>
public sealed record DataStoreUse(DataStoreDeclaration Store, IReadOnlyList<SourceLocation> Uses);

/// <summary>
/// Finds where the code uses a store the infrastructure creates, by its physical name (a table, bucket, queue or
/// account name): a C# string literal that is exactly the name, or a configuration value that is. A name with parts
/// only known at deploy time (<c>orders-{var.env}</c>) cannot be matched and is left out rather than guessed.
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

        var names = stores.Select(s => s.Name!.Text).ToHashSet(StringComparer.Ordinal);
        var found = names.ToDictionary(n => n, _ => new List<SourceLocation>(), StringComparer.Ordinal);
        foreach (var project in projects)
        {
            foreach (var tree in project.SourceTrees)
            {
                foreach (var token in tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)))
                {
                    if (found.TryGetValue(token.ValueText, out var uses))
                    {
                        var line = token.GetLocation().GetLineSpan().StartLinePosition;
                        uses.Add(new SourceLocation(tree.FilePath, line.Line + 1, line.Character + 1));
                    }
                }
            }

            foreach (var entry in configurationOf(project.FilePath).SelectMany(f => f.Entries))
            {
                if (found.TryGetValue(entry.Value, out var uses))
                {
                    uses.Add(entry.Location);
                }
            }
        }

        return [.. stores
            .Select(s => new DataStoreUse(s, [.. found[s.Name!.Text].Distinct().Order()]))
            .Where(u => u.Uses.Count > 0)];
    }
}
