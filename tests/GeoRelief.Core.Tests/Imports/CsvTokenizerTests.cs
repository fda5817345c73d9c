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
}
