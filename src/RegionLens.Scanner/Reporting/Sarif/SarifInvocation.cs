using System.Text.Json;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>The one invocation: it succeeded (problems the scan went past are notifications, not a failure), with
/// the start and end times when asked for, every notification and, when results were left out for GitHub's limits, a
/// notification that says so.</summary>
internal static class SarifInvocation
{
    public static void Write(Utf8JsonWriter json, SarifLocations locations, IReadOnlyList<Notification> notifications, int omitted, ScanTimes? times)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        if (times is not null)
        {
            json.WriteString("startTimeUtc", ScanTimes.Format(times.Start));
            json.WriteString("endTimeUtc", ScanTimes.Format(times.End));
        }

        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var notification in notifications)
        {
            WriteNotification(json, locations, notification);
        }

        if (omitted > 0)
        {
            WriteNotification(json, locations, new Notification(
                NotificationLevel.Warning,
                $"{SarifText.Number(omitted)} results were left out, the lowest levels first: GitHub code scanning accepts at most 25000 results and 10 MB compressed in one run"));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, SarifLocations locations, Notification notification)
    {
        json.WriteStartObject();
        json.WriteString("level", SarifNames.Level(notification.Level));
        json.WriteStartObject("message");
        json.WriteString("text", SarifText.Sentence(notification.Message));
        json.WriteEndObject();
        if (notification.Path is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            locations.WritePhysical(json, path, notification.Line, column: null);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
