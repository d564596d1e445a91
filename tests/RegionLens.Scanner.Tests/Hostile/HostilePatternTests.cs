using System.Diagnostics;
using RegionLens.Core.Redaction;
using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>Text made to send a backtracking regular expression into exponential time is matched in bounded time.</summary>
public sealed class HostilePatternTests
{
    [Fact]
    public void AGitIgnorePatternBuiltToBacktrackMatchesInLinearTime()
    {
        var rules = new GitIgnore([string.Concat(Enumerable.Repeat("*a", 30)) + "b"]);
        var clock = Stopwatch.StartNew();

        var decision = rules.Decides(new string('a', 5_000), isFolder: false);

        Assert.Null(decision);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AGitIgnorePatternTooLargeForTheLinearMatcherIsDroppedAndTheOthersStillApply()
    {
        // Found while fuzzing the .gitignore reader: a thousand wildcards made the Regex constructor throw
        // NotSupportedException, which ended the scan.
        var rules = new GitIgnore(["bin/", string.Concat(Enumerable.Repeat("a*", 1_000)), "!" + string.Concat(Enumerable.Repeat("x?", 1_500))]);

        Assert.True(rules.Decides("bin", isFolder: true));
        Assert.Null(rules.Decides("aaaa", isFolder: false));
    }

    [Fact]
    public void RedactingALongValueWithManySeparatorsEndsQuickly()
    {
        var value = "a://" + string.Concat(Enumerable.Repeat("x:", 50_000)) + "!";
        var clock = Stopwatch.StartNew();

        var redacted = SecretRedactor.Redact(value);

        Assert.NotNull(redacted);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
