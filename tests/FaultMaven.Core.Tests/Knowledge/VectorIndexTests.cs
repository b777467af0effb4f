using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Tests.Knowledge;

public sealed class VectorIndexTests
{
    private static float[] RandomVector(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return v;
    }

    /// <summary>The vector as the index keeps it for its scores: normalised in float (non-finite components as 0), each component
    /// rounded to float16. The same float normalisation as the index's: one normalised in double may round a component to the
    /// neighbouring float16, which moves a score by ≈ 1e-6 and swaps near-ties.</summary>
    private static double[] AsKept(float[] vector) => [.. VectorIndex.Normalise(vector).Select(x => (double)(Half)x)];

    /// <summary>Exhaustive cosine, in double, of the unit query against each vector as the index keeps it (float16): the ranking the
    /// index must give.</summary>
    private static List<(string ChunkId, double Score)> BruteForce(Dictionary<string, float[]> vectors, float[] query, int limit, Func<string, bool>? accept = null) =>
        Rank(vectors.ToDictionary(v => v.Key, v => AsKept(v.Value)), query, limit, accept);

    /// <summary>Exhaustive float32 cosine, in double (the vectors as given).</summary>
    private static List<(string ChunkId, double Score)> BruteForceFloat32(Dictionary<string, float[]> vectors, float[] query, int limit) =>
        Rank(vectors.ToDictionary(v => v.Key, v => Unit(v.Value.Select(x => (double)x).ToArray())), query, limit, null);

