using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: a message was compared with every template of its bucket up to 1,024, and on logs of one-off statements (lines of a
// hundred words, of a thousand key=value pairs) that count, not the cost of a comparison, made mining slow and superlinear. A
// candidate index now skips the templates that share too few words at their places to be chosen. These tests keep the full scan
// as it was and check that, line by line, the index chooses the template the scan chose (not just the same output).
public sealed class TemplateMinerCandidateTests
{
    private const int MaxCompared = 1024;

    // The search as it was: every template of the bucket up to MaxCompared, in order.
    private static LogTemplate? Scan(List<LogTemplate> bucket, string[] words, bool valueFirst, double threshold)
    {
        var hashes = words.Select(w => w.GetHashCode()).ToArray();
        var labels = new int[words.Length];
        PlaceLabels.LabelLengths(words, labels);
        LogTemplate? best = null;
        var bestScore = -1.0;
        for (var c = 0; c < Math.Min(bucket.Count, MaxCompared); c++)
        {
            var candidate = bucket[c];
            if (valueFirst && candidate.MutableWords[0] == MessageMasker.Wildcard)
            {
                continue;
            }

            var score = TemplateMiner.Similarity(candidate, words, hashes, labels, TemplateMiner.FewestSame(words.Length, threshold, bestScore));
            if (score >= threshold && score > bestScore && (!valueFirst || TemplateWords.Covers(candidate.MutableWords[0], words[0])))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    // Mines the lines with the index on every bucket (and with it on large buckets only), checking each search against the scan;
    // returns how many searches ran over buckets of at least 64 templates, so that a test can tell the index had work to do.
    private static int CheckChoices(IEnumerable<string> lines, int minIndexed)
    {
        var miner = new TemplateMiner { MinIndexed = minIndexed };
        var large = 0;
        var checkedSearches = 0;
        miner.Placed = (bucket, words, chosen, valueFirst) =>
        {
            var expected = Scan(bucket, words, valueFirst, 0.5);
            Assert.True(ReferenceEquals(expected, chosen),
                $"'{string.Join(' ', words)}': scan chose '{expected?.Text}', index chose '{chosen?.Text}'");
            checkedSearches++;
            if (bucket.Count >= 64)
            {
                large++;
            }
        };
        foreach (var line in lines)
        {
            miner.Match(line);
        }

        Assert.True(checkedSearches > 0);
        return large;
    }

    private static IEnumerable<string> RandomLines(int seed, int count, string[] vocabulary, int minWords, int maxWords)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            yield return string.Join(' ', Enumerable.Range(0, random.Next(minWords, maxWords + 1)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void Issue18_CandidateIndex_ChoosesWhatTheScanChose_OnRandomLines(int minIndexed)
    {
        // Few words, some labelled, some values (numbers mask to wildcards), so that lines often join and generalise templates.
        string[] vocabulary = ["ok", "err", "k1=on", "k1=off", "k12=7", "started:", "done", "eth0:", "7", "42", "a.b", "(x)", "()", "USER", "id=3"];
        CheckChoices(RandomLines(18, 30_000, vocabulary, 1, 6), minIndexed);
        CheckChoices(RandomLines(19, 6_000, vocabulary, 8, 14), minIndexed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void Issue18_CandidateIndex_ChoosesWhatTheScanChose_OnOneOffLongLines(int minIndexed)
    {
        // Lines of a hundred words of seven, and of key=value pairs: one-off statements that fill buckets to the cap.
        string[] words = ["ok", "err", "abc", "x", "node", "up", "dn"];
        Assert.True(CheckChoices(RandomLines(7, 3_000, words, 100, 100), minIndexed) > 0);
        var random = new Random(19);
        var pairs = Enumerable.Range(0, 1_500).Select(_ => string.Join(' ', Enumerable.Range(0, 60).Select(_ =>
            $"k{random.Next(0, 31)}={(random.Next(4) switch { 0 => random.Next(0, 1_000_000).ToString(), 1 => "on", 2 => "off", _ => new string('x', random.Next(1, 6)) })}")));
        Assert.True(CheckChoices(pairs, minIndexed) > 0);
    }

    [Fact]
    public void Issue18_CandidateIndex_ChoosesWhatTheScanChose_OnRealLines()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FaultMaven.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var files = new[] { "kinds", "unseen6", "unseen9" }
            .Select(set => Path.Combine(root.FullName, "bench", "logs", set))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*_2k.log", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // Every bucket indexed, so that the small buckets of real logs exercise it too.
            CheckChoices(File.ReadLines(file), 1);
        }
    }
}
