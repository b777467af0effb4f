using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: the span passes at the end of a consolidation (framed, unframed, labelled, framed again) each rebuilt the map of every
// template to its bucket and of every text to its template. They now share the maps the first pass builds, which its merges keep
// up to date, unless two live templates share a text. No decision is meant to change: these tests mine each input both ways (maps
// rebuilt in every pass, as before, and shared) and check that every line ends in the same template.
public sealed class TemplateMinerSpanMapsTests
{
    private static List<string> Mine(IEnumerable<string> lines, bool rebuild)
    {
        var miner = new TemplateMiner { RebuildSpanMaps = rebuild };
        var matched = lines.Select(line => miner.Match(line)).ToList();
        miner.Consolidate();
        return matched.Select(t => $"{t.Current.Id} {t.Current.Text}").ToList();
    }

    private static int AssertSameTemplates(List<string> lines)
    {
        var reference = Mine(lines, rebuild: true);
        var shared = Mine(lines, rebuild: false);
        Assert.Equal(reference.Count, shared.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            Assert.True(reference[i] == shared[i], $"line {i} '{lines[i]}': maps rebuilt gave '{reference[i]}', shared '{shared[i]}'");
        }

        return reference.Distinct().Count();
    }

    private static string Words(Random random, string[] vocabulary, int fewest, int most) =>
        string.Join(' ', Enumerable.Range(0, random.Next(fewest, most + 1)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

    [Fact]
    public void Issue18_SharedSpanMaps_SameTemplates_OnFramedValuesInTwoPlaces()
    {
        // Statements with two framed places of one to six words (merged in two framed rounds), among one-off quoted lines.
        var random = new Random(13);
        var vocabulary = Enumerable.Range(0, 300).Select(i => $"w{i}").ToArray();
        var lines = Enumerable.Range(0, 6_000).Select(_ => random.Next(10) < 7
            ? $"s{random.Next(0, 30)} job \"{Words(random, vocabulary, 1, 6)}\" ended as pid {random.Next(1_000_000)} [{Words(random, vocabulary, 1, 6)}] done"
            : string.Join(' ', Enumerable.Range(0, random.Next(1, 9)).Select(_ => $"'{Words(random, vocabulary, 1, 6)}'"))).ToList();
        Assert.True(AssertSameTemplates(lines) > 1);
    }

    [Fact]
    public void Issue18_SharedSpanMaps_SameTemplates_OnEveryKindOfSpan()
    {
        // Framed, unframed and labelled spans of few wordings, sharing prefixes, with texts that the merges of one pass create and
        // a later pass meets again (the same wording framed and after a label), and statements that repeat another's merged text.
        var random = new Random(29);
        string[] texts = ["disk full", "timeout", "connection reset by peer", "bad gateway", "no route to host", "refused", "<*>"];
        string[] shapes =
        [
            "worker pool reported {0}", "flush of segment seg{1} failed: {0}", "probe result text={0} for check",
            "job \"{0}\" ended as pid {1} [{0}] done", "job \"<*>\" ended as pid {1} [{0}] done", "job \"{0}\" ended as pid {1} [<*>] done",
            "request ({0}) from {1} failed: {0}", "request (<*>) from {1} failed: <*>", "close 'x{1}' reason='{0}'", "close 'x{1}' reason='<*>'",
        ];
        var lines = Enumerable.Range(0, 20_000)
            .Select(_ => string.Format(shapes[random.Next(shapes.Length)], texts[random.Next(texts.Length)], random.Next(60)))
            .ToList();
        Assert.True(AssertSameTemplates(lines) > 1);
    }

    [Fact]
    public void Issue18_SharedSpanMaps_SameTemplates_OnRealLines()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FaultMaven.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var files = new[] { "kinds", "unseen6", "unseen9", "unseen10" }
            .Select(set => Path.Combine(root.FullName, "bench", "logs", set))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*_2k.log", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameTemplates(File.ReadLines(file).ToList());
        }
    }
}
