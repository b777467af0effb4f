using System.Buffers;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The search for words holding non-ASCII characters finds exactly what an ordinal multi-string search finds, in order.</summary>
public sealed class NonAsciiWordsTests
{
    private static readonly string[] Words = ["пароль", "пароля", "contraseña", "CONTRASEÑA", "hasło", "HASŁO", "mật khẩu", "パスワード", "密码", "비밀번호", "clé"];

    private static readonly NonAsciiWords Search = new(Words);

    [Fact]
    public void FindsWordsAnchoredPastTheirStart()
    {
        var text = "la contraseña es X; HASŁO: Y; mật khẩu là Z";
        Assert.Equal([3, 20, 30], Search.Starts(text));
    }

    [Fact]
    public void ReportsAStartOnceWhenTwoWordsShareIt()
    {
        // "пароль" and "пароля" both start at 0 of "пароля".
        Assert.Equal([0], Search.Starts("пароля нет"));
    }

    [Theory]
    [InlineData("password is secret, plain ASCII")]
    [InlineData("contrasena sin tilde")]
    [InlineData("ña at the text's start: the anchor's word would begin before it")]
    [InlineData("hasla, haslo, hasł without its o")]
    [InlineData("─── a table's border and — dashes ───")]
    public void FindsNothingWithoutAWholeWord(string text) => Assert.Null(Search.Starts(text));

    [Fact]
    public void RejectsAWordOfAsciiOnly() => Assert.Throws<ArgumentException>(() => new NonAsciiWords(["password"]));

    [Fact]
    public void MatchesAnOrdinalMultiStringSearchOnGeneratedText()
    {
        var reference = SearchValues.Create(Words, StringComparison.Ordinal);
        var pieces = new[] { "пар", "оль", "я", "contraseñ", "a", "CONTRASEÑA", "has", "ło", "HASŁO", "mật", " khẩu", "パス", "ワード", "密", "码", "비밀", "번호", "cl", "é", " ", "\n", "x", "─" };
        var random = new Random(18);
        for (var round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new List<int>();
            for (var offset = 0; offset < text.Length;)
            {
                var at = text.AsSpan(offset).IndexOfAny(reference);
                if (at < 0)
                {
                    break;
                }

                expected.Add(offset + at);
                offset += at + 1;
            }

            Assert.Equal(expected, Search.Starts(text) ?? []);
        }
    }

    [Fact]
    public void NextSkipsStartsBeforeTheOffset()
    {
        List<int> starts = [2, 9, 15];
        var cursor = 0;
        Assert.Equal(9, NonAsciiWords.Next(starts, 3, ref cursor));
        Assert.Equal(15, NonAsciiWords.Next(starts, 10, ref cursor));
        Assert.Equal(-1, NonAsciiWords.Next(starts, 16, ref cursor));
    }
}
