namespace RegionLens.Fuzz;

/// <summary>
/// A small deterministic mutator for the smoke run: the same seed corpus and the same <see cref="Random"/> seed give
/// the same inputs on every machine, so a smoke failure reproduces. It is no replacement for a coverage-guided
/// fuzzer; it shakes each reader with the edits that break parsers most often.
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, int seed)
{
    private const int MaxLength = 16 * 1024;

    // Bytes that mean something to at least one of the readers: quotes, brackets, separators, escapes, YAML
    // indicators, HCL template markers, a multi-byte UTF-8 lead and a lone continuation byte.
    private static readonly byte[] Interesting = "\"'`{}[]()<>:;,=#/\\*&!|%$@?-.\n\r\t \0"u8.ToArray().Concat(new byte[] { 0xC3, 0x80, 0xFF, 0xEF }).ToArray();

    private static readonly byte[][] Tokens =
    [
        "${"u8.ToArray(), "%{"u8.ToArray(), "<<EOT\n"u8.ToArray(), "\nEOT\n"u8.ToArray(), "&a "u8.ToArray(), "*a"u8.ToArray(),
        "<<: *a\n"u8.ToArray(), "---\n"u8.ToArray(), "'''"u8.ToArray(), "[concat("u8.ToArray(), "\\u00"u8.ToArray(),
        "<![CDATA["u8.ToArray(), "<!DOCTYPE x>"u8.ToArray(), "/*"u8.ToArray(), "*/"u8.ToArray(), "//"u8.ToArray(),
        "[::1]:"u8.ToArray(), "://"u8.ToArray(), "Server="u8.ToArray(), ";"u8.ToArray(), "regionlens-disable"u8.ToArray(),
        "us-east-1"u8.ToArray(), "xn--"u8.ToArray(), "99999999999999999999"u8.ToArray(), "-1"u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var input = seeds.Count == 0 ? [] : seeds[_random.Next(seeds.Count)];
        var edits = 1 + _random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            input = Mutate(input);
        }

        return input.Length > MaxLength ? input[..MaxLength] : input;
    }

    private byte[] Mutate(byte[] input)
    {
        var list = new List<byte>(input);
        switch (_random.Next(input.Length == 0 ? 2 : 9))
        {
            case 0:
                list.Insert(_random.Next(list.Count + 1), Interesting[_random.Next(Interesting.Length)]);
                break;
            case 1:
                list.InsertRange(_random.Next(list.Count + 1), Tokens[_random.Next(Tokens.Length)]);
                break;
            case 2:
                var bit = _random.Next(list.Count * 8);
                list[bit / 8] ^= (byte)(1 << (bit % 8));
                break;
            case 3:
                list[_random.Next(list.Count)] = Interesting[_random.Next(Interesting.Length)];
                break;
            case 4:
                var at = _random.Next(list.Count);
                list.RemoveRange(at, Math.Min(list.Count - at, 1 + _random.Next(16)));
                break;
            case 5:
                // Repeat a chunk: deep nesting and long runs are where recursion and quadratic work show.
                var start = _random.Next(list.Count);
                var chunk = list.GetRange(start, Math.Min(list.Count - start, 1 + _random.Next(32)));
                var times = 1 + _random.Next(_random.Next(2) == 0 ? 4 : 200);
                for (var t = 0; t < times && list.Count < MaxLength; t++)
                {
                    list.InsertRange(start, chunk);
                }

                break;
            case 6:
                // Splice: the head of this input and the tail of another seed.
                var other = seeds[_random.Next(seeds.Count)];
                var cut = _random.Next(list.Count + 1);
                var from = other.Length == 0 ? 0 : _random.Next(other.Length);
                list.RemoveRange(cut, list.Count - cut);
                list.AddRange(other.Skip(from));
                break;
            case 7:
                // Truncate: a file cut short is the commonest bad input.
                var keep = _random.Next(list.Count);
                list.RemoveRange(keep, list.Count - keep);
                break;
            default:
                // Swap two chunks' order by moving a piece elsewhere.
                var a = _random.Next(list.Count);
                var length = Math.Min(list.Count - a, 1 + _random.Next(24));
                var piece = list.GetRange(a, length);
                list.RemoveRange(a, length);
                list.InsertRange(_random.Next(list.Count + 1), piece);
                break;
        }

        return [.. list];
    }
}
