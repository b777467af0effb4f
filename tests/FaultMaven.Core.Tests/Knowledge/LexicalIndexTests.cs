using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Tests.Knowledge;

public sealed class LexicalIndexTests
{
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 60).Select(i => $"word{(char)('a' + i % 26)}{(char)('a' + i / 26)}")];

    [Fact]
    public void Search_ReusingItsThreadsBuffers_GivesWhatAFreshThreadGives_AsTheIndexGrowsAndShrinks()
    {
        // Searches keep their score and touched buffers per thread: a chunk left scored by an earlier search, or a buffer sized for
        // a smaller index, would show here as a score or a hit that the same search on a new thread (new buffers) does not give.
        var random = new Random(7);
        var live = new Dictionary<string, int>();
        using var index = new LexicalIndex();
        for (var round = 0; round < 6; round++)
        {
            for (var d = 0; d < 150 * (round + 1); d++)
            {
                var id = $"doc-{random.Next(400 * (round + 1))}";
                var chunks = Enumerable.Range(0, random.Next(1, 4)).Select(c => new IndexedChunk($"{id}#{c}", id, Words(random, 2), [Words(random, 1)], Words(random, random.Next(3, 40)))).ToList();
                index.Replace(chunks);
                live[id] = chunks.Count;
            }

            foreach (var id in live.Keys.Where(_ => random.Next(4) == 0).ToList())
            {
                index.Remove(id);
                live.Remove(id);
            }

            Assert.Equal(live.Values.Sum(), index.Count);
            var queries = Enumerable.Range(0, 40).Select(_ => Words(random, random.Next(1, 8))).ToList();
            for (var q = 0; q < queries.Count; q++)
            {
                List<ChunkHit>? expected = null;
                var fresh = new Thread(() => expected = index.Search(queries[q], 25));
                fresh.Start();
                fresh.Join();
                var actual = index.Search(queries[q], 25);
                Assert.NotEmpty(actual);
                Assert.Equal(expected, actual);
                Assert.All(actual, hit => Assert.True(live.ContainsKey(hit.DocumentId)));
            }
        }
    }

    private static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
