using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format (the "Binary Format" of the COPY reference: a signature, then per row
/// a field count and each field as a length and its type's binary send form, then -1) into a buffer, and the buffer
/// into Npgsql's raw COPY stream. A million staged rows spent more time in Npgsql's per-value
/// <see cref="NpgsqlBinaryImporter.Write{T}(T, NpgsqlTypes.NpgsqlDbType)"/> than in reading the file (docs/benchmarks.md,
/// import); the stage's few column types are encoded here directly. Nothing is stored unless
/// <see cref="CompleteAsync"/> ends the COPY; disposing without it cancels the COPY.
/// </summary>
internal sealed class BinaryCopyWriter : IAsyncDisposable
{
    private const int FlushBytes = 1 << 16;
    private const uint TextOid = 25;
    private const short NumericNegative = 0x4000;
    // "PGCOPY\n\377\r\n\0"
    private static readonly byte[] Signature = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[FlushBytes * 2];
    private int _length;
    private bool _completed;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream) => _stream = stream;

    /// <summary>True when enough is buffered to send: call <see cref="FlushAsync"/> between rows.</summary>
    public bool ShouldFlush => _length >= FlushBytes;

    /// <summary>Starts <paramref name="copySql"/> (a <c>COPY … FROM STDIN (FORMAT BINARY)</c>) on <paramref name="connection"/>.</summary>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copySql, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var writer = new BinaryCopyWriter(await connection.BeginRawBinaryCopyAsync(copySql, cancellationToken));
        writer.WriteHeader();
        return writer;
    }

    public void StartRow(short fieldCount) => Int16(fieldCount);

    public void WriteNull() => Int32(-1);

    public void WriteBoolean(bool value)
    {
        Int32(1);
        Reserve(1)[0] = value ? (byte)1 : (byte)0;
    }

    public void WriteInt32(int value)
    {
        Int32(sizeof(int));
        Int32(value);
    }

    public void WriteInt64(long value)
    {
        Int32(sizeof(long));
        BinaryPrimitives.WriteInt64BigEndian(Reserve(sizeof(long)), value);
    }

    public void WriteDouble(double value)
    {
        Int32(sizeof(double));
        BinaryPrimitives.WriteDoubleBigEndian(Reserve(sizeof(double)), value);
    }

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void WriteDate(DateOnly value) => WriteInt32(value.DayNumber - PostgresEpochDay);

    /// <summary>A <c>text</c>, UTF-8 (the connection's client encoding).</summary>
    public void WriteText(string value)
    {
        var lengthAt = _length;
        Int32(0);
        var written = Utf8(value);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(lengthAt), written);
    }

    /// <summary>A <c>jsonb</c>: its format version (1) and the JSON text.</summary>
    public void WriteJsonb(string json)
    {
        var lengthAt = _length;
        Int32(0);
        Reserve(1)[0] = 1;
        var written = Utf8(json);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(lengthAt), written + 1);
    }

    /// <summary>A <c>bytea</c>, or a PostGIS <c>geometry</c> given as EWKB (its binary input form).</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        Int32(value.Length);
        value.CopyTo(Reserve(value.Length));
    }

    /// <summary>A one-dimensional <c>text[]</c> (lower bound 1); an empty list is the empty array.</summary>
    public void WriteTextArray(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lengthAt = _length;
        Int32(0);
        var start = _length;
        Int32(values.Count == 0 ? 0 : 1);
        Int32(0); // no NULL elements
        BinaryPrimitives.WriteUInt32BigEndian(Reserve(sizeof(uint)), TextOid);
        if (values.Count > 0)
        {
            Int32(values.Count);
            Int32(1);
        }

        foreach (var value in values)
        {
            WriteText(value);
        }

        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(lengthAt), _length - start);
    }

    /// <summary>
    /// A <c>numeric</c>: base-10000 digits of the absolute value (leading and trailing zero groups left out), the weight
    /// of the first, the sign and the number of decimals (the decimal's scale, so 12.50 stays 12.50).
    /// </summary>
    public void WriteNumeric(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        var groups = whole.PadLeft((whole.Length + 3) / 4 * 4, '0') + fraction.PadRight((fraction.Length + 3) / 4 * 4, '0');
        var wholeGroups = (whole.Length + 3) / 4;
        var first = 0;
        var last = groups.Length / 4;
        while (first < last && groups.AsSpan(first * 4, 4).SequenceEqual("0000"))
        {
            first++;
        }

        while (last > first && groups.AsSpan((last - 1) * 4, 4).SequenceEqual("0000"))
        {
            last--;
        }

        var count = last - first;
        Int32(8 + (2 * count));
        Int16((short)count);
        Int16((short)(count == 0 ? 0 : wholeGroups - 1 - first));
        Int16(value < 0 && count > 0 ? NumericNegative : (short)0);
        Int16((short)fraction.Length);
        for (var g = first; g < last; g++)
        {
            Int16(short.Parse(groups.AsSpan(g * 4, 4), NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
        _length = 0;
    }

    /// <summary>Ends the rows and the COPY: PostgreSQL checks them now and throws on the first it refuses.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Int16(-1);
        await FlushAsync(cancellationToken);
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        try
        {
            await _stream.CancelAsync();
        }
        catch (Exception e) when (e is NpgsqlException or IOException or ObjectDisposedException)
        {
            // The connection already failed (the reason is the exception being handled); the transaction rolls back.
        }
    }

    private void WriteHeader()
    {
        Signature.CopyTo(Reserve(Signature.Length));
        Int32(0); // flags: no OIDs
        Int32(0); // no header extension
    }

    private void Int16(short value) => BinaryPrimitives.WriteInt16BigEndian(Reserve(sizeof(short)), value);

    private void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(sizeof(int)), value);

    private int Utf8(string value)
    {
        EnsureRoom(Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        _length += written;
        return written;
    }

    private Span<byte> Reserve(int bytes)
    {
        EnsureRoom(bytes);
        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }

    private void EnsureRoom(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }
}
