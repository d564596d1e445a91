namespace RegionLens.Scanner.Tests.Reporting;

/// <summary>One <c>## heading</c> of a Markdown document and the text under it, up to the next one.</summary>
internal sealed record MarkdownSection(string Heading, string Body)
{
    private const string Marker = "## ";
    private const string Fence = "```";

    /// <summary>The level-two sections of <paramref name="document"/> in order. A <c>## </c> line inside a code fence is
    /// code (a shell or YAML comment), not a heading.</summary>
    public static IReadOnlyList<MarkdownSection> Of(string document)
    {
        var sections = new List<MarkdownSection>();
        string? heading = null;
        var body = new List<string>();
        var inFence = false;
        foreach (var line in document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith(Fence, StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith(Marker, StringComparison.Ordinal))
            {
                Add(sections, heading, body);
                heading = line[Marker.Length..].Trim();
                body.Clear();
            }
            else
            {
                body.Add(line);
            }
        }

        Add(sections, heading, body);
        return sections;
    }

    private static void Add(List<MarkdownSection> sections, string? heading, List<string> body)
    {
        if (heading is not null)
        {
            sections.Add(new MarkdownSection(heading, string.Join('\n', body).Trim()));
        }
    }
}
