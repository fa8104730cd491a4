using System.Text;
using ProStream.Server.Debrid.Torrents;

namespace ProStream.Tests.Debrid;

public sealed class BencodeReaderTests
{
    private static BencodeValue Read(string text) => BencodeReader.Read(Encoding.Latin1.GetBytes(text));

    [Theory]
    [InlineData("i0e", 0L)]
    [InlineData("i42e", 42L)]
    [InlineData("i-42e", -42L)]
    [InlineData("i9223372036854775807e", long.MaxValue)]
    [InlineData("i-9223372036854775807e", -long.MaxValue)]
    public void Reads_integers(string input, long expected)
    {
        var value = Assert.IsType<BencodeInteger>(Read(input));
        Assert.Equal(expected, value.Value);
        Assert.Equal((0, input.Length), (value.Start, value.End));
    }

    [Theory]
    [InlineData("0:", "")]
    [InlineData("4:spam", "spam")]
    [InlineData("5:a:b:c", "a:b:c")]
    public void Reads_byte_strings(string input, string expected) =>
        Assert.Equal(expected, Assert.IsType<BencodeString>(Read(input)).Text);

    [Fact]
    public void String_length_counts_bytes_not_characters()
    {
        var value = BencodeReader.Read(Encoding.UTF8.GetBytes("7:Amélie"));
        Assert.Equal("Amélie", Assert.IsType<BencodeString>(value).Text);
    }

    [Fact]
    public void Reads_nested_lists_and_dictionaries_with_their_spans()
    {
        const string input = "d3:bar4:spam3:fooi42e4:listli1eli2eeee";
        var root = Assert.IsType<BencodeDictionary>(Read(input));

        Assert.Equal(["bar", "foo", "list"], root.Entries.Select(e => e.Key.Text));
        Assert.Equal(42, root.Find<BencodeInteger>("foo")!.Value);
        var list = root.Find<BencodeList>("list")!;
        Assert.Equal("li1eli2eee", input[list.Start..list.End]);
        Assert.Equal("li2ee", input[list.Items[1].Start..list.Items[1].End]);
    }

    [Fact]
    public void Unsorted_keys_are_tolerated_because_hashes_use_the_original_bytes()
    {
        var root = Assert.IsType<BencodeDictionary>(Read("d1:bi1e1:ai2ee"));
        Assert.Equal(2, root.Find<BencodeInteger>("a")!.Value);
    }

    [Theory]
    [InlineData("", "ends too early")]
    [InlineData("i42", "ends too early")]
    [InlineData("ie", "no digits")]
    [InlineData("i-e", "no digits")]
    [InlineData("i-0e", "negative zero")]
    [InlineData("i03e", "leading zero")]
    [InlineData("i1x2e", "not terminated")]
    [InlineData("i99999999999999999999e", "too large")]
    [InlineData("5:spam", "declares 5 bytes but only 4 remain")]
    [InlineData("05:spams", "leading zero")]
    [InlineData("4spam", "not terminated")]
    [InlineData("-1:x", "Unexpected byte")]
    [InlineData("99999999999:x", "declares")]
    [InlineData("l4:spam", "ends too early")]
    [InlineData("d3:fooe", "'foo' has no value")]
    [InlineData("d3:foo", "ends too early")]
    [InlineData("di1ei2ee", "key is not a string")]
    [InlineData("d1:ai1e1:ai2ee", "Duplicate dictionary key 'a'")]
    [InlineData("i1ei2e", "after the end")]
    [InlineData("x", "Unexpected byte")]
    public void Malformed_input_is_a_clear_error(string input, string message)
    {
        var error = Assert.Throws<InvalidTorrentException>(() => Read(input));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        var deep = new string('l', BencodeReader.MaxDepth + 2) + new string('e', BencodeReader.MaxDepth + 2);
        var error = Assert.Throws<InvalidTorrentException>(() => Read(deep));
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);

        var allowed = new string('l', BencodeReader.MaxDepth + 1) + new string('e', BencodeReader.MaxDepth + 1);
        Assert.IsType<BencodeList>(Read(allowed));
    }

    [Fact]
    public void Input_size_is_bounded()
    {
        var huge = new byte[BencodeReader.MaxInputBytes + 1];
        var error = Assert.Throws<InvalidTorrentException>(() => BencodeReader.Read(huge));
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_count_is_bounded()
    {
        var many = "l" + string.Concat(Enumerable.Repeat("i1e", BencodeReader.MaxValues)) + "e";
        var error = Assert.Throws<InvalidTorrentException>(() => Read(many));
        Assert.Contains("More than", error.Message, StringComparison.Ordinal);
    }
}