    private static double[] Unit(double[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static List<(string ChunkId, double Score)> Rank(Dictionary<string, double[]> vectors, float[] query, int limit, Func<string, bool>? accept)
    {
        var q = Unit(query.Select(x => (double)x).ToArray());
        return vectors
            .Where(v => accept is null || accept(v.Key.Split('#')[0]))
            .Select(v => (v.Key, Score: v.Value.Zip(q, (a, b) => a * b).Sum()))
            .OrderByDescending(v => v.Score).ThenBy(v => v.Key, StringComparer.Ordinal).Take(limit).ToList();
    }

    private static List<ReadOnlyMemory<float>> Vectors(params float[][] vectors) => [.. vectors.Select(v => (ReadOnlyMemory<float>)v)];

    private static Dictionary<string, float[]> Fill(VectorIndex index, Random random, int documents, int chunksPerDocument, int dimensions)
    {
        var all = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var d = 0; d < documents; d++)
        {
            var chunks = Enumerable.Range(0, chunksPerDocument).Select(c => ($"doc{d}#{c}", RandomVector(random, dimensions))).ToList();
            foreach (var (id, v) in chunks)
            {
                all[id] = v;
            }

            index.Replace($"doc{d}", chunks.Select(c => (ReadOnlyMemory<float>)c.Item2).ToList());
        }

        return all;
    }

    [Theory]
    [InlineData(384, 2_000, 10)]
    // Past the size at which a search is split across cores, and a dimension that is no multiple of the vector width.
    [InlineData(384, 20_000, 300)]
    [InlineData(37, 3_000, 25)]
    public void Search_GivesTheExhaustiveTopKOfTheKeptVectors(int dimensions, int chunks, int limit)
    {
        var random = new Random(dimensions + chunks);
        using var index = new VectorIndex();
        var all = Fill(index, random, chunks / 4, 4, dimensions);

        for (var q = 0; q < 20; q++)
        {
            var query = RandomVector(random, dimensions);
            var expected = BruteForce(all, query, limit);
            var actual = index.Search(query, limit);

            Assert.Equal(expected.Select(e => e.ChunkId), actual.Select(a => a.ChunkId));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5));
        }
    }

    [Fact]
    public void Float16Rescoring_RanksLikeFloat32_WithinTheFloat16Error()
    {
        // Each score is within ‖x₁₆ − x‖ ≤ 2⁻¹¹ of the float32 cosine (Cauchy–Schwarz with a unit query), so against the float32
        // ranking two chunks may swap only when their float32 scores lie within twice that, and a chunk may leave the top k only
        // for one scoring at most that much less.
        var random = new Random(16);
        using var index = new VectorIndex();
        var all = Fill(index, random, 2_500, 4, 384);
        const double Bound = 2 * VectorIndex.Float16Error + 1e-6;
        var (same, total) = (0, 0);
        for (var q = 0; q < 30; q++)
        {
            var query = RandomVector(random, 384);
            var float32 = BruteForceFloat32(all, query, 50).ToDictionary(h => h.ChunkId, h => h.Score);
            var actual = index.Search(query, 50);
            var kth = float32.Values.Min();
            foreach (var hit in actual)
            {
                var exact = float32.TryGetValue(hit.ChunkId, out var score) ? score : Unit([.. all[hit.ChunkId].Select(x => (double)x)]).Zip(Unit([.. query.Select(x => (double)x)]), (a, b) => a * b).Sum();
                Assert.InRange(hit.Score - exact, -VectorIndex.Float16Error, VectorIndex.Float16Error);
                Assert.True(float32.ContainsKey(hit.ChunkId) || exact >= kth - Bound, $"{hit.ChunkId} ({exact}) is far below the float32 top 50 ({kth})");
            }

            for (var i = 0; i < actual.Count; i++)
            {
                for (var j = i + 1; j < actual.Count; j++)
                {
                    if (float32.TryGetValue(actual[i].ChunkId, out var above) && float32.TryGetValue(actual[j].ChunkId, out var below))
                    {
                        Assert.True(above >= below - Bound, $"{actual[i].ChunkId} ranked above {actual[j].ChunkId}: {above} < {below}");
                    }
                }
            }

            same += actual.Select(a => a.ChunkId).SequenceEqual(float32.OrderByDescending(f => f.Value).Select(f => f.Key)) ? 1 : 0;
            total++;
        }

        // The float16 error is far below the gaps between random vectors' scores: most rankings are the float32 ones to the last place.
        Assert.InRange(same, total * 2 / 3, total);
    }

    [Fact]
    public void Replace_FromOneSpan_KeepsWhatTheListGives_AndRefusesPartialVectors()
    {
        var random = new Random(23);
        using var fromLists = new VectorIndex();
        using var fromSpans = new VectorIndex();
        for (var d = 0; d < 500; d++)
        {
            var vectors = Enumerable.Range(0, 1 + d % 4).Select(_ => RandomVector(random, 48)).ToArray();
            fromLists.Replace($"doc{d}", Vectors(vectors));
            fromSpans.Replace($"doc{d}", vectors.SelectMany(v => v).ToArray(), 48);
        }

        for (var q = 0; q < 10; q++)
        {
            var query = RandomVector(random, 48);
            Assert.Equal(fromLists.Search(query, 40), fromSpans.Search(query, 40));
        }

        Assert.Throws<ArgumentException>(() => fromSpans.Replace("bad", new float[47], 48));
        Assert.Throws<ArgumentException>(() => fromSpans.Replace("bad", new float[48], 0));
        Assert.Throws<ArgumentException>(() => fromSpans.Replace("bad", new float[64], 32));
        Assert.Equal(fromLists.Count, fromSpans.Count);
    }

    [Fact]
    public void TiedScores_AreOrderedByChunkIdAsAString()
    {
        // Twelve equal vectors: the ids rebuilt from ordinals must order as strings do ("d#10" before "d#2"), across documents too.
        using var index = new VectorIndex();
        var same = Enumerable.Range(0, 12).Select(_ => new float[] { 1, 2, 3 }).ToArray();
        index.Replace("d", Vectors(same));
        index.Replace("d#1", Vectors(same[..2]));
        index.Replace("c", Vectors(new float[] { 3, 2, 1 }));

        var hits = index.Search(new float[] { 1, 2, 3 }, 14);

        var expected = Enumerable.Range(0, 12).Select(i => $"d#{i}").Concat(["d#1#0", "d#1#1"]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, hits.Select(h => h.ChunkId));
        Assert.All(hits, h => Assert.StartsWith(h.DocumentId + "#", h.ChunkId, StringComparison.Ordinal));
    }

    [Fact]
    public void Memory_PerVector_IsAFloat16AndAnInt8CopyWithLittleElse()
    {
        // 384 dimensions: 768 bytes float16 + 384 int8 + scale, ordinal and the document's reference; no string per chunk.
        var random = new Random(29);
        // Three whole blocks of 4,096 (blocks are allocated whole), everything the index allocates counted.
        var documents = Enumerable.Range(0, 2_048).Select(d => ($"runbooks/some-team/document-{d}", Enumerable.Range(0, 6).Select(_ => RandomVector(random, 384)).ToArray())).ToList();
        var before = GC.GetAllocatedBytesForCurrentThread();
        using var index = new VectorIndex();
        foreach (var (id, vectors) in documents)
        {
            index.Replace(id, Vectors(vectors));
        }

        var perVector = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)index.Count;

        Assert.InRange(perVector, 768 + 384, 1_250);
    }

    [Fact]
    public void Int8Copies_AreClose_SoOrdinarySearchesSettleOnTheirFirstCandidates()
    {
        // A wrong scale (say, for vectors whose largest component is negative) would still give exact results through the
        // fallback, only slowly: the error bound and how often the fallback runs say whether the int8 scan does its job.
        var random = new Random(19);
        using var index = new VectorIndex();
        Fill(index, random, 5_000, 4, 384);

        for (var q = 0; q < 20; q++)
        {
            index.Search(RandomVector(random, 384), 10);
        }

        Assert.InRange(index.MaxQuantisationError, 1e-4f, 0.01f);
        Assert.InRange(index.WidenedSearches, 0, 2);
    }

    [Fact]
    public void Search_IsExactWhenManyVectorsAreNearlyTied()
    {
        // Near-duplicates (one base vector plus noise of about the int8 step, yet far above float rounding): the int8 scores cannot
        // order them, so the bound must send the search back to rescore beyond its first candidates.
        var random = new Random(7);
        var baseVector = RandomVector(random, 384);
        using var index = new VectorIndex();
        var all = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var d = 0; d < 500; d++)
        {
            var v = baseVector.Select(x => x + (float)((random.NextDouble() - 0.5) * 2e-2)).ToArray();
            all[$"d{d}#0"] = v;
            index.Replace($"d{d}", Vectors(v));
        }

        // Half toward them: scores near 0.45, where float rounding (≈ 1e-7) is far below the gaps between the duplicates.
        var query = baseVector.Zip(RandomVector(random, 384), (x, r) => x * 0.5f + r).ToArray();
        var expected = BruteForce(all, query, 10);
        var widenedBefore = index.WidenedSearches;

        Assert.Equal(expected.Select(e => e.ChunkId), index.Search(query, 10).Select(a => a.ChunkId));
        Assert.Equal(widenedBefore + 1, index.WidenedSearches);
    }

    [Fact]
    public void Search_AppliesTheFilterBeforeTakingTheTopK()
    {
        var random = new Random(3);
        using var index = new VectorIndex();
        var all = Fill(index, random, 3_000, 3, 64);
        bool Accept(string documentId) => documentId.EndsWith('7');
        var query = RandomVector(random, 64);

        var actual = index.Search(query, 15, Accept);

        Assert.Equal(BruteForce(all, query, 15, Accept).Select(e => e.ChunkId), actual.Select(a => a.ChunkId));
        Assert.All(actual, a => Assert.EndsWith("7", a.DocumentId, StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyIndex_AndNonPositiveLimits_FindNothing()
    {
        using var index = new VectorIndex();
        Assert.Empty(index.Search(new float[384], 10));
        Assert.Equal(0, index.Count);

        index.Replace("a", Vectors(new float[] { 1, 0, 0 }));
        Assert.Empty(index.Search(new float[] { 1, 0, 0 }, 0));
        Assert.Empty(index.Search(new float[] { 1, 0, 0 }, -5));

        index.Remove("a");
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Search(new float[] { 1, 0, 0 }, 10));
    }

    [Fact]
    public void DimensionMismatch_IsRefusedOnAdd_AndFindsNothingOnSearch()
    {
        using var index = new VectorIndex();
        index.Replace("a", Vectors(new float[] { 1, 0, 0 }, new float[] { 0, 1, 0 }));

        Assert.Throws<ArgumentException>(() => index.Replace("b", Vectors(new float[] { 1, 0, 0, 0 })));
        Assert.Throws<ArgumentException>(() => index.Replace("c", Vectors(new float[] { 1, 0, 0 }, new float[] { 1, 0 })));
        Assert.Empty(index.Search(new float[] { 1, 0 }, 5));
        Assert.Equal(2, index.Count);
        Assert.Equal("a#0", index.Search(new float[] { 1, 0.1f, 0 }, 5)[0].ChunkId);

        // Replacing the only document may change the dimension (a new model once every old vector is gone).
        index.Replace("a", Vectors(new float[] { 0, 0, 0, 1 }));
        Assert.Equal(4, index.Dimensions);
        Assert.Equal("a#0", Assert.Single(index.Search(new float[] { 0, 0, 0, 1 }, 5)).ChunkId);
    }

    [Fact]
    public void HostileVectors_ZeroOrNotFinite_DoNotPoisonTheRanking()
    {
        using var index = new VectorIndex();
        index.Replace("zero", Vectors(new float[4]));
        index.Replace("nan", Vectors(new[] { float.NaN, float.PositiveInfinity, 1, 0 }));
        index.Replace("good", Vectors(new float[] { 1, 0, 0, 0 }));

        var hits = index.Search(new[] { 1, float.NaN, 0, 0 }, 3);

        Assert.Equal("good#0", hits[0].ChunkId);
        Assert.All(hits, h => Assert.True(double.IsFinite(h.Score)));
        // A query with no direction ranks nothing; a limit far beyond the index returns what there is.
        Assert.Empty(index.Search(new float[4], 3));
        Assert.Empty(index.Search(new[] { float.NaN, float.NaN, float.NaN, float.NaN }, 3));
        Assert.Equal(3, index.Search(new float[] { 0, 0, 1, 0 }, int.MaxValue).Count);
    }

    [Fact]
    public void RemovedAndReplacedVectors_AreNotFound_AndTheirSlotsAreReused()
    {
        var random = new Random(11);
        using var index = new VectorIndex();
        var all = Fill(index, random, 1_000, 5, 32);
        for (var d = 0; d < 1_000; d += 2)
        {
            index.Remove($"doc{d}");
            for (var c = 0; c < 5; c++)
            {
                all.Remove($"doc{d}#{c}");
            }
        }

        // Replacing with fewer chunks leaves no stale chunk behind.
        var replacement = RandomVector(random, 32);
        index.Replace("doc1", Vectors(replacement));
        for (var c = 1; c < 5; c++)
        {
            all.Remove($"doc1#{c}");
        }

        all["doc1#0"] = replacement;
        Assert.Equal(all.Count, index.Count);
        var query = RandomVector(random, 32);
        Assert.Equal(BruteForce(all, query, 50).Select(e => e.ChunkId), index.Search(query, 50).Select(a => a.ChunkId));
        Assert.Equal("doc1#0", index.Search(replacement, 1)[0].ChunkId);
    }

    [Fact]
    public async Task ConcurrentReplaceAndSearch_StayConsistent()
    {
        var random = new Random(5);
        using var index = new VectorIndex();
        Fill(index, random, 2_500, 4, 96);
        var cancellation = TestContext.Current.CancellationToken;
        var queries = Enumerable.Range(0, 16).Select(_ => RandomVector(new Random(random.Next()), 96)).ToList();

        // Writers churn documents doc0..doc99 (each always has 4 chunks, or none) while readers search.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            var local = new Random(w);
            for (var i = 0; i < 2_000; i++)
            {
                var id = $"doc{local.Next(100)}";
                if (local.Next(3) == 0)
                {
                    index.Remove(id);
                }
                else
                {
                    index.Replace(id, Enumerable.Range(0, 4).Select(c => (ReadOnlyMemory<float>)RandomVector(local, 96)).ToList());
                }
            }
        }, cancellation));
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                var hits = index.Search(queries[i % queries.Count], 20);
                Assert.Equal(20, hits.Count);
                Assert.Equal(hits.Count, hits.Select(h => h.ChunkId).Distinct().Count());
                Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
                Assert.All(hits, h => Assert.StartsWith(h.DocumentId + "#", h.ChunkId, StringComparison.Ordinal));
            }
        }, cancellation));

        await Task.WhenAll(writers.Concat(readers));
        Assert.Equal(0, index.Count % 4);
        Assert.InRange(index.Count, 2_400 * 4, 2_500 * 4);
    }

    [Theory]
    [InlineData(384)]
    [InlineData(31)]
    [InlineData(4096)]
    public void Int8DotProduct_MatchesTheScalarSum(int dimensions)
    {
        var random = new Random(dimensions);
        var a = Enumerable.Range(0, dimensions).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        // The query's range shrinks with the dimension so the sum fits an int, as the index chooses it.
        var range = (int)Math.Min(short.MaxValue, int.MaxValue / (127L * dimensions));
        var b = Enumerable.Range(0, dimensions).Select(_ => (short)random.Next(-range, range + 1)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => (long)x * y).Sum(), VectorIndex.DotInt8(a, b));
    }
}
