using System;

namespace RegionLens.Core.Classification;

/// <summary>
/// How long one match of a regular expression over repository text may run. Patterns that backtrack can take
/// exponential time on text made for them; with this budget such a match throws
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, which the scan reports for the file
/// instead of hanging. A real value matches in microseconds.
/// </summary>
public static class RegexBudget
{
    public const int Milliseconds = 1000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(Milliseconds);

    /// <summary>The notification for a file whose text ran a pattern past its budget.</summary>
    public const string TimedOut = "not read: a pattern took longer than its time limit on this file's text";
}
