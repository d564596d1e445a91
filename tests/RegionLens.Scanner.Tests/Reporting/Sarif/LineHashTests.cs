using System.Globalization;
using System.Numerics;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Tests.Reporting.Sarif;

/// <summary>GitHub's line hash, checked against the definition rather than the rolling computation: the hash of a line
/// is Σ c[i]·37^(99−i) mod 2^64 over the 100 characters from the line's start (spaces and tabs dropped, line ends
/// as \n, then 65535 for the end of the file and zeros).</summary>
public sealed class LineHashTests
{
    [Fact]
    public void ASmallFileHashesToTheValuesOfTheDefinition()
    {
        var hashes = LineHash.Compute("a b\r\n\tc\n");

        // Line 1 reads "ab\nc\n" then the end of the file; line 2 "c\n" then the end. As in the upload action, the
        // end-of-file mark after the last line ending starts a line of its own.
        Assert.Equal([Definition("ab\nc\n") + ":1", Definition("c\n") + ":1", Definition(string.Empty) + ":1"], hashes);
    }

    [Fact]
    public void IdenticalWindowsCountUp()
    {
        // Each line sees 100 characters of "y" (spaces dropped), so every line's window is the same text.
        var line = new string('y', 100) + "\n";
        var hashes = LineHash.Compute(line + line + line);

        Assert.Equal(["1", "2", "3"], hashes.Take(3).Select(h => h.Split(':')[1]));
        Assert.Single(hashes.Take(3).Select(h => h.Split(':')[0]).Distinct());
    }

    [Fact]
    public void TheKnownValueOfAOneLetterFile()
    {
        // 97·37^99 + 10·37^98 + 65535·37^97 mod 2^64, worked out once with arbitrary precision.
        Assert.Equal(Definition("a\n") + ":1", LineHash.Compute("a\n")[0]);
        Assert.Equal("243cbaa4685aab12", Definition("a\n"));
    }

    private static string Definition(string text)
    {
        var codes = text.Select(c => (int)c).Append(65535).Concat(Enumerable.Repeat(0, 100)).Take(100).ToArray();
        var sum = BigInteger.Zero;
        for (var i = 0; i < 100; i++)
        {
            sum += codes[i] * BigInteger.Pow(37, 99 - i);
        }

        return ((ulong)(sum % BigInteger.Pow(2, 64))).ToString("x", CultureInfo.InvariantCulture);
    }
}
