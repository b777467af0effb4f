using System.Collections.Concurrent;
using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Knowledge search fused with dense vectors from a local server speaking OpenAI's /v1/embeddings wire protocol, reached
/// through the production OpenAI client. Its toy embedding puts words of one topic on one axis, as a real model places meanings.</summary>
public sealed class HybridSearchTests : IAsyncLifetime
{
    private static readonly Dictionary<string, int> Topics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["space"] = 0, ["disk"] = 0, ["filesystem"] = 0, ["storage"] = 0, ["full"] = 0, ["volume"] = 0,
        ["memory"] = 1, ["oom"] = 1, ["heap"] = 1,
        ["certificate"] = 2, ["tls"] = 2, ["expired"] = 2,
    };

    private readonly ConcurrentQueue<string> _inputs = new();
    private WebApplication? _provider;
    private string? _endpoint;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _provider = LoopbackApp.Create();
        _provider.MapPost("/v1/embeddings", async (HttpContext context) =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.Body);
            var input = request.RootElement.GetProperty("input");
            var texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString()!).ToList() : [input.GetString()!];
            foreach (var text in texts)
            {
                _inputs.Enqueue(text);
            }

            return Results.Json(new
            {
                @object = "list",
                model = request.RootElement.GetProperty("model").GetString(),
                data = texts.Select((t, i) => new { @object = "embedding", index = i, embedding = Embed(t) }),
                usage = new { prompt_tokens = texts.Count, total_tokens = texts.Count },
            });
        });
        _endpoint = (await _provider.StartOnLoopbackAsync(Token)).AbsoluteUri + "v1";
    }

    public async ValueTask DisposeAsync() => await _provider!.DisposeAsync();

    [Fact]
    public async Task Fusion_FindsTheRunbookThatSharesMeaningButNotWords()
    {
        const string Query = "write failed: no space left on device";

        // The lexical side of the comparison: no embedder at all (the default would be the local model).
        var lexicalTop = await TopResultAsync(null, Query);
        var hybridTop = await TopResultAsync(_endpoint, Query);

        Assert.Equal("rb-device-plugin", lexicalTop);
        Assert.Equal("rb-filesystem", hybridTop);
        Assert.Contains(_inputs, text => text.Contains("Filesystem almost full", StringComparison.Ordinal));
        Assert.Contains(Query, _inputs);
    }

    [Fact]
    public async Task Restart_ReusesStoredVectors_AndAChangedModelEmbedsAgain()
    {
        using var data = new TempDirectory();
        Dictionary<string, string?> Settings(string model) => new() { ["FM_EMBEDDINGS_URL"] = _endpoint, ["FM_EMBEDDINGS_MODEL"] = model, ["FM_DATA_WARMUP"] = "false" };
        await using (var first = await InProcessServer.StartAsync(Settings("toy-embed"), data.Path, Token))
        {
            (await first.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-filesystem", text = "# Filesystem almost full\n\nFree the disk volume." }, Token)).EnsureSuccessStatusCode();
            await KnowledgeStatus.WaitForAsync(first.Client, cancellationToken: Token);
        }

        Assert.Single(_inputs, text => text.Contains("Filesystem almost full", StringComparison.Ordinal));

        await using (var second = await InProcessServer.StartAsync(Settings("toy-embed"), data.Path, Token))
        {
            await KnowledgeStatus.WaitForAsync(second.Client, cancellationToken: Token);
            var result = await (await second.Client.GetAsync("/api/v1/knowledge/search?q=storage", Token)).ReadJsonAsync(Token);
            Assert.Equal("rb-filesystem", result.GetProperty("results")[0].GetProperty("documentId").GetString());
        }

        Assert.Single(_inputs, text => text.Contains("Filesystem almost full", StringComparison.Ordinal)); // not embedded again

        await using (var third = await InProcessServer.StartAsync(Settings("other-embed"), data.Path, Token))
        {
            await KnowledgeStatus.WaitForAsync(third.Client, cancellationToken: Token);
        }

        Assert.Equal(2, _inputs.Count(text => text.Contains("Filesystem almost full", StringComparison.Ordinal))); // new model, new vectors
    }

    private static async Task<string> TopResultAsync(string? embeddings, string query)
    {
        var settings = embeddings is null
            ? new Dictionary<string, string?> { ["FM_EMBEDDINGS"] = "off", ["FM_DATA_WARMUP"] = "false" }
            // Reciprocal rank: the toy model's similarities are not a real model's, and under the default score-weighted fusion a
            // document matching five query words outweighs one matching none (HybridFusionTests covers both methods).
            : new Dictionary<string, string?> { ["FM_EMBEDDINGS_URL"] = embeddings, ["FM_EMBEDDINGS_MODEL"] = "toy-embed", ["FM_KB_FUSION"] = "rrf", ["FM_DATA_WARMUP"] = "false" };
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Token);
        foreach (var (id, text) in new[]
        {
            ("rb-filesystem", "# Filesystem almost full\n\nThe node's disk volume is nearly out of storage; free it before writes fail."),
            ("rb-device-plugin", "# Device plugin left the node\n\nThe GPU device plugin left; writes to the device queue failed on the left node."),
            ("rb-cert", "# Certificate expired\n\nThe TLS certificate expired; renew it."),
            ("rb-pvc", "# Volume resize\n\nGrow the storage volume claim."),
            ("rb-ceph", "# Ceph capacity\n\nStorage pool near capacity: add disk."),
            ("rb-logs", "# Log rotation\n\nRotate logs so the disk keeps room."),
            ("rb-heap", "# Heap exhausted\n\nThe JVM heap memory is exhausted: OOM."),
        })
        {
            (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text }, Token)).EnsureSuccessStatusCode();
        }

        var status = await KnowledgeStatus.WaitForAsync(server.Client, embeddings is null ? "off" : "ready", Token);
        Assert.Equal(embeddings is null ? "lexical" : "hybrid", status.GetProperty("search").GetString());
        var result = await (await server.Client.GetAsync($"/api/v1/knowledge/search?q={Uri.EscapeDataString(query)}", Token)).ReadJsonAsync(Token);
        return result.GetProperty("results")[0].GetProperty("documentId").GetString()!;
    }

    /// <summary>One axis per topic, counted over the text's words; words of no topic share a small residual axis.</summary>
    private static float[] Embed(string text)
    {
        var vector = new float[4];
        foreach (var word in text.Split([' ', '\n', '.', ',', ':', ';', '#', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Topics.TryGetValue(word, out var topic))
            {
                vector[topic] += 1;
            }
            else
            {
                vector[3] += 0.05f;
            }
        }

        return vector;
    }
}
