using System.Xml;
using System.Xml.Linq;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// Reads XML from the scanned tree as plain data: a DTD is refused outright and no resolver is set, so a file can
/// neither expand entities ("billion laughs") nor make the scan open another file or a URL.
/// </summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
    };

    /// <exception cref="XmlException">The file is not well-formed XML or declares a DTD; its line is in the exception.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, Settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    /// <summary>The document, or null when it cannot be read or is not safe, well-formed XML.</summary>
    public static XDocument? TryLoad(string path)
    {
        try
        {
            return Load(path);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
