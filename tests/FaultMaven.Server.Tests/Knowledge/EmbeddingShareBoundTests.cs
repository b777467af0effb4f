using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Indexing;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>A team's share of the embedding backlog is a bound, not a limit on its next import: against a real server whose embedder
/// does not answer (so every chunk stays waiting), an import, a replacement or a bulk item that would take the team past its share is
/// refused before it is stored (429 with Retry-After; 413 when the document alone is larger than a share), and nothing of it is kept.</summary>
public sealed class EmbeddingShareBoundTests : IAsyncLifetime
{
    private ToyEmbeddingServer? _embedder;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _embedder = await ToyEmbeddingServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _embedder!.DisposeAsync();

    [Fact]
    public async Task An_import_that_would_take_the_team_past_its_share_is_refused_whole_as_are_a_replacement_and_a_bulk_item()
    {
        using var data = new TempDirectory();
        var settings = _embedder!.Settings();
        settings["FM_KB_CHUNK_CHARS"] = "200";
        // A replacement is read as a JSON request, under the general body limit: raised for a document of thousands of chunks.
        settings["FM_MAX_REQUEST_BODY_BYTES"] = (8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _embedder.Down = true;
        await using var server = await InProcessServer.StartAsync(settings, data.Path, Token);
        var index = server.Services.GetRequiredService<KnowledgeBase>();
        var share = EmbeddingBacklog.MaxChunksPerTeam;
        // Three fifths of a share waiting, then a document of two fifths and a little more: within the share as the next import was
        // judged before (the team is below it), past it once its chunks are counted.
        var first = Runbook("first", 3 * share / 5);
        var second = Runbook("second", (2 * share / 5) + 50);
        var firstChunks = index.Cut(first).Count;
        var secondChunks = index.Cut(second).Count;
        Assert.InRange(firstChunks, share / 2, share - 1);
        Assert.InRange(secondChunks, share - firstChunks + 1, share);

        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-small", text = "# Disk full\n\nRotate the logs." }, Token)).StatusCode);
        using (var accepted = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-first", text = first }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        using (var refused = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-second", text = second }, Token))
        {
            await AssertRateLimitedAsync(refused, secondChunks);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-second", Token)).StatusCode);

        // A replacement is judged as an import (the document's old chunks are counted out): refused, the old text kept.
        using (var replaced = await server.Client.PutAsJsonAsync("/api/v1/knowledge/documents/rb-small", new { text = second }, Token))
        {
            await AssertRateLimitedAsync(replaced, secondChunks);
        }

        var kept = await (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-small", Token)).ReadJsonAsync(Token);
        Assert.Equal("# Disk full\n\nRotate the logs.", kept.GetProperty("text").GetString());

        // In a bulk import each document is judged in turn: the small one fits, the large one is refused with the reason.
        using var bulk = await server.Client.PostJsonAsync("/api/v1/knowledge/documents/bulk",
            new object[] { new { id = "rb-bulk-small", text = "# Certificate expired\n\nRenew it." }, new { id = "rb-bulk-large", text = second } }, Token);
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        var results = await bulk.ReadJsonAsync(Token);
        Assert.False(results[0].TryGetProperty("error", out var none) && none.ValueKind == JsonValueKind.String);
        Assert.Contains("still wait for vectors", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        // With the status and wait a single import's refusal gives.
        Assert.Equal(429, results[1].GetProperty("status").GetInt32());
        Assert.Equal(60, results[1].GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-bulk-large", Token)).StatusCode);

        // What waits is what was taken: the share is never passed.
        var status = await (await server.Client.GetAsync("/api/v1/knowledge/status", Token)).ReadJsonAsync(Token);
        var small = index.Cut("# Disk full\n\nRotate the logs.").Count + index.Cut("# Certificate expired\n\nRenew it.").Count;
        Assert.Equal(firstChunks + small, status.GetProperty("chunks").GetInt32());
        Assert.Equal(0, status.GetProperty("chunksWithVectors").GetInt32());
    }

    [Fact]
    public async Task A_document_larger_than_a_share_on_its_own_is_413_even_for_a_team_with_nothing_waiting()
    {
        using var data = new TempDirectory();
        var settings = _embedder!.Settings();
        settings["FM_KB_CHUNK_CHARS"] = "200";
        _embedder.Down = true;
        await using var server = await InProcessServer.StartAsync(settings, data.Path, Token);
        var huge = Runbook("huge", EmbeddingBacklog.MaxChunksPerTeam + 100);
        var chunks = server.Services.GetRequiredService<KnowledgeBase>().Cut(huge).Count;
        Assert.True(chunks > EmbeddingBacklog.MaxChunksPerTeam);

        using var refused = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-huge", text = huge }, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await ProblemAsync(refused);
        Assert.Equal("urn:faultmaven:problem:payload-too-large", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"{chunks:N0} chunks", detail, StringComparison.Ordinal);
        Assert.Contains("split it", detail, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-huge", Token)).StatusCode);
    }

    [Fact]
    public async Task A_deleted_document_stops_counting_against_the_share_at_once_while_the_embedder_is_down()
    {
        using var data = new TempDirectory();
        var settings = _embedder!.Settings();
        settings["FM_KB_CHUNK_CHARS"] = "200";
        settings["FM_MAX_REQUEST_BODY_BYTES"] = (8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _embedder.Down = true;
        await using var server = await InProcessServer.StartAsync(settings, data.Path, Token);
        var big = Runbook("big", 3 * EmbeddingBacklog.MaxChunksPerTeam / 5);

        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-a", text = big }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.DeleteAsync("/api/v1/knowledge/documents/rb-a", Token)).StatusCode);

        // Without the release the deleted document's chunks would wait for an indexer turn that never comes: 429 here.
        using var again = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-b", text = big + "\n\nAgain." }, Token);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task A_restart_counts_the_chunks_still_waiting_against_the_team_that_imported_them()
    {
        using var data = new TempDirectory();
        var settings = _embedder!.Settings();
        settings["FM_KB_CHUNK_CHARS"] = "200";
        settings["FM_MAX_REQUEST_BODY_BYTES"] = (8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["FM_KB_WRITERS"] = "admin,engineer";
        // The embedder never answers: what was imported before the restart still waits for vectors after it.
        _embedder.Down = true;
        var share = EmbeddingBacklog.MaxChunksPerTeam;
        var first = Runbook("first", 3 * share / 5);
        var second = Runbook("second", 3 * share / 5);
        string red, blue;
        int firstChunks;
        await using (var server = await SecuredServer.StartAsync(settings, data.Path, Token))
        {
            (_, red) = await server.CreateKeyAsync("alice", "engineer", "red", Token);
            (_, blue) = await server.CreateKeyAsync("bob", "engineer", "blue", Token);
            firstChunks = server.Server.Services.GetRequiredService<KnowledgeBase>().Cut(first).Count;
            using var accepted = await server.ClientWith(red).PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-first", text = first }, Token);
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        await using var restarted = await SecuredServer.StartAsync(settings, data.Path, Token);
        var secondChunks = restarted.Server.Services.GetRequiredService<KnowledgeBase>().Cut(second).Count;
        Assert.True(firstChunks + secondChunks > share && secondChunks <= share);

        // Counted against no team (the start-up's line), the red team could import another share after each restart.
        using (var refused = await restarted.ClientWith(red).PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-second", text = second }, Token))
        {
            await AssertRateLimitedAsync(refused, secondChunks);
            Assert.Contains($"{firstChunks:N0} chunks your team imported still wait", (await ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await restarted.ClientWith(red).GetAsync("/api/v1/knowledge/documents/rb-second", Token)).StatusCode);
        // Another team's share is its own.
        using var other = await restarted.ClientWith(blue).PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-blue", text = second }, Token);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage refused, int chunks)
    {
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        var problem = await ProblemAsync(refused);
        Assert.Equal("urn:faultmaven:problem:rate-limited", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"The document makes {chunks:N0} chunks", detail, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", detail, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage refused) =>
        JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token)).RootElement.Clone();

    // Sections of one paragraph each, about a chunk apiece at 200 characters.
    private static string Runbook(string name, int sections)
    {
        var text = new StringBuilder($"# {name} handbook\n\n");
        for (var i = 0; i < sections; i++)
        {
            text.Append("## Step ").Append(i).Append("\n\nRestart the ").Append(name).Append(" worker pool ").Append(i)
                .Append(", drain its queue and check the depth of every partition before paging the owner.\n\n");
        }

        return text.ToString();
    }
}
