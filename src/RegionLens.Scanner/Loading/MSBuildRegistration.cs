using Microsoft.Build.Locator;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// Points this process at an installed .NET SDK's MSBuild. It must run before any method that touches
/// MSBuildWorkspace is compiled. The SDK is looked up from the tool's own folder, so a global.json in the scanned
/// tree that pins an SDK which is not installed cannot stop the scan from starting.
/// </summary>
public static class MSBuildRegistration
{
    private static readonly Lock Gate = new();
    private static string? _failure;
    private static bool _attempted;

    /// <summary>Null when MSBuild is ready; otherwise why it is not (the scan then reads C# by syntax only).</summary>
    public static string? EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered || _attempted)
            {
                return _failure;
            }

            _attempted = true;
            try
            {
                var options = new VisualStudioInstanceQueryOptions
                {
                    DiscoveryTypes = DiscoveryType.DotNetSdk,
                    WorkingDirectory = AppContext.BaseDirectory,
                };
                var newest = MSBuildLocator.QueryVisualStudioInstances(options).MaxBy(instance => instance.Version);
                if (newest is null)
                {
                    _failure = "no .NET SDK was found";
                }
                else
                {
                    MSBuildLocator.RegisterInstance(newest);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or AggregateException or ArgumentException)
            {
                _failure = e.Message;
            }

            return _failure;
        }
    }
}
