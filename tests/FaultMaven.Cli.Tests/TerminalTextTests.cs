namespace FaultMaven.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("title \u001b]0;pwned\u0007 end", "title  end")]
    [InlineData("a\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\b", "alinkb")]
    [InlineData("clear\u001b[2J\u001b[H screen", "clear screen")]
    [InlineData("\u001b[1;31mred\u001b[0m", "red")]
    [InlineData("bell\u0007 back\bspace\rcr", "bell backspacecr")]
    [InlineData("c1 \u009b2J csi \u009d0;t\u009c osc \u0085nel", "c1  csi  osc nel")]
    [InlineData("dcs \u001bPq#0;2;0;0;0\u001b\\ end", "dcs  end")]
    [InlineData("charset \u001b(B ok \u001bc reset", "charset  ok  reset")]
    [InlineData("bidi \u202egnp.exe\u202c \u2066x\u2069", "bidi gnp.exe x")]
    [InlineData("unterminated \u001b]0;swallow everything", "unterminated ")]
    [InlineData("trailing escape \u001b", "trailing escape ")]
    [InlineData("lines\nand\ttabs stay, é and 日本 too", "lines\nand\ttabs stay, é and 日本 too")]
    public void Clean_RemovesWhatATerminalWouldActOn(string input, string expected) => Assert.Equal(expected, TerminalText.Clean(input));

    [Fact]
    public void Markup_EscapesSpectreMarkupAfterCleaning()
    {
        Assert.Equal("[[red]]x[[/]]", TerminalText.Markup("[red]\u001b[2Jx[/]"));
    }

    [Fact]
    public void Clean_ManyUnfinishedSequencesBackToBack_RemovesThemAll()
    {
        var hostile = string.Concat(Enumerable.Repeat("\u001b[\u001b]", 200_000));

        Assert.Equal("", TerminalText.Clean(hostile));
    }
}
