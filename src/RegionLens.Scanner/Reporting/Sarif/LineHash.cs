namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>
/// The <c>primaryLocationLineHash</c> that GitHub's upload-sarif action computes when a result has none: a rolling
/// hash (base 37, wrapping at 64 bits) over the first 100 characters from the start of each line, spaces and tabs
/// left out and line endings read as one <c>\n</c>, with the end of the file marked by 65535 and padded with zeros.
/// Each value is printed in hexadecimal and numbered by how often it already occurred in the file
/// (<c>hash:occurrence</c>). Writing the same value the action would compute keeps alerts matched whether or not
/// the action recomputes it.
/// </summary>
internal static class LineHash
{
    private const int BlockSize = 100;
    private const ulong Base = 37;
    private const int EndOfFile = 65535;

    // Base^BlockSize, the weight of the character that leaves the window.
    private static readonly ulong LeavingWeight = Power(Base, BlockSize);

    /// <summary>The hash of every line of <paramref name="text"/>, indexed by line number minus one.</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var state = new State();
        foreach (var c in text)
        {
            state.Read(c);
        }

        state.Read(EndOfFile);
        for (var i = 0; i < BlockSize; i++)
        {
            state.EmitIfLineStart();
            state.Push(0);
        }

        return state.Hashes;
    }

    private static ulong Power(ulong value, int exponent)
    {
        var result = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            result = unchecked(result * value);
        }

        return result;
    }

    private sealed class State
    {
        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineAt = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> _seen = [];
        private ulong _hash;
        private int _index;
        private int _line;
        private bool _atLineStart = true;
        private bool _afterCarriageReturn;

        public List<string> Hashes { get; } = [];

        public void Read(int c)
        {
            // A \n right after a \r belongs to the same line ending; spaces and tabs never count.
            if (c is ' ' or '\t' || (_afterCarriageReturn && c == '\n'))
            {
                _afterCarriageReturn = false;
                return;
            }

            _afterCarriageReturn = c == '\r';
            if (c == '\r')
            {
                c = '\n';
            }

            EmitIfLineStart();
            if (_atLineStart)
            {
                _atLineStart = false;
                _line++;
                _lineAt[_index] = _line;
            }

            _atLineStart = c == '\n';
            Push(c);
        }

        /// <summary>When the slot about to be overwritten started a line, the window now holds that line's
        /// 100 characters: its hash is complete.</summary>
        public void EmitIfLineStart()
        {
            if (_lineAt[_index] == -1)
            {
                return;
            }

            var occurrence = _seen.GetValueOrDefault(_hash) + 1;
            _seen[_hash] = occurrence;
            // Lines are emitted in order, so the list index is the line number minus one.
            Hashes.Add(_hash.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ":" +
                occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _lineAt[_index] = -1;
        }

        public void Push(int c)
        {
            var leaving = _window[_index];
            _window[_index] = c;
            _hash = unchecked((Base * _hash) + (ulong)c - (LeavingWeight * (ulong)leaving));
            _index = (_index + 1) % BlockSize;
        }
    }
}
