using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>Chunks get their vectors in the background, through the production OpenAI client against a local server speaking the
/// /v1/embeddings wire protocol that can be switched off: imports return at once, search is lexical until every chunk has its
/// vector, and a restart picks up where the last run stopped.</summary>
public sealed class SemanticIndexingTests : IAsyncLifetime
{
    private ToyEmbeddingServer? _embedder;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _embedder = await ToyEmbeddingServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _embedder!.DisposeAsync();

    private Dictionary<string, string?> Settings() => _embedder!.Settings();

    [Fact]
    public async Task Indexing_WhileTheEmbedderIsDown_StaysLexical_AndResumesAfterARestart()
    {
        using var data = new TempDirectory();
        _embedder!.Down = true;
        await using (var first = await InProcessServer.StartAsync(Settings(), data.Path, Token))
        {
            foreach (var (id, text) in new[] { ("rb-disk", "# Disk full\n\nFree the volume."), ("rb-cert", "# Certificate expired\n\nRenew it."), ("rb-oom", "# Out of memory\n\nRaise the limit.") })
            {
                (await first.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text }, Token)).EnsureSuccessStatusCode();
            }

            var failed = await KnowledgeStatus.WaitForAsync(first.Client, "failed", Token);
            Assert.Equal("lexical", failed.GetProperty("search").GetString());
            Assert.Equal(3, failed.GetProperty("documentsPending").GetInt32());
            Assert.Equal(0, failed.GetProperty("chunksWithVectors").GetInt32());
            Assert.Contains("loading", failed.GetProperty("error").GetString());
            // Words still find documents meanwhile.
            var result = await (await first.Client.GetAsync("/api/v1/knowledge/search?q=certificate", Token)).ReadJsonAsync(Token);
            Assert.Equal("rb-cert", result.GetProperty("results")[0].GetProperty("documentId").GetString());
        }

        _embedder!.Down = false;
        await using (var second = await InProcessServer.StartAsync(Settings(), data.Path, Token))
        {
            var ready = await KnowledgeStatus.WaitForAsync(second.Client, cancellationToken: Token);
            Assert.Equal("hybrid", ready.GetProperty("search").GetString());
            Assert.Equal("toy-embed", ready.GetProperty("model").GetString());
            Assert.Equal(ready.GetProperty("chunks").GetInt32(), ready.GetProperty("chunksWithVectors").GetInt32());
            Assert.Equal(0, ready.GetProperty("documentsPending").GetInt32());
        }

        var embedded = _embedder!.Inputs.Count;
        Assert.Contains(_embedder!.Inputs, t => t.Contains("Certificate expired", StringComparison.Ordinal));
        await using (var third = await InProcessServer.StartAsync(Settings(), data.Path, Token))
        {
            await KnowledgeStatus.WaitForAsync(third.Client, cancellationToken: Token);
        }

        // The vectors the second run computed were kept: the third embedded nothing again.
        Assert.Equal(embedded, _embedder!.Inputs.Count);
    }

    [Fact]
    public async Task StoredVectorsRead_CompletesWithEveryStoredVectorInTheIndex_WithoutTheEmbedder()
    {
        using var data = new TempDirectory();
        await using (var first = await InProcessServer.StartAsync(Settings(), data.Path, Token))
        {
            foreach (var (id, text) in new[] { ("rb-disk", "# Disk full\n\nFree the volume."), ("rb-cert", "# Certificate expired\n\nRenew it.") })
            {
                (await first.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text }, Token)).EnsureSuccessStatusCode();
            }

            await KnowledgeStatus.WaitForAsync(first.Client, cancellationToken: Token);
        }

        // With the embedder down, only the store can give the vectors: what fm ask waits for before its first answer.
        _embedder!.Down = true;
        await using var second = await InProcessServer.StartAsync(Settings(), data.Path, Token);
        var indexer = second.Services.GetRequiredService<FaultMaven.Core.Knowledge.Indexing.SemanticIndexer>();
        await indexer.StoredVectorsRead.WaitAsync(TimeSpan.FromSeconds(60), Token);

        var status = indexer.Status();
        Assert.Equal("hybrid", status.Search);
        Assert.Equal(status.Chunks, status.ChunksWithVectors);
        Assert.Equal(0, status.DocumentsPending);
    }

    [Fact]
    public async Task Import_ReturnsBeforeTheVectors_AndStatusCountsThemIn()
    {
        await using var server = await InProcessServer.StartAsync(Settings(), cancellationToken: Token);
        var empty = await KnowledgeStatus.WaitForAsync(server.Client, cancellationToken: Token);
        Assert.Equal(0, empty.GetProperty("documents").GetInt32());

        (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-disk", text = "# Disk full\n\n## Check\n\nFree the volume.\n\n## Fix\n\nGrow it." }, Token)).EnsureSuccessStatusCode();

        var ready = await KnowledgeStatus.WaitForAsync(server.Client, cancellationToken: Token);
        Assert.Equal(1, ready.GetProperty("documents").GetInt32());
        Assert.True(ready.GetProperty("chunks").GetInt32() >= 1);
        Assert.Equal(ready.GetProperty("chunks").GetInt32(), ready.GetProperty("chunksWithVectors").GetInt32());
        // Each chunk is embedded with its document's title and headings before it.
        Assert.Contains(_embedder!.Inputs, t => t.StartsWith("Disk full\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmbeddingsOff_StatusSaysSo_AndSearchIsLexical()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_EMBEDDINGS"] = "off", ["FM_DATA_WARMUP"] = "false" }, cancellationToken: Token);
        (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-disk", text = "# Disk full\n\nFree the volume." }, Token)).EnsureSuccessStatusCode();

        var status = await (await server.Client.GetAsync("/api/v1/knowledge/status", Token)).ReadJsonAsync(Token);

        Assert.Equal("off", status.GetProperty("state").GetString());
        Assert.Equal("lexical", status.GetProperty("search").GetString());
        Assert.True(!status.TryGetProperty("model", out var model) || model.ValueKind == JsonValueKind.Null);
        Assert.Equal(1, status.GetProperty("documents").GetInt32());
        Assert.Empty(_embedder!.Inputs);
    }
}
