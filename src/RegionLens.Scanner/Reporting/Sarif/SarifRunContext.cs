using System.Text.Json;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>Where the run's paths start and what it scanned: the git checkout when there is one, the
/// <c>%SRCROOT%</c> base (described, not given: an absolute path would differ between machines), and an automation
/// id from the scan root's folder name so that code scanning keeps one category per scanned folder.</summary>
internal static class SarifRunContext
{
    public static void Write(Utf8JsonWriter json, string root)
    {
        if (GitProvenance.Find(root) is { } git)
        {
            json.WriteStartArray("versionControlProvenance");
            json.WriteStartObject();
            json.WriteString("repositoryUri", git.RepositoryUri);
            if (git.RevisionId is { } revision)
            {
                json.WriteString("revisionId", revision);
            }

            if (git.Branch is { } branch)
            {
                json.WriteString("branch", branch);
            }

            if (git.IsRoot)
            {
                json.WriteStartObject("mappedTo");
                json.WriteString("uriBaseId", SarifNames.SourceRoot);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SarifNames.SourceRoot);
        json.WriteStartObject("description");
        json.WriteString("text", "The scanned folder; result paths are relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", "regionlens/" + Path.GetFileName(Path.TrimEndingDirectorySeparator(root)) + "/");
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
    }
}
