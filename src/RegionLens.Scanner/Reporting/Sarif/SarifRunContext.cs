using System.Text.Json;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>
/// Where the run's paths start and what it scanned: the git checkout when there is one, the <c>%SRCROOT%</c> base
/// (the scan root, described, not given: an absolute path would differ between machines), and an automation id from
/// the scan root's folder name so that code scanning keeps one category per scanned folder.
/// When the scan root is a folder inside the checkout, <c>%SRCROOT%</c> is given relative to <c>REPO_ROOT</c>, the
/// checkout's top, which <c>versionControlProvenance.mappedTo</c> names: a SARIF consumer can then find every file in
/// the repository. GitHub code scanning does not read <c>originalUriBaseIds</c> and takes every relative URI from the
/// repository's top, so for it (<see cref="ReportOptions.GitHub"/>) the URIs themselves start at <c>REPO_ROOT</c>.
/// </summary>
internal sealed class SarifRunContext
{
    public const string RepositoryRoot = "REPO_ROOT";

    private readonly string _root;
    private readonly GitProvenance? _git;

    public SarifRunContext(string root, ReportOptions options)
    {
        _root = root;
        _git = GitProvenance.Find(root);
        Options = options;
        Locations = options.GitHub && _git is { IsRoot: false } nested
            ? new SarifLocations(new SourceFiles(root), RepositoryRoot, nested.PathFromTop)
            : new SarifLocations(new SourceFiles(root), SarifNames.SourceRoot, string.Empty);
    }

    public ReportOptions Options { get; }

    public SarifLocations Locations { get; }

    public void Write(Utf8JsonWriter json)
    {
        if (_git is { } git)
        {
            WriteProvenance(json, git);
        }

        json.WriteStartObject("originalUriBaseIds");
        if (_git is { IsRoot: false } nested)
        {
            WriteBase(json, RepositoryRoot, null, "The top folder of the repository that holds the scanned folder.");
            WriteBase(json, SarifNames.SourceRoot, nested.PathFromTop, "The scanned folder; result paths are relative to it.");
        }
        else
        {
            WriteBase(json, SarifNames.SourceRoot, null, "The scanned folder; result paths are relative to it.");
        }

        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", "regionlens/" + Path.GetFileName(Path.TrimEndingDirectorySeparator(_root)) + "/");
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
    }

    private static void WriteProvenance(Utf8JsonWriter json, GitProvenance git)
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

        json.WriteStartObject("mappedTo");
        json.WriteString("uriBaseId", git.IsRoot ? SarifNames.SourceRoot : RepositoryRoot);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteBase(Utf8JsonWriter json, string id, string? relativeToRepositoryRoot, string description)
    {
        json.WriteStartObject(id);
        if (relativeToRepositoryRoot is not null)
        {
            json.WriteString("uri", relativeToRepositoryRoot);
            json.WriteString("uriBaseId", RepositoryRoot);
        }

        json.WriteStartObject("description");
        json.WriteString("text", description);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
