namespace RegionLens.Cli.Tests;

/// <summary>Edits to a copied tree that a test makes between two scans.</summary>
internal static class FileEdit
{
    /// <summary>Inserts <paramref name="text"/> as line <paramref name="line"/> (1-based), moving that line and the rest down.</summary>
    public static void InsertLine(string path, int line, string text)
    {
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines.Insert(line - 1, text);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    /// <summary>Replaces the one occurrence of <paramref name="from"/>.</summary>
    public static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split(from).Length - 1);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
