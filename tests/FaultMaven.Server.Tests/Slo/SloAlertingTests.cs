using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Server.Tests.Slo;

/// <summary>An objective breached by real slow requests against a small window: a Slack-compatible webhook (a loopback server that
/// refuses the first post, so the retry is exercised) hears the breach and its resolution once each, and a real Alertmanager lists
/// the alert while it fires and drops it once resolved.</summary>
public sealed class SloAlertingTests
{
    private const string SlackPath = "/services/T0001/B0001/not-a-real-token";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlowAgentTurns_BreachTheObjective_AlertTheWebhookAndAlertmanager_ThenResolve()
    {
        var posts = new ConcurrentQueue<string>();
        var attempts = 0;
        await using var slack = LoopbackApp.Create();
        slack.MapPost(SlackPath, async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            if (Interlocked.Increment(ref attempts) == 1)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            posts.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!);
            return Results.Ok();
        });
        var slackAddress = await slack.StartOnLoopbackAsync(Token);
        await using var alertmanager = await AlertmanagerServer.StartNewAsync();
        await using var llm = await ScriptedLlmServer.StartAsync(Token);
        // Each answer takes 400 ms against an objective of 250 ms: every turn is bad.
        llm.Otherwise = LlmStep.Slow(TimeSpan.FromMilliseconds(400), "{\"root_cause\": \"ledger-db refuses connections\", \"category\": \"dependency_failure\"}");
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test", ["FM_OPENAI_URL"] = llm.OpenAIEndpoint.ToString(), ["FM_LLM_CACHE"] = "off",
            // Reading the report is an API request too: its latency (the first one compiles) is not what this test is about.
            ["FM_SLO_API_LATENCY_TARGET"] = "off",
            ["FM_SLO_AGENT_TURN_TARGET"] = "99", ["FM_SLO_AGENT_TURN_THRESHOLD"] = "250ms",
            ["FM_SLO_WINDOW"] = "1m", ["FM_SLO_PAGE_BURN"] = "4s/2s@10", ["FM_SLO_TICKET_BURN"] = "off", ["FM_SLO_EVALUATION_INTERVAL"] = "100ms",
            ["FM_SLO_MIN_REQUESTS"] = "1", // four turns are the whole traffic here; the warm-up has tests of its own
            ["FM_SLO_WEBHOOK_URLS"] = new Uri(slackAddress, SlackPath).ToString(),
            ["FM_SLO_ALERTMANAGER_URLS"] = alertmanager.BaseAddress.ToString(),
        }, cancellationToken: Token);

        for (var i = 0; i < 4; i++)
        {
            using var turn = await server.Client.PostJsonAsync("/api/v1/agent/query", new { message = $"why is payments failing ({i})?" }, Token);
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        // The report is as of the last evaluation (every 100 ms here): wait for the one that counted the fourth turn.
        var report = await EventuallyAsync(async () =>
        {
            var read = await (await server.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token);
            return Objective(read, "agent-turn").GetProperty("total").GetInt64() == 4 ? read : default;
        });
        var agentTurn = Objective(report, "agent-turn");
        Assert.Equal("breached", agentTurn.GetProperty("state").GetString());
        Assert.Equal(0, agentTurn.GetProperty("good").GetInt64());
        Assert.True(agentTurn.GetProperty("errorBudgetRemaining").GetDouble() < 0, "every turn was bad, so the budget is overspent");
        Assert.Contains(agentTurn.GetProperty("conditions").EnumerateArray(), c => c.GetProperty("severity").GetString() == "page" && c.GetProperty("holds").GetBoolean());
        Assert.Equal("ok", Objective(report, "availability").GetProperty("state").GetString()); // slow, but no 5xx

        var breached = await EventuallyAsync(() => posts.FirstOrDefault(p => p.Contains("is breached", StringComparison.Ordinal)));
        Assert.Contains("*agent-turn* is breached", breached, StringComparison.Ordinal);
        Assert.Contains("over 4s", breached, StringComparison.Ordinal);
        Assert.True(Volatile.Read(ref attempts) >= 2, "the refused first post is retried");

        using var alertmanagerClient = new HttpClient { BaseAddress = alertmanager.BaseAddress };
        var firing = await EventuallyAsync(async () => (await ListAsync(alertmanagerClient)).FirstOrDefault(a => IsOurs(a) && a.GetProperty("status").GetProperty("state").GetString() == "active"));
        var labels = firing.GetProperty("labels");
        Assert.Equal("critical", labels.GetProperty("severity").GetString());
        Assert.Equal("faultmaven", labels.GetProperty("service").GetString());
        Assert.Contains("agent turns", firing.GetProperty("annotations").GetProperty("description").GetString(), StringComparison.Ordinal);

        // No more turns: the 2s window empties, the breach ends, and both receivers hear so.
        var resolved = await EventuallyAsync(() => posts.FirstOrDefault(p => p.Contains("is ok", StringComparison.Ordinal)));
        Assert.Contains("*agent-turn* is ok", resolved, StringComparison.Ordinal);
        Assert.Contains("was breached", resolved, StringComparison.Ordinal);
        await EventuallyAsync(async () => (await ListAsync(alertmanagerClient)).Any(IsOurs) ? null : "gone");
        Assert.Equal("ok", Objective(await (await server.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token), "agent-turn").GetProperty("state").GetString());
        // One message per change of state, not one per evaluation.
        Assert.Equal(2, posts.Count);
    }

    private static bool IsOurs(JsonElement alert) =>
        alert.GetProperty("labels").GetProperty("alertname").GetString() == "FaultMavenSloBurnRate"
        && alert.GetProperty("labels").GetProperty("objective").GetString() == "agent-turn";

    private static async Task<List<JsonElement>> ListAsync(HttpClient alertmanager) =>
        [.. (await (await alertmanager.GetAsync("/api/v2/alerts", Token)).ReadJsonAsync(Token)).EnumerateArray()];

    internal static JsonElement Objective(JsonElement report, string name) =>
        report.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name);

    private static Task<T> EventuallyAsync<T>(Func<T?> probe) => EventuallyAsync(() => Task.FromResult(probe()));

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (await probe() is { } found && (found is not JsonElement element || element.ValueKind != JsonValueKind.Undefined))
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100, Token);
        }
    }
}
