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
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.LineNumber == 0)
        {
            // The refusal of a DTD carries neither a position nor a message meant for users; the user needs the line.
            var firstSentence = e.Message.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? e.Message[..(end + 1)] : e.Message;
            throw new XmlException(firstSentence, e, DoctypeLine(path), 1);
        }
    }

    /// <summary>The line of the first <c>&lt;!DOCTYPE</c>, looked for as text in the first lines only.</summary>
    private static int DoctypeLine(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path).Take(1000))
        {
            number++;
            if (line.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                return number;
            }
        }

        return 1;
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
