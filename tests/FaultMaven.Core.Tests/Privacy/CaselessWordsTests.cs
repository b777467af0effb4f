using System.Buffers;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Words of ASCII and of other scripts found ignoring case exactly where one case-insensitive multi-string search of them all
/// finds them, and a pattern started at those places exactly as <see cref="Anchors.Matches"/> starts it.</summary>
public sealed class CaselessWordsTests
{
    private static readonly string[] Words =
        ["contact", "telefo", "tel\u00e9fo", "t\u00e9l\u00e9", "mobil", "m\u00f3vil", "kom\u00f3rka", "тел", "мобил", "手机", "电话", "連絡先", "전화", "핸드폰", "stra\u00dfe", "\u00b5s"];

    private static readonly CaselessWords Search = new(Words);

    // The whole word then a separator and digits, so that matches overlap anchors inside them (тел inside телефон, mobil in mobile).
    private static readonly Regex Pattern = new(@"\G(?i:contact|telefon|tel\u00e9fono|t\u00e9l\u00e9phone|mobile?|m\u00f3vil|kom\u00f3rka|телефон|тел|мобил|手机|电话|連絡先|전화|핸드폰|stra\u00dfe|\u00b5s)[ :=]*[0-9]*", RegexOptions.CultureInvariant);

    private static List<(int, int)> Found(IEnumerable<Match> matches) => [.. matches.Select(match => (match.Index, match.Length))];

    [Fact]
    public void FindsWordsOfEveryScriptInAnyCase()
    {
        var text = "CONTACT: 1; ТЕЛ: 2; Teléfono=3; TÉLÉPHONE 4; МОБИЛ 5; 电话：6; 전화 7; MÓVIL 8";
        Assert.Equal(
            ["CONTACT: 1", "ТЕЛ: 2", "Teléfono=3", "TÉLÉPHONE 4", "МОБИЛ 5", "电话", "전화 7", "MÓVIL 8"],
            Search.Matches(text, Pattern).Select(match => match.Value));
    }

    [Theory]
    [InlineData("contakt, telfon, mobi, тэл, 手 机, 전 화")]
    [InlineData("─── a table's border — and dashes ───")]
    [InlineData("")]
    public void FindsNothingWithoutAWord(string text) => Assert.Empty(Search.Matches(text, Pattern));

    [Fact]
    public void RejectsAWordWhoseFirstOtherCharacterHasAnAsciiCapital()
    {
        // The dotless ı's capital is I in some casings; whatever the runtime says, a word the search cannot anchor is refused, not missed.
        var upper = char.ToUpperInvariant('\u0131');
        if (upper <= '\x7f')
        {
            Assert.Throws<ArgumentException>(() => new NonAsciiWords(["d\u0131sk"], ignoreCase: true));
        }
        else
        {
            Assert.Equal([0], new NonAsciiWords(["d\u0131sk"], ignoreCase: true).Starts("d\u0131sk"));
        }
    }

    [Fact]
    public void EveryCaseVariantOfAnAnchorHasItsInvariantCapital()
    {
        // The search finds a word's non-ASCII anchor from the text character's invariant capital: any character the ordinal
        // case-insensitive comparison holds equal to an anchor must have the same one. Checked over every character of the BMP for
        // every non-ASCII character of the words above and of the product's contact keys, and for Latin-1, Greek and Cyrillic letters.
        var all = string.Create(0xD800 + (0x10000 - 0xE000), 0, (span, _) =>
        {
            var k = 0;
            for (var c = 0; c < 0x10000; c++)
            {
                if (c is < 0xD800 or >= 0xE000)
                {
                    span[k++] = (char)c;
                }
            }
        });
        var anchors = Words.SelectMany(word => word).Where(c => c > '\x7f')
            .Concat(Enumerable.Range(0xC0, 0x40).Concat(Enumerable.Range(0x370, 0x200)).Select(c => (char)c))
            .Concat("\u00e9\u00f3\u0442\u043c\u624b\u7535\u96fb\u8054\u806f\u643a\u9023\u00b5\u212a\u017f\u0130\u0131")
            .Distinct();
        foreach (var anchor in anchors)
        {
            var one = anchor.ToString();
            for (var offset = 0; ;)
            {
                var found = all.AsSpan(offset).IndexOf(one, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var variant = all[offset + found];
                Assert.True(char.ToUpperInvariant(variant) == char.ToUpperInvariant(anchor), $"U+{(int)variant:X4} ~ U+{(int)anchor:X4}");
                offset += found + 1;
            }
        }
    }

    [Fact]
    public void MatchesOneCaseInsensitiveSearchOnGeneratedText()
    {
        var reference = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);
        var pieces = new[]
        {
            "con", "tact", "CONTACT", "tel", "TEL", "é", "É", "fo", "FONO", "t", "élé", "ÉLÉ", "phone", "mob", "il", "IL", "ile", "m", "ó", "Ó",
            "vil", "kom", "rka", "т", "Т", "\u1c84", "ел", "ЕЛ", "мобил", "МОБИЛ", "手机", "手", "电话", "連絡先", "전화", "핸드폰", "핸드",
            "stra", "ß", "ẞ", "SS", "e", "µ", "μ", "Μ", "s", "S", "ſ", "K", "\u212a", " ", ": ", "=", "12", "\n", "x", "─", "\ud83d\ude00",
        };
        var random = new Random(23);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 50)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Found(Anchors.Matches(text, reference, Pattern)), Found(Search.Matches(text, Pattern)));
        }
    }
}
