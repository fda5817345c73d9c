using GeoRelief.Core.Imports;

namespace GeoRelief.Core.Tests.Imports;

public sealed class CsvTokenizerTests
{
    [Fact]
    public void Quotes_doubled_quotes_line_breaks_in_quotes_and_blank_lines_are_read_as_RFC_4180_says()
    {
        var tokenizer = new CsvTokenizer(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\", z \n\n\"two\nlines\",,end"));
        var fields = new List<string>();

        Assert.True(tokenizer.TryReadRecord(fields));
        Assert.Equal(["a", "b", "c"], fields);
        Assert.True(tokenizer.TryReadRecord(fields));
        Assert.Equal(["x, y", "say \"hi\"", "z"], fields);
        Assert.Equal(2, tokenizer.RecordLine);
        Assert.True(tokenizer.TryReadRecord(fields));
        Assert.Equal(["two\nlines", "", "end"], fields);
        Assert.Equal(4, tokenizer.RecordLine);
        Assert.False(tokenizer.TryReadRecord(fields));
    }

    [Fact]
    public void An_unclosed_quote_says_on_which_line_it_starts()
    {
        var tokenizer = new CsvTokenizer(new StringReader("a\n\"open,b\n"));
        var fields = new List<string>();
        tokenizer.TryReadRecord(fields);

        var e = Assert.Throws<FormatException>(() => tokenizer.TryReadRecord(fields));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_read_the_same_when_the_reader_hands_out_a_few_characters_at_a_time()
    {
        var longField = new string('长', 40_000);
        var text = "id,name\r\n"
            + "1, plain \r\n"
            + "2,\"quoted, with \"\"quotes\"\" and\r\na line break\"\r\n"
            + "\r\n"
            + "3," + longField + "\n"
            + "4,\"" + longField + "\"\n"
            + "5,mid\"quote, \"tail\"x\n"
            + "6,last  ";
        var expected = Read(new StringReader(text));

        var trickled = Read(new TrickleReader(text, 3));

        Assert.Equal(expected, trickled);
        Assert.Equal(
            [
                (1L, "id|name"), (2L, "1|plain"), (3L, "2|quoted, with \"quotes\" and\r\na line break"), (6L, "3|" + longField),
                (7L, "4|" + longField), (8L, "5|mid\"quote|\"tail\"x"), (9L, "6|last"),
            ],
            expected);
    }

    private static List<(long Line, string Fields)> Read(TextReader reader)
    {
        var tokenizer = new CsvTokenizer(reader);
        var fields = new List<string>();
        var records = new List<(long, string)>();
        while (tokenizer.TryReadRecord(fields))
        {
            records.Add((tokenizer.RecordLine, string.Join('|', fields)));
        }

        return records;
    }

    /// <summary>A reader that returns at most a few characters per call, so that every field crosses a block boundary.</summary>
    private sealed class TrickleReader(string text, int most) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, most), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
