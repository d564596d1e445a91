using System.Buffers.Binary;
using System.Text;

namespace RegionLens.Scanner.Caching;

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
