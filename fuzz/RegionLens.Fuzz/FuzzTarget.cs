using System.Text.RegularExpressions;
using RegionLens.Scanner.Discovery;

namespace RegionLens.Fuzz;

/// <summary>
/// One reader of repository text under fuzzing. <see cref="Run"/> takes the raw bytes of a file, decodes them the way
/// the scanner does, and runs the reader end to end (parse and extract facts). An exception the scanner turns into a
/// notification for bad input (<see cref="Expected"/>) is a normal outcome; any other exception escapes, and is a crash.
/// </summary>
/// <param name="Name">The name used on the command line and for the corpus and regression folders.</param>
/// <param name="EntryPoint">What is called, for bench/FUZZ.md.</param>
/// <param name="Expected">The exception types the scanner catches from this reader and reports as a notification.</param>
public sealed record FuzzTarget(string Name, string EntryPoint, IReadOnlyList<Type> Expected, Action<FuzzInput> Body)
{
    /// <summary>Runs the target on one input; only an unexpected exception escapes.</summary>
    public void Run(byte[] bytes, FuzzWorkspace workspace)
    {
        try
        {
            Body(new FuzzInput(bytes, workspace));
        }
        catch (Exception e) when (IsExpected(e))
        {
            // Bad input, reported by the scanner as "could not parse" (or a regex budget note): not a bug.
        }
    }

    /// <summary>An expected type matches its subclasses too, except <see cref="ArgumentException"/>: a caller that catches
    /// it means a bad argument such as a path, and its subclasses (out of range, null) are the defects fuzzing looks for.</summary>
    public bool IsExpected(Exception e) =>
        e is RegexMatchTimeoutException
        || Expected.Any(type => type == typeof(ArgumentException) ? e.GetType() == type : type.IsInstanceOfType(e));
}

/// <summary>One input: its bytes, their text as discovery decodes it, and a way to put them in a file of a given
/// name for the readers that open a path (as the scanner's readers do).</summary>
public sealed class FuzzInput(byte[] bytes, FuzzWorkspace workspace)
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>
    /// The text discovery would hand the readers, or null when discovery skips the file: empty (not a regular file
    /// to <see cref="ReadableFile"/>), binary, or not UTF-8/UTF-16. A target returns at once on null, as the scan does.
    /// </summary>
    public string? Text { get; } = bytes.Length == 0 ? null : TextDecoding.Decode(bytes);

    /// <summary>Writes the bytes to <paramref name="name"/> in the workspace and returns its absolute path.</summary>
    public string File(string name) => workspace.Write(name, Bytes);
}

/// <summary>A private temporary folder the file-reading targets write their input into; one per fuzzing process.</summary>
public sealed class FuzzWorkspace : IDisposable
{
    public FuzzWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "regionlens-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
