using System.Text;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests.Golden;

/// <summary>
/// Compares an output with its committed expected file, <c>tests/RegionLens.Cli.Tests/Snapshots/NAME.EXT</c>, byte
/// for byte. A missing or different file fails the test and writes the actual output to <c>NAME.received.EXT</c>
/// (git-ignored) to inspect and copy. Nothing is ever created or accepted silently: a developer opts in with
/// <c>REGIONLENS_ACCEPT_SNAPSHOTS=1</c> to overwrite the expected files, and that is refused when <c>CI</c> is set,
/// so a build server can only check snapshots, never write them.
/// </summary>
internal static class GoldenFile
{
    public const string AcceptVariable = "REGIONLENS_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "RegionLens.Cli.Tests", "Snapshots");

    public static void Verify(string name, string extension, string actual) =>
        Verify(Folder, name, extension, actual, Environment.GetEnvironmentVariable);

    /// <summary>The check itself, with the folder and the environment as parameters so that it can be tested without
    /// touching the committed snapshots or this process's environment.</summary>
    internal static void Verify(string folder, string name, string extension, string actual, Func<string, string?> environment)
    {
        var expectedPath = Path.Combine(folder, $"{name}.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var actualBytes = Utf8NoBom.GetBytes(actual);
        var expectedBytes = File.Exists(expectedPath) ? File.ReadAllBytes(expectedPath) : null;
        if (expectedBytes is not null && expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(receivedPath);
            return;
        }

        var accept = environment(AcceptVariable) == "1";
        var ci = !string.IsNullOrEmpty(environment("CI"));
        if (accept && !ci)
        {
            File.WriteAllBytes(expectedPath, actualBytes);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actualBytes);
        var refusal = accept ? $"{AcceptVariable} is ignored because CI is set: snapshots are accepted only on a developer's machine. " : string.Empty;
        Assert.Fail(refusal + (expectedBytes is null
            ? $"No snapshot {expectedPath}; the output is in {receivedPath}. Review it, then rename it, or run with {AcceptVariable}=1."
            : $"{expectedPath} differs from the output ({FirstDifference(expectedBytes, actual)}); the output is in {receivedPath}. "
                + $"Review the difference, then copy it over the snapshot, or run with {AcceptVariable}=1."));
    }

    private static string FirstDifference(byte[] expectedBytes, string actual)
    {
        var expected = Utf8NoBom.GetString(expectedBytes).Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            var want = i < expected.Length ? expected[i] : "<end of file>";
            var got = i < lines.Length ? lines[i] : "<end of file>";
            if (want != got)
            {
                return $"line {i + 1}: expected \"{want}\", actual \"{got}\"";
            }
        }

        return "same text, different bytes";
    }
}
