using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace FaultMaven.Core.Tests.Knowledge;

public sealed class HybridFusionTests
{
    private static List<ChunkHit> Ranking(params (string Id, double Score)[] hits) => hits.Select(h => new ChunkHit(h.Id, h.Id.Split('#')[0], h.Score)).ToList();

    [Fact]
    public void Rrf_AChunkInBothRankingsBeatsTheTopOfOne()
    {
        var lexical = Ranking(("a#0", 30), ("b#0", 20), ("c#0", 10));
        var semantic = Ranking(("d#0", 0.9), ("b#0", 0.8), ("e#0", 0.7));

        var fused = HybridFusion.Fuse(lexical, semantic, new FusionOptions { Method = FusionMethod.Rrf });

        Assert.Equal("b#0", fused[0].ChunkId);
        Assert.Equal(5, fused.Count);
    }

    [Fact]
    public void Weighted_ScalesEachRankingToItsOwnRange()
    {
        // BM25 scores in the tens and cosines near 1 weigh alike once each ranking is scaled to 0–1.
        var lexical = Ranking(("a#0", 40), ("b#0", 39), ("c#0", 10));
        var semantic = Ranking(("b#0", 0.91), ("c#0", 0.90), ("a#0", 0.60));

        var fused = HybridFusion.Fuse(lexical, semantic, new FusionOptions { Method = FusionMethod.Weighted, SemanticWeight = 0.5 });

        Assert.Equal(["b#0", "a#0", "c#0"], fused.Select(h => h.ChunkId));
        Assert.Equal(0.5 * (29.0 / 30) + 0.5, fused[0].Score, 6);
    }

    [Fact]
    public void Weighted_SumsBothSharesOfAChunk_AndOrdersTiesByChunkId()
    {
        // Scaled: lexical a 1, b 0.5, c 0; semantic c 1, b 0.5, a 0. Weight 0.4: a 0.6, b 0.5, c 0.4; then d and e tie.
        var lexical = Ranking(("a#0", 9), ("b#0", 6), ("c#0", 3));
        var semantic = Ranking(("c#0", 0.9), ("b#0", 0.7), ("a#0", 0.5));

        var fused = HybridFusion.Fuse(lexical, semantic, new FusionOptions { SemanticWeight = 0.4 });

        Assert.Equal(["a#0", "b#0", "c#0"], fused.Select(h => h.ChunkId));
        Assert.Equal([0.6, 0.5, 0.4], fused.Select(h => Math.Round(h.Score, 9)));

        var tied = HybridFusion.Fuse(Ranking(("e#0", 2), ("d#0", 1)), Ranking(("d#0", 2), ("e#0", 1)), new FusionOptions { SemanticWeight = 0.5 });
        Assert.Equal(["d#0", "e#0"], tied.Select(h => h.ChunkId));
        Assert.Equal(tied[0].Score, tied[1].Score);
    }

    [Theory]
    [InlineData(FusionMethod.Rrf, 0.0, "a#0")]
    [InlineData(FusionMethod.Rrf, 1.0, "d#0")]
    [InlineData(FusionMethod.Weighted, 0.0, "a#0")]
    [InlineData(FusionMethod.Weighted, 1.0, "d#0")]
    public void Weight_ZeroIsWordsOnly_OneIsMeaningOnly(FusionMethod method, double weight, string top)
    {
        var lexical = Ranking(("a#0", 30), ("b#0", 20));
        var semantic = Ranking(("d#0", 0.9), ("b#0", 0.8));

        Assert.Equal(top, HybridFusion.Fuse(lexical, semantic, new FusionOptions { Method = method, SemanticWeight = weight })[0].ChunkId);
    }

    [Fact]
    public async Task KnowledgeBase_SearchesLexicallyUntilEveryChunkHasItsVector()
    {
        using var knowledge = new KnowledgeBase(embeddings: new AxisEmbedder());
        knowledge.Upsert(new KnowledgeDocument { Id = "disk", Title = "Filesystem almost full", Text = "Free the volume." });
        knowledge.Upsert(new KnowledgeDocument { Id = "plugin", Title = "Device plugin left", Text = "Writes to the device failed." });

        Assert.False(knowledge.SemanticReady);
        Assert.Equal("plugin", (await knowledge.SearchAsync("device write failed", 1, cancellationToken: TestContext.Current.CancellationToken))[0].DocumentId);

        foreach (var id in new[] { "disk", "plugin" })
        {
            var inputs = knowledge.EmbeddingInputs(id, knowledge.Get(id)!.Text)!;
            var vectors = await new AxisEmbedder().GenerateAsync(inputs, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(knowledge.SetVectors(id, knowledge.Get(id)!.Text, vectors.Select(v => v.Vector).ToList()));
        }

        Assert.True(knowledge.SemanticReady);
        Assert.Equal(2, knowledge.ChunksWithVectors);
        // "space" shares no word with the filesystem runbook, only its axis.
        Assert.Equal("disk", (await knowledge.SearchAsync("space", 1, cancellationToken: TestContext.Current.CancellationToken))[0].DocumentId);

        // A changed text waits for new vectors, and search is lexical meanwhile; stale vectors are refused.
        var oldText = knowledge.Get("disk")!.Text;
        knowledge.Upsert(new KnowledgeDocument { Id = "disk", Title = "Filesystem almost full", Text = "Free the volume now." });
        Assert.False(knowledge.SemanticReady);
        Assert.False(knowledge.SetVectors("disk", oldText, [new float[] { 1, 0 }]));
    }

    /// <summary>Storage words on one axis, everything else on the other.</summary>
    private sealed class AxisEmbedder : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v =>
            {
                var storage = new[] { "space", "filesystem", "volume", "full" }.Count(w => v.Contains(w, StringComparison.OrdinalIgnoreCase));
                return new Embedding<float>(new float[] { storage, 0.1f });
            })));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
