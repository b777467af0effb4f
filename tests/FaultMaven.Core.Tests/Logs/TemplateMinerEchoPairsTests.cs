using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: the echoed-places pass made a string of every framed or keyed word's core, for every word of every template in every
// round of consolidation, to find the places that repeat an earlier core. It now reads the cores as views of the words, keeps the
// first place of each by its hash and compares the cores. These tests keep the string-keyed search as it was and check that both
// find the same pairs (an equivalence test: no pairing is meant to change).
public sealed class TemplateMinerEchoPairsTests
{
    // The search as it was: cores as strings, the first place of each in a dictionary of strings.
    private static List<(int First, int Second)> ReferencePairs(string[] words, int most)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<(int, int)>();
        for (var second = 0; second < words.Length && pairs.Count < most; second++)
        {
            var core = TemplateWords.Core(words[second]);
            var key = core.LastIndexOf('=');
            core = key < 0 ? core : TemplateWords.Core(core[(key + 1)..]);
            if (core.Length < 2 || TemplateWords.HasValue(core) || seen.TryAdd(core, second))
            {
                continue;
            }

            pairs.Add((seen[core], second));
        }

        return pairs;
    }

    private static List<(int First, int Second)> Pairs(string[] words, int most, Dictionary<int, int> seen)
    {
        var pairs = new (int, int)[most];
        var count = TemplateMiner.EchoPairs(words, seen, pairs);
        return pairs.Take(count).ToList();
    }

    [Fact]
    public void Issue18_EchoPairs_SameAsStringCores_OnRandomWords()
    {
        var random = new Random(20);
        string[] cores = ["web", "db", "x", "ab", "<*>", "a<*>", "", "node-1", "Web"];
        string[] frames = ["{0}", "({0})", "\"{0}\"", "'{0}',", "[{0}]:", "k={0}", "(container={0})", "k=({0})", "={0}=", "{0}=v", "<{0}>", ";{0};"];
        var seen = new Dictionary<int, int>();
        var compared = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(0, 14))
                .Select(_ => string.Format(frames[random.Next(frames.Length)], cores[random.Next(cores.Length)]))
                .ToArray();
            var most = random.Next(1, 6);
            var expected = ReferencePairs(words, most);
            Assert.Equal(expected, Pairs(words, most, seen));
            compared += expected.Count;
        }

        Assert.True(compared > 10_000);
    }

    [Fact]
    public void Issue18_EchoPairs_HashCollision_ComparesTheCoresAndFindsTheFirstPlace()
    {
        // A collision is made by hand: the hash of "db" recorded as the first place of "web" (place 0). "db" at place 1 is then no
        // repeat of "web"; "db" at place 3 repeats place 1 (found by the scan), "web" at place 2 repeats place 0.
        string[] words = ["web", "db", "(web)", "k=db"];
        var seen = new Dictionary<int, int> { [string.GetHashCode("db", StringComparison.Ordinal)] = 0 };
        var core = TemplateMiner.EchoCore(words[0]);
        Assert.Equal(-1, TemplateMiner.FirstPlace(words, 0, core, seen));
        Assert.Equal(-1, TemplateMiner.FirstPlace(words, 1, TemplateMiner.EchoCore(words[1]), seen));
        Assert.Equal(0, TemplateMiner.FirstPlace(words, 2, TemplateMiner.EchoCore(words[2]), seen));
        Assert.Equal(1, TemplateMiner.FirstPlace(words, 3, TemplateMiner.EchoCore(words[3]), seen));
    }
}
