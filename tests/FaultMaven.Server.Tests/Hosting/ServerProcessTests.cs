using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.Data.Sqlite;

namespace FaultMaven.Server.Tests.Hosting;

public sealed class ServerProcessTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_KeepsSessionsCasesAndTurns()
    {
        using var data = new TempDirectory();
        string caseId;
        string sessionId;
        await using (var first = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path }))
        {
            await first.WaitUntilLiveAsync(Token);
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            sessionId = (await ReadAsync(await http.PostAsJsonAsync("api/v1/sessions", new { clientKind = "cli" }, Token))).GetProperty("id").GetString()!;
            caseId = (await ReadAsync(await http.PostAsJsonAsync("api/v1/cases", new { title = "survives restarts", sessionId }, Token))).GetProperty("id").GetString()!;
            (await http.PostAsJsonAsync($"api/v1/cases/{caseId}/turns", new { role = "user", content = "still here?" }, Token)).EnsureSuccessStatusCode();
            first.Terminate();
            Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(30), Token));
        }

        await using var second = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path });
        await second.WaitUntilLiveAsync(Token);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };

        var restored = await ReadAsync(await again.GetAsync($"api/v1/cases/{caseId}", Token));
        var turns = await ReadAsync(await again.GetAsync($"api/v1/cases/{caseId}/turns", Token));
        Assert.Equal("survives restarts", restored.GetProperty("title").GetString());
        Assert.Equal("still here?", turns.GetProperty("items")[0].GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync($"api/v1/sessions/{sessionId}", Token)).StatusCode);
    }

    [Fact]
    public async Task Sigterm_FinishesInFlightRequest_ThenExitsCleanly()
    {
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_SHUTDOWN_TIMEOUT"] = "00:00:20" });
        await server.WaitUntilLiveAsync(Token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var caseId = (await ReadAsync(await http.PostAsJsonAsync("api/v1/cases", new { title = "drain" }, Token))).GetProperty("id").GetString()!;

        // Hold SQLite's write lock from outside: the next append waits on it, so it is in flight when SIGTERM lands.
        await using var blocker = new SqliteConnection($"Data Source={Path.Combine(data.Path, "faultmaven.db")};Pooling=False");
        await blocker.OpenAsync(Token);
        await using var transaction = (SqliteTransaction)await blocker.BeginTransactionAsync(Token);
        var inFlight = http.PostAsJsonAsync($"api/v1/cases/{caseId}/turns", new { role = "user", content = "sent while shutting down" }, Token);
        await Task.Delay(500, Token);
        Assert.False(inFlight.IsCompleted);
        server.Terminate();
        await Task.Delay(500, Token);
        await transaction.CommitAsync(Token);

        using var response = await inFlight;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Token)}\n{server.StandardOutput}");
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30), Token));
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("health/live", Token));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.ReadJsonAsync(Token);
        }
    }
}
