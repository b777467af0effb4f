using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>Where a merged value ends: the format's brackets and escaped quotes stay outside it.</summary>
public sealed class WordPiecesTests
{
    [Theory]
    // Angle brackets the format writes around an id stay when the ids differ.
    [InlineData("session=<kQ2vXb9PzAe>", "session=<T7mWcHa0Lyu>", "session=<<*>>")]
    [InlineData("passwd-file(<*>,<*>,<kQ2vXb9PzAe>):", "passwd-file(<*>,<*>,<T7mWcHa0Lyu>):", "passwd-file(<*>,<*>,<<*>>):")]
    // An escaping backslash belongs to the quote it escapes, not to the value before it.
    [InlineData("\\\"io.plugins.snapshot.zfs\\\"...\"", "\\\"io.plugins.gc.scheduler\\\"...\"", "\\\"<*>\\\"...\"")]
    // A key that varies takes its value with it, but the quotes around the pair stay.
    [InlineData("var=\"GF_PATHS_DATA=<*>\"", "var=\"GF_SERVER_PORT=<*>\"", "var=\"<*>\"")]
    [InlineData("opts=(dir=<*>)", "opts=(mode=<*>)", "opts=(<*>)")]
    // A quotation mark of another script is the format's, as '"' is.
    [InlineData("\"User\":\"‹bob›\"", "\"User\":\"‹alice›\"", "\"User\":\"‹<*>›\"")]
    public void Merge_KeepsTheFormatsPunctuationOutsideTheValue(string a, string b, string expected) =>
        Assert.Equal(expected, WordMerger.Merge(a, b));

    [Theory]
    // ... and leaves alone what is not a frame: a wildcard is text, an arrow's ">" is punctuation of the same skeleton.
    [InlineData("user=<<*>>", "user=<<*>>", "user=<<*>>")]
    [InlineData("a->b", "a->c", "a-><*>")]
    [InlineData("key=<*>", "size=<*>", "<*>")]
    [InlineData("path\\to", "path\\from", "<*>")]
    public void Merge_LeavesOtherWordsAsBefore(string a, string b, string expected) =>
        Assert.Equal(expected, WordMerger.Merge(a, b));

    [Fact]
    public void Split_KeepsWildcardWholeAndEscapedQuoteTogether()
    {
        var pieces = WordPieces.Split("x=<<*>>\\\"");
        Assert.Equal(["x", "=", "<", "<*>", ">", "\\\""], pieces.Select(p => p.Text));
        Assert.Equal([false, true, true, false, true, true], pieces.Select(p => p.Delimiter));
    }
}
