using FaultMaven.Infrastructure.Llm;
using FaultMaven.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>The embedding model shipped in the package, for real, on small inputs: the model is loaded once per process (and so
/// once for this class), which keeps these tests to a few seconds.</summary>
public sealed class LocalEmbedderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IEmbeddingGenerator<string, Embedding<float>> Generator(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        builder.AddFaultMavenEmbeddings();
        return builder.Build().Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }

    private static double Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a.Span[i] * b.Span[i];
            na += a.Span[i] * a.Span[i];
            nb += b.Span[i] * b.Span[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public async Task Default_IsTheLocalModel_AndPlacesLikeMeaningsCloser()
    {
        var generator = Generator();
        var vectors = await generator.GenerateAsync(
            ["write failed: no space left on device", "the filesystem on the node is almost full", "TLS certificate expired for api.example.com"], cancellationToken: Token);

        Assert.Equal(LocalEmbeddingModel.Default.Name, generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        Assert.All(vectors, v => Assert.Equal(384, v.Vector.Length));
        Assert.True(Cosine(vectors[0].Vector, vectors[1].Vector) > Cosine(vectors[0].Vector, vectors[2].Vector) + 0.02,
            $"disk/disk {Cosine(vectors[0].Vector, vectors[1].Vector):0.000} vs disk/tls {Cosine(vectors[0].Vector, vectors[2].Vector):0.000}");
    }

    [Fact]
    public async Task Batch_KeepsTheOrderOfItsInputs()
    {
        var generator = Generator();
        // Of different lengths, so the batches the generator makes by length are not the input order.
        string[] texts = ["pod OOMKilled", "etcd member has no leader and the cluster lost quorum after a network partition", "redis", "disk pressure on node-3 evicting pods", .. Enumerable.Range(0, 10).Select(i => $"alert {i}: {new string('x', 10 * i)}")];

        var together = await generator.GenerateAsync(texts, cancellationToken: Token);
        var alone = await generator.GenerateAsync([texts[1]], cancellationToken: Token);

        Assert.Equal(texts.Length, together.Count);
        Assert.True(Cosine(together[1].Vector, alone[0].Vector) > 0.999);
        Assert.True(Cosine(together[0].Vector, alone[0].Vector) < 0.99);
    }

    [Theory]
    [InlineData("all-minilm-l6-v2")]
    [InlineData("ARCTIC-EMBED-XS")]
    public void Model_IsChosenByName(string name)
    {
        var generator = Generator(new() { ["FM_EMBEDDINGS_MODEL"] = name });

        Assert.Equal(name.ToLowerInvariant(), generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }

    [Theory]
    [InlineData("local", "bge-m3", null, "FM_EMBEDDINGS_MODEL 'bge-m3' is not a local model")]
    [InlineData("remote", null, null, "FM_EMBEDDINGS=remote needs FM_EMBEDDINGS_URL")]
    [InlineData("gpu", null, null, "FM_EMBEDDINGS 'gpu' is not valid")]
    public void BadConfiguration_StopsStartWithOneLine(string mode, string? model, string? url, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Generator(new() { ["FM_EMBEDDINGS"] = mode, ["FM_EMBEDDINGS_MODEL"] = model, ["FM_EMBEDDINGS_URL"] = url }));

        Assert.StartsWith(message, error.Failures.Single());
    }

    [Fact]
    public async Task FreshServer_WithNoConfiguration_SearchesRunbooksByMeaning()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_DATA_WARMUP"] = "false" }, cancellationToken: Token);
        foreach (var (id, text) in new[]
        {
            ("rb-filesystem", "# NodeFilesystemAlmostOutOfSpace\n\nThe node's filesystem has less than 5% room left. Delete old images or grow the volume."),
            ("rb-device-plugin", "# Device plugin left the node\n\nThe GPU device plugin left; writes to the device queue failed on the node."),
            ("rb-cert", "# Certificate expiry\n\nThe TLS certificate expires soon; renew it with cert-manager."),
        })
        {
            (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text }, Token)).EnsureSuccessStatusCode();
        }

        var status = await KnowledgeStatus.WaitForAsync(server.Client, cancellationToken: Token);
        var result = await (await server.Client.GetAsync("/api/v1/knowledge/search?q=" + Uri.EscapeDataString("disk is full"), Token)).ReadJsonAsync(Token);

        Assert.Equal(LocalEmbeddingModel.Default.Name, status.GetProperty("model").GetString());
        Assert.Equal("hybrid", status.GetProperty("search").GetString());
        // No word of the query is in the runbook: only its meaning finds it.
        Assert.Equal("rb-filesystem", result.GetProperty("results")[0].GetProperty("documentId").GetString());
    }
}
