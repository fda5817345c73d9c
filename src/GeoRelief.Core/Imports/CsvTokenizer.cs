using System.Text;

namespace GeoRelief.Core.Imports;

/// <summary>
/// Reads CSV records one at a time from a <see cref="TextReader"/> (RFC 4180: fields separated by commas, quoted
/// with <c>"</c>, <c>""</c> for a quote inside a quoted field, line breaks inside quotes kept). Nothing but the
/// current record is held, so a file of any size streams in constant memory.
/// </summary>
public sealed class CsvTokenizer
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    /// <summary>A tokenizer over <paramref name="reader"/>, with comma (or another) as delimiter.</summary>
    public CsvTokenizer(TextReader reader, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _delimiter = delimiter;
    }

    /// <summary>The line of the file (1-based) on which the last record read began.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/> (cleared first). Returns false at the end of the input.
    /// Blank lines are skipped. A quote left open at the end of the input is reported as <see cref="FormatException"/>.
    /// </summary>
    public bool TryReadRecord(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();
        while (true)
        {
            var first = _reader.Peek();
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
            var c = _reader.Read();
            if (c == -1)
            {
                if (quoted)
                {
                    throw new FormatException($"A quoted field that starts on line {RecordLine} is never closed: a \" is missing.");
                }

                fields.Add(_field.ToString());
                return true;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                }

                continue;
            }

            if (c == _delimiter)
            {
                fields.Add(wasQuoted ? _field.ToString() : _field.ToString().Trim());
                _field.Clear();
                wasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                _line++;
                fields.Add(wasQuoted ? _field.ToString() : _field.ToString().Trim());
                return true;
            }
            else if (c == '"' && _field.Length == 0 && !wasQuoted)
            {
                quoted = true;
                wasQuoted = true;
            }
            else
            {
                _field.Append((char)c);
            }
        }
    }

    private void ReadLineBreak()
    {
        if (_reader.Read() == '\r' && _reader.Peek() == '\n')
        {
            _reader.Read();
        }

        _line++;
    }
}
