using System.Buffers;
using System.Text;

namespace GeoRelief.Core.Imports;

/// <summary>
/// Reads CSV records one at a time from a <see cref="TextReader"/> (RFC 4180: fields separated by commas, quoted
/// with <c>"</c>, <c>""</c> for a quote inside a quoted field, line breaks inside quotes kept). Nothing but the
/// current record and one block of characters is held, so a file of any size streams in constant memory. The block
/// is scanned for the next delimiter, quote or line break at once, and a field that lies within it becomes its string
/// directly: a million-row file costs one string per field and no per-character call.
/// </summary>
public sealed class CsvTokenizer
{
    private const int BlockChars = 16 * 1024;
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly SearchValues<char> _stops;
    private readonly StringBuilder _field = new();
    private readonly char[] _block = new char[BlockChars];
    private int _position;
    private int _length;
    private long _line = 1;

    /// <summary>A tokenizer over <paramref name="reader"/>, with comma (or another) as delimiter.</summary>
    public CsvTokenizer(TextReader reader, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _delimiter = delimiter;
        _stops = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>The line of the file (1-based) on which the last record read began.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/> (cleared first). Returns false at the end of the input.
    /// Blank lines are skipped. A quote left open at the end of the input is reported as <see cref="FormatException"/>.
    /// Fields are trimmed of white space unless quoted.
    /// </summary>
    public bool TryReadRecord(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();
        while (true)
        {
            var first = Peek();
            if (first == -1)
            {
                return false;
            }

            if (first is '\r' or '\n')
            {
                ReadLineBreak();
                continue;
            }

            break;
        }

        RecordLine = _line;
        _field.Clear();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (quoted)
                {
                    throw new FormatException($"A quoted field that starts on line {RecordLine} is never closed: a \" is missing.");
                }

                fields.Add(wasQuoted ? _field.ToString() : _field.ToString().Trim());
                return true;
            }

            var rest = _block.AsSpan(_position, _length - _position);
            if (quoted)
            {
                var quote = rest.IndexOf('"');
                var text = quote < 0 ? rest : rest[..quote];
                _line += text.Count('\n');
                _field.Append(text);
                if (quote < 0)
                {
                    _position = _length;
                    continue;
                }

                _position += quote + 1;
                if (Peek() == '"')
                {
                    _position++;
                    _field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            var stop = rest.IndexOfAny(_stops);
            if (stop < 0)
            {
                _field.Append(rest);
                _position = _length;
                continue;
            }

            var c = rest[stop];
            if (c == '"')
            {
                // A quote opens a quoted field only as its first character; anywhere else it is an ordinary character.
                if (stop == 0 && _field.Length == 0 && !wasQuoted)
                {
                    quoted = true;
                    wasQuoted = true;
                }
                else
                {
                    _field.Append(rest[..(stop + 1)]);
                }

                _position += stop + 1;
                continue;
            }

            fields.Add(EndField(rest[..stop], wasQuoted));
            wasQuoted = false;
            _position += stop + 1;
            if (c == _delimiter)
            {
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                _position++;
            }

            _line++;
            return true;
        }
    }

    /// <summary>The field whose last characters are <paramref name="tail"/>: taken straight from the block when it lies within it.</summary>
    private string EndField(ReadOnlySpan<char> tail, bool wasQuoted)
    {
        if (_field.Length == 0)
        {
            return new string(wasQuoted ? tail : tail.Trim());
        }

        _field.Append(tail);
        var text = _field.ToString();
        _field.Clear();
        return wasQuoted ? text : text.Trim();
    }

    private int Peek() => _position < _length || Fill() ? _block[_position] : -1;

    private bool Fill()
    {
        _length = _reader.Read(_block, 0, _block.Length);
        _position = 0;
        return _length > 0;
    }

    private void ReadLineBreak()
    {
        if (_block[_position++] == '\r' && Peek() == '\n')
        {
            _position++;
        }

        _line++;
    }
}
