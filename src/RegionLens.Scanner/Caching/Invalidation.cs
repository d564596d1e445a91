namespace RegionLens.Scanner.Caching;

/// <summary>
/// Which kept document results an edit makes stale. A document's result depends on its own text, on the files it
/// read (semantic models, declarations, and the files its locations point into), on the call sites of the names it
/// looked up, on the options bindings, and on the declarations of its compilation. So with C the C# files whose
/// content changed (or that came or went):
/// <list type="bullet">
/// <item>everything is stale when any other input changed (a project file, restore output, a build file), or a file
/// in C changed its declaration shape (other files bind differently), or holds an options-binding call before or
/// after the edit (the bindings may differ);</item>
/// <item>otherwise the stale documents are C, those that read a file in C, and those that looked up a name a file
/// in C calls before or after the edit.</item>
/// </list>
/// </summary>
internal static class Invalidation
{
    /// <summary>The stale document paths, or null when every document is stale.</summary>
    public static HashSet<string>? Stale(CacheEntry old, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, FileFacts> newFacts)
    {
        var changed = old.Inputs.Keys.Union(inputs.Keys, StringComparer.Ordinal)
            .Where(path => !old.Inputs.TryGetValue(path, out var before) || !inputs.TryGetValue(path, out var after) || before != after)
            .ToList();
        var sources = old.Files.Keys.Union(newFacts.Keys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (changed.Any(path => !sources.Contains(path)))
        {
            return null;
        }

        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var before = old.Files.GetValueOrDefault(path);
            var after = newFacts.GetValueOrDefault(path);
            if (before is null || after is null || before.Shape != after.Shape || before.HasBindingCalls || after.HasBindingCalls)
            {
                return null;
            }

            called.UnionWith(before.CalledNames);
            called.UnionWith(after.CalledNames);
        }

        // Only the changed files count here, not the documents made stale by them: a result depends on files, never on
        // another document's result.
        var edited = changed.ToHashSet(StringComparer.Ordinal);
        var stale = new HashSet<string>(edited, StringComparer.Ordinal);
        stale.UnionWith(old.Documents
            .Where(d => d.ReadFiles.Any(edited.Contains) || d.LookedUpNames.Any(called.Contains))
            .Select(d => d.Path));
        return stale;
    }
}
