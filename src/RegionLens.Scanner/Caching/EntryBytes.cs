using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// The binary layout under <see cref="EntryCodec"/>: a header (magic, format, body length, checksum of the body), then
/// the body: a table of every distinct string, then the values, each string as its place in the table (0 for null),
/// counts and small numbers as 7-bit variable-length integers. Paths repeat in every part of an entry, so the table
/// makes the file smaller and reading it allocates each string once.
/// </summary>
internal static class EntryBytes
{
    /// <summary>"RLCACHE" and a version byte of the framing itself.</summary>
    public static ReadOnlySpan<byte> Magic => "RLCACHE\u0001"u8;

    /// <summary>Magic, format (int32), body length (int32), checksum (uint64).</summary>
    public const int HeaderLength = 8 + 4 + 4 + 8;

    /// <summary>FNV-1a over 64-bit words with a shift to mix high bits down: not a defence against anyone, only a way
    /// to make a damaged entry (a torn disk write, a flipped bit) a miss, at well under a millisecond a megabyte.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
            hash ^= hash >> 29;
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * Prime;
        }

        return hash ^ (ulong)bytes.Length;
    }
}

/// <summary>Writes an entry's values; <see cref="ToArray"/> puts the header and the string table in front.</summary>
internal sealed class EntryWriter
{
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];
    private readonly MemoryStream _values = new(1 << 20);
    private readonly BinaryWriter _writer;

    public EntryWriter() => _writer = new BinaryWriter(_values, Encoding.UTF8, leaveOpen: true);

    public void Count(int count) => _writer.Write7BitEncodedInt(count);

    /// <summary>Line and column numbers: small, never negative in practice, but written so that any int round-trips.</summary>
    public void Number(int value) => _writer.Write7BitEncodedInt((value << 1) ^ (value >> 31));

    public void Long(long value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Enum(Enum value) => Number(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    public void String(string? value)
    {
        if (value is null)
        {
            Count(0);
            return;
        }

        if (!_places.TryGetValue(value, out var place))
        {
            _table.Add(value);
            place = _table.Count;
            _places.Add(value, place);
        }

        Count(place);
    }

    public void Strings(IReadOnlyCollection<string> values)
    {
        Count(values.Count);
        foreach (var value in values)
        {
            String(value);
        }
    }

    public void List<T>(IReadOnlyCollection<T> items, Action<EntryWriter, T> write)
    {
        Count(items.Count);
        foreach (var item in items)
        {
            write(this, item);
        }
    }

    public byte[] ToArray(int format)
    {
        _writer.Flush();
        using var body = new MemoryStream((int)_values.Length + (_table.Count * 48));
        using (var tableWriter = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            tableWriter.Write7BitEncodedInt(_table.Count);
            foreach (var value in _table)
            {
                tableWriter.Write(value);
            }
        }

        _values.Position = 0;
        _values.CopyTo(body);
        var bodyBytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var result = new byte[EntryBytes.HeaderLength + bodyBytes.Length];
        EntryBytes.Magic.CopyTo(result);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(8), format);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(12), bodyBytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(16), EntryBytes.Checksum(bodyBytes));
        bodyBytes.CopyTo(result.AsSpan(EntryBytes.HeaderLength));
        return result;
    }
}

/// <summary>Reads what <see cref="EntryWriter"/> wrote. Anything out of place (a wrong header or checksum, a count
/// larger than the bytes left, a string place outside the table, a null where a value is required, an enum value the
/// type does not define, bytes left over) throws <see cref="InvalidDataException"/>, which makes the entry a miss.</summary>
internal sealed class EntryReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;
    private readonly string[] _table;
    private int _position;

    /// <summary>Checks the header and reads the string table; null when the entry is of another format.</summary>
    public static EntryReader? Open(byte[] bytes, int format)
    {
        if (bytes.Length < EntryBytes.HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(EntryBytes.Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)) != format)
        {
            return null;
        }

        var bodyLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        if (bodyLength != bytes.Length - EntryBytes.HeaderLength
            || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(16)) != EntryBytes.Checksum(bytes.AsSpan(EntryBytes.HeaderLength)))
        {
            throw Damaged();
        }

        return new EntryReader(bytes);
    }

    private EntryReader(byte[] bytes)
    {
        _bytes = bytes;
        _position = EntryBytes.HeaderLength;
        _table = new string[Count()];
        for (var i = 0; i < _table.Length; i++)
        {
            var length = Count();
            _table[i] = StrictUtf8.GetString(_bytes, _position, length);
            _position += length;
        }
    }

    /// <summary>A count of items that follow, each at least one byte long.</summary>
    public int Count()
    {
        var count = Variable();
        return count <= _bytes.Length - _position ? count : throw Damaged();
    }

    public int Number()
    {
        var zigzag = Unsigned();
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    public long Long()
    {
        if (_bytes.Length - _position < sizeof(long))
        {
            throw Damaged();
        }

        var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(_position));
        _position += sizeof(long);
        return value;
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw Damaged(),
    };

    /// <summary>A value the enum <paramref name="type"/> defines. Not generic: ReadyToRun code cannot be made ahead of
    /// time for a generic method over another assembly's enum, and compiling five of them at run time cost more than
    /// reading the whole entry.</summary>
    public int Enum(Type type)
    {
        var value = Number();
        return System.Enum.IsDefined(type, System.Enum.ToObject(type, value)) ? value : throw Damaged();
    }

    public string String() => NullableString() ?? throw Damaged();

    public string? NullableString()
    {
        var place = Variable();
        return place == 0 ? null : place <= _table.Length ? _table[place - 1] : throw Damaged();
    }

    public List<string> Strings() => List(r => r.String());

    public List<T> List<T>(Func<EntryReader, T> read)
    {
        var count = Count();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(this));
        }

        return items;
    }

    /// <summary>Throws unless every byte was read: an entry with a tail is not one this code wrote.</summary>
    public void End()
    {
        if (_position != _bytes.Length)
        {
            throw Damaged();
        }
    }

    private byte Byte() => _position < _bytes.Length ? _bytes[_position++] : throw Damaged();

    /// <summary>A 7-bit variable-length integer that is not negative (a count or a string's place).</summary>
    private int Variable()
    {
        var value = Unsigned();
        return value <= int.MaxValue ? (int)value : throw Damaged();
    }

    /// <summary>A 7-bit variable-length integer of at most five bytes, as BinaryWriter writes them.</summary>
    private uint Unsigned()
    {
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            if (shift == 28 && b > 0x0F)
            {
                throw Damaged();
            }

            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Damaged();
    }

    private static InvalidDataException Damaged() => new("the cache entry is damaged");
}
