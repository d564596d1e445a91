using System.Text.RegularExpressions;
using RegionLens.Core.Classification;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Scanning;

/// <summary>Runs a reader on one configuration or infrastructure file: a parse error or an unreadable file is a warning
/// naming the file (and line), and an exception no reader should throw is an error asking for a report; the scan goes
/// on either way.</summary>
internal static class GuardedRead
{
    public static void Run(Notifications notifications, string path, Action read)
    {
        try
        {
            read();
        }
        catch (ConfigParseException e)
        {
            notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", path, e.Line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", path);
        }
        catch (RegexMatchTimeoutException)
        {
            notifications.Add(NotificationLevel.Warning, RegexBudget.TimedOut, path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            notifications.Add(NotificationLevel.Error, InternalError.Message(e), path);
        }
    }
}
