using System.Buffers.Binary;
using System.Text;

namespace RegionLens.Scanner.Caching;

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
