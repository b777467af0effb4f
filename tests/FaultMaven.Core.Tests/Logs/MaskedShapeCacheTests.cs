using System.Text;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

public sealed class MaskedShapeCacheTests
{
    // Statements whose '#' are digits drawn at random: numbers, clocks, dates, addresses, hex and base62 ids, sizes, versions,
    // constants that carry a digit of their own, and digests whose prefix is read by its digits' values.
    private static readonly string[] Statements =
    [
        "jk#_init() Found child #### in scoreboard slot ##",
        "Connected to ##.#.#.###:#### in ## ms",
        "Deleting block blk_-################### file /mnt/hadoop/dfs/data/current/blk_#",
        "session 0x##ed####f#00#c expired at ####-##-## ##:##:##,### +0000",
        "took #.#s and ###ms, stored (estimated size ##.# KB, free ###.# MB)",
        "request 55#e84##-e#9b-4#d4-a7#6-4466554##### done, uid=# euid=#",
        "connection from #.#.#.# () at Sun Jul  # ##:##:## ####",
        "GET https://api.example.com/v#/users?id=# failed: HTTP/#.# ###",
        "y#a4vS-dC#c1#-Mx <= alice ssh# log#j x#0#v# utf#mb# TLSv#",
        "image registry.example.com:####/team/api:v#.# pulled in #.##s",
        "digest sha###:0123456789abcdef0123456789abcdef0123456789abcdef after sha###:ab",
        "[C#####][S#########] request end; conn####: eth# sda# Win## x##",
        "R##-M#-N#-C:J##-U## RAS KERNEL INFO #### double-hummer alignment exceptions",
        "rate #/##s at Oct ## ##:##:## for smtp; built on ## Jul ####, ok",
    ];

    [Fact]
    public void Mask_MessagesOfOneShape_SameAsMaskingEachDirectly()
    {
        var random = new Random(18);
        var cache = new MaskedShapeCache();
        var viaCache = new CharBuffer();
        for (var round = 0; round < 400; round++)
        {
            foreach (var statement in Statements)
            {
                var message = Fill(statement, random);
                viaCache.Clear();
                cache.Mask(message, viaCache);
                Assert.Equal(MessageMasker.Mask(message), viaCache.ToString());
            }
        }

        Assert.InRange(cache.Count, 1, Statements.Length);
    }

    [Fact]
    public void Mask_DigestPrefixReadByItsDigits_NeverTakenFromAnotherValue()
    {
        var hex = new string('a', 32) + new string('0', 32);
        var cache = new MaskedShapeCache();
        var output = new CharBuffer();
        string MaskTwice(string message)
        {
            output.Clear();
            cache.Mask(message, output);
            output.Clear();
            cache.Mask(message, output);
            return output.ToString();
        }

        // The same shape ("sha000:"), two maskings: a digest is one value, "sha123:" is a word and a hex value.
        Assert.Equal("layer <*> pulled", MaskTwice($"layer sha256:{hex} pulled"));
        Assert.Equal(MessageMasker.Mask($"layer sha123:{hex} pulled"), MaskTwice($"layer sha123:{hex} pulled"));
        Assert.NotEqual("layer <*> pulled", MaskTwice($"layer sha123:{hex} pulled"));
    }

    [Fact]
    public void Mask_ConstantCarryingADigit_KeepsItsOwnDigit()
    {
        var cache = new MaskedShapeCache();
        var output = new CharBuffer();
        foreach (var worker in new[] { "2", "2", "2", "6", "0" })
        {
            output.Clear();
            cache.Mask($"jk{worker}_init() Found child 1791 in scoreboard slot 19", output);
            Assert.Equal($"jk{worker}_init() Found child <*> in scoreboard slot <*>", output.ToString());
        }
    }

    [Fact]
    public void Mask_EndlessDistinctShapes_MemoStaysBounded()
    {
        var cache = new MaskedShapeCache();
        var output = new CharBuffer();
        var random = new Random(5);
        for (var i = 0; i < 3 * MaskedShapeCache.MaxEntries; i++)
        {
            // Each shape twice, so that each is kept; the word made of letters makes each a new shape.
            var message = $"user {Word(random)} logged in from 10.0.0.{i % 250}";
            for (var twice = 0; twice < 2; twice++)
            {
                output.Clear();
                cache.Mask(message, output);
            }

            Assert.InRange(cache.Count, 0, MaskedShapeCache.MaxEntries);
        }
    }

    [Fact]
    public void Mask_ShapeSeenOnce_IsNotKept()
    {
        var cache = new MaskedShapeCache();
        var output = new CharBuffer();
        cache.Mask("worker 12 started", output);
        Assert.Equal(0, cache.Count);
        output.Clear();
        cache.Mask("worker 47 started", output);
        Assert.Equal(1, cache.Count);
        Assert.Equal("worker <*> started", output.ToString());
    }

    [Fact]
    public void Recall_ShapeMaskedBefore_GivesItsWordsAndWritesNothing()
    {
        var cache = new MaskedShapeCache();
        var output = new CharBuffer();
        Assert.Null(cache.Recall("took 35 ms on 10.0.0.1", output));
        Assert.Null(cache.Recall("took 12 ms on 10.0.0.7", output));
        Assert.Equal("took <*> ms on <*>took <*> ms on <*>", output.ToString());
        output.Clear();
        Assert.Equal("took <*> ms on <*>", cache.Recall("took 99 ms on 10.9.0.1", output));
        Assert.Equal(0, output.Length);

        // Another shape (a number one digit longer) is masked again.
        Assert.Null(cache.Recall("took 100 ms on 10.9.0.1", output));
        Assert.Equal("took <*> ms on <*>", output.ToString());
    }

    private static string Fill(string statement, Random random)
    {
        var text = new StringBuilder(statement.Length);
        foreach (var c in statement)
        {
            text.Append(c == '#' ? (char)('0' + random.Next(10)) : c);
        }

        return text.ToString();
    }

    private static string Word(Random random)
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }
}
