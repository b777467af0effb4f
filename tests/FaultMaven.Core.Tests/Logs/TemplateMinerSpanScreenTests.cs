using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: the unframed and labelled span passes counted the starts of every template to screen their offers, though the span
// budget stops the offers after the first templates: on a log of long one-off lines most of that counting was for templates that
// never offer. They now count only the templates that offer. What a template spends does not depend on the screen, so the same
// templates offer, and every start two of them share is still counted twice: no decision changes. These tests mine each input
// both ways (every template counted, as before, and the bounded count) and check that every line ends in the same template.
public sealed class TemplateMinerSpanScreenTests
{
    private static List<string> Mine(IEnumerable<string> lines, bool countEveryStart)
    {
        var miner = new TemplateMiner { CountEveryStart = countEveryStart };
        var matched = lines.Select(line => miner.Match(line)).ToList();
        miner.Consolidate();
        return matched.Select(t => $"{t.Current.Id} {t.Current.Text}").ToList();
    }

    private static void AssertSameTemplates(List<string> lines)
    {
        var reference = Mine(lines, countEveryStart: true);
        var bounded = Mine(lines, countEveryStart: false);
        Assert.Equal(reference.Count, bounded.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            Assert.True(reference[i] == bounded[i], $"line {i} '{lines[i]}': every start counted gave '{reference[i]}', bounded '{bounded[i]}'");
        }
    }

    // Statements with a text of one to four words after a constant prefix, unlabelled and after a label, that the span passes merge.
    private static IEnumerable<string> SpanStatements(Random random, int count)
    {
        string[] texts = ["disk full", "timeout", "connection reset by peer", "bad gateway", "no route to host", "refused"];
        for (var i = 0; i < count; i++)
        {
            var text = texts[random.Next(texts.Length)];
            yield return (i % 3) switch
            {
                0 => $"worker pool reported {text}",
                1 => $"flush of segment seg{random.Next(100)} failed: {text}",
                _ => $"probe result text={text} for check",
            };
        }
    }

    private static string RandomLine(Random random, string[] vocabulary, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

    [Fact]
    public void Issue18_BoundedStartCount_SameTemplates_OnLongOneOffLinesAroundSpanStatements()
    {
        // Span statements first (their templates offer), then enough lines of a hundred words of seven to spend the budget, some
        // labelled, then span statements again (past the budget): every bucket of the first kind is counted either way.
        var random = new Random(18);
        string[] words = ["ok", "err", "abc", "x", "node", "up", "dn", "a:", "k1=v", "k2=on"];
        var lines = SpanStatements(random, 120)
            .Concat(Enumerable.Range(0, 3_000).Select(_ => RandomLine(random, words, 100)))
            .Concat(SpanStatements(random, 120))
            .ToList();
        AssertSameTemplates(lines);
    }

    [Fact]
    public void Issue18_BoundedStartCount_SameTemplates_OnShortMixedLines()
    {
        // Many short statements, labelled and not, sharing prefixes (the budget lasts: both counts are the same).
        var random = new Random(19);
        string[] words = ["ok", "err", "failed:", "reason:", "text=a", "text=b", "7", "42", "eth0", "up", "down", "(x)"];
        var lines = Enumerable.Range(0, 20_000).Select(_ => RandomLine(random, words, random.Next(2, 9)))
            .Concat(SpanStatements(random, 300))
            .ToList();
        AssertSameTemplates(lines);
    }
}
