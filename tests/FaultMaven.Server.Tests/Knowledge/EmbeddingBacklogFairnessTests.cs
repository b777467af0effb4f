using System.Net;
using System.Net.Http.Json;
using System.Text;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>The hostile pass's embedder backlog, end to end through the production OpenAI client against a local /v1/embeddings
/// server: a team's large import shares the embedder with another team's small one, and a search says when it read words only.</summary>
public sealed class EmbeddingBacklogFairnessTests : IAsyncLifetime
{
    private ToyEmbeddingServer? _embedder;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _embedder = await ToyEmbeddingServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _embedder!.DisposeAsync();

    private Dictionary<string, string?> Settings() => _embedder!.Settings();

    [Fact]
    public async Task Embedding_ALargeImportOfOneTeam_DoesNotHoldTheEmbedderFromAnotherTeamsSmallImport()
    {
        using var data = new TempDirectory();
        await using var server = await InProcessServer.StartAsync(Settings(), data.Path, Token);
        var knowledge = server.Services.GetRequiredService<KnowledgeService>();

        // Red's runbook has hundreds of sections (a dozen batches of chunks); blue imports one small runbook right after it.
        var large = new StringBuilder("# Red fleet handbook\n\n");
        for (var i = 0; i < 400; i++)
        {
            large.Append("## Section ").Append(i).Append("\n\n").Append(string.Concat(Enumerable.Repeat($"Step {i} restarts the red worker pool and checks its queue depth. ", 30))).Append("\n\n");
        }

        await ImportAsAsync(knowledge, "red", "rb-red", large.ToString());
        await ImportAsAsync(knowledge, "blue", "rb-blue", "# Blue certificate rotation\n\nRenew the blue ingress certificate.");
        await KnowledgeStatus.WaitForAsync(server.Client, cancellationToken: Token);

        var order = _embedder!.Inputs.ToList();
        var blue = order.FindIndex(t => t.StartsWith("rb-blue\n", StringComparison.Ordinal));
        var lastRed = order.FindLastIndex(t => t.StartsWith("rb-red\n", StringComparison.Ordinal));
        Assert.True(order.Count(t => t.StartsWith("rb-red\n", StringComparison.Ordinal)) > 100);
        Assert.InRange(blue, 0, lastRed);
        // Blue waited for one batch of red's at most, not for red's whole import.
        Assert.True(blue <= 2 * 32, $"blue's chunk was embedded {blue}th of {order.Count}");
    }

    [Fact]
    public async Task Search_WhileChunksWaitForVectors_SaysLexical_WithHowManyWait_ThenHybrid()
    {
        using var data = new TempDirectory();
        _embedder!.Down = true;
        await using var server = await InProcessServer.StartAsync(Settings(), data.Path, Token);
        (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-cert", text = "# Certificate expired\n\nRenew it." }, Token)).EnsureSuccessStatusCode();
        await KnowledgeStatus.WaitForAsync(server.Client, "failed", Token);

        var lexical = await (await server.Client.GetAsync("/api/v1/knowledge/search?q=certificate", Token)).ReadJsonAsync(Token);
        Assert.Equal("lexical", lexical.GetProperty("search").GetString());
        Assert.Equal(1, lexical.GetProperty("chunksWaiting").GetInt32());
        Assert.Equal("rb-cert", lexical.GetProperty("results")[0].GetProperty("documentId").GetString());

        _embedder!.Down = false;
        await KnowledgeStatus.WaitForAsync(server.Client, cancellationToken: Token);
        var hybrid = await (await server.Client.GetAsync("/api/v1/knowledge/search?q=certificate", Token)).ReadJsonAsync(Token);
        Assert.Equal("hybrid", hybrid.GetProperty("search").GetString());
        Assert.Equal(0, hybrid.GetProperty("chunksWaiting").GetInt32());
    }

    [Fact]
    public async Task Replace_WhenTheCallersBacklogIsPastItsShare_Is429_AsAnImportIs()
    {
        using var data = new TempDirectory();
        var settings = Settings();
        settings["FM_KB_CHUNK_CHARS"] = "200";
        await using var server = await InProcessServer.StartAsync(settings, data.Path, Token);
        _embedder!.Down = true;
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-disk", text = "# Disk full\n\nRotate the logs." }, Token)).StatusCode);

        // Imports of a few thousand chunks each, none embedded, until the caller's share of the backlog is full.
        var text = string.Concat(Enumerable.Range(0, 14_000).Select(i => $"Step {i} restarts the worker pool.\n\n"));
        var refused = false;
        for (var i = 0; i < 12 && !refused; i++)
        {
            using var import = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = $"rb-big-{i}", text }, Token);
            refused = import.StatusCode == (HttpStatusCode)429;
            Assert.True(refused || import.StatusCode == HttpStatusCode.Created, $"import {i}: {import.StatusCode}");
        }

        Assert.True(refused, "the backlog share was never reached");
        using var replaced = await server.Client.PutAsJsonAsync("/api/v1/knowledge/documents/rb-disk", new { text = text + "# Disk full again" }, Token);
        Assert.Equal((HttpStatusCode)429, replaced.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await replaced.Content.ReadAsStringAsync(Token));
        Assert.Equal("urn:faultmaven:problem:rate-limited", problem.RootElement.GetProperty("type").GetString());
    }

    private static async Task ImportAsAsync(KnowledgeService knowledge, string team, string id, string text)
    {
        // As a request of that team's writer would run: the caller flows with the async call.
        await Task.Run(async () =>
        {
            CallerContext.Set(new RequestOrigin(new Caller("writer-" + team, "writer-" + team, CallerRole.Admin, team), null, null));
            var outcome = await knowledge.ImportAsync(Encoding.UTF8.GetBytes(text), id + ".md", new DocumentMetadata(Id: id, Title: id), cancellationToken: Token);
            Assert.True(outcome.Succeeded);
        }, Token);
    }
}
