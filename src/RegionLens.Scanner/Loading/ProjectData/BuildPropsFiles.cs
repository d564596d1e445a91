using System.Xml.Linq;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// The <c>Directory.Build.props</c> files whose plain properties apply to a project. MSBuild imports the nearest one
/// above the project; that one may import the next one up (the usual <c>GetPathOfFileAbove</c> line), which is
/// recognised as text and followed, never evaluated. The walk stops at the scan root: files outside the tree the
/// user asked to scan are not read.
/// </summary>
internal static class BuildPropsFiles
{
    private const string FileName = "Directory.Build.props";

    /// <summary>The documents, outermost first, so that nearer files override.</summary>
    public static IReadOnlyList<XDocument> For(string projectFolder, string scanRoot)
    {
        var found = new List<XDocument>();
        var folder = NearestWith(projectFolder, scanRoot);
        while (folder is not null)
        {
            var document = SafeXml.TryLoad(Path.Combine(folder, FileName));
            if (document is null)
            {
                break;
            }

            found.Add(document);
            folder = ImportsTheOneAbove(document) ? NearestWith(Path.GetDirectoryName(folder), scanRoot) : null;
        }

        found.Reverse();
        return found;
    }

    private static string? NearestWith(string? folder, string scanRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(scanRoot);
        while (folder is not null && IsWithin(folder, root))
        {
            if (File.Exists(Path.Combine(folder, FileName)))
            {
                return folder;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    private static bool IsWithin(string folder, string root) =>
        string.Equals(folder, root, StringComparison.Ordinal) || folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool ImportsTheOneAbove(XDocument document) =>
        document.Root?.Elements().Any(e => e.Name.LocalName == "Import"
            && (e.Attribute("Project")?.Value ?? string.Empty).Contains(FileName, StringComparison.OrdinalIgnoreCase)) ?? false;
}
