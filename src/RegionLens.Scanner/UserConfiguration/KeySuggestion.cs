namespace RegionLens.Scanner.UserConfiguration;

/// <summary>A close key for a misspelt one (<c>failureDomain</c> → <c>failureDomains</c>): the known key at the
/// smallest edit distance, if that distance is at most two. Farther guesses mislead more than they help.</summary>
internal static class KeySuggestion
{
    private const int MaxDistance = 2;

    public static string? Closest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var candidate in known)
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, case-sensitive: JSON keys are, so <c>Rules</c> is one edit from <c>rules</c>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
