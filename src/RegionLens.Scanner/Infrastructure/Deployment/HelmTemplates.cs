using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// Helm templates (<c>templates/*.yaml</c> with <c>{{ … }}</c> actions) are Go templates, not YAML: what they state is
/// only known once rendered with values. The deployment readers give no facts for them instead of failing; the caller
/// reports <see cref="Note"/> so the user knows the file was not read. The rule matches
/// <see cref="Discovery.FileKinds"/>' <c>HelmTemplate</c> kind.
/// </summary>
public static class HelmTemplates
{
    public static bool IsTemplate(string path, string text) =>
        path.Replace('\\', '/').Contains("/templates/", StringComparison.Ordinal)
        && text.Contains("{{", StringComparison.Ordinal);

    public static Notification Note(string path) =>
        new(NotificationLevel.Note, "Helm template not read: its values are only known once the chart is rendered (values.yaml is read)", path);
}
