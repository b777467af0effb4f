using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>What the agent writes rests in the case's pseudonymised form (issue 18, item 3): a model's answer comes back from the
/// pipeline with the real values its pseudonyms stand for, and the offline engine copies steps out of runbooks, which may hold
/// credentials. Neither may reach the investigation state, the stored answer, a postmortem or any file of the data directory.</summary>
public sealed partial class AnswerPrivacyTests : IAsyncLifetime
{
    private const string Ssn = "536-22-8145";
    private const string Card = "4539 1488 0343 6467";
    private const string Email = "lena.park@example.net";

    private static readonly string Log =
        "2026-05-02T10:00:00Z INFO  billing starting\n" +
        $"2026-05-02T10:00:01Z ERROR billing: charge declined for customer {Email}, payment card {Card}, social security number {Ssn}\n";

    private ScriptedLlmServer _model = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _model = await ScriptedLlmServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task Issue18_AModelRepeatingEveryPseudonym_LeavesOnlyPseudonyms_InTheStateTheAnswerThePostmortemAndTheDataDirectory()
    {
        // What a prompt-injected log asks a real model to do: repeat every token it was given, everywhere in its answer.
        _model.Otherwise = LlmStep.Reply(body =>
        {
            var tokens = string.Join(", ", TokenPattern().Matches(body).Select(m => m.Value).Distinct());
            return JsonSerializer.Serialize(new
            {
                root_cause = $"charges decline for {tokens}",
                category = "dependency_failure",
                phase = "solution",
                phase_reason = $"seen: {tokens}",
                blast_radius = new { services = new[] { "billing" }, users = tokens, severity = "high" },
                timeline = new[] { new { at = "2026-05-02T10:00:01Z", @event = $"declined {tokens}" } },
                hypotheses = new[] { new { statement = $"the processor rejects {tokens}", confidence = 0.8, status = "supported", evidence_for = new[] { $"upload:{UploadPattern().Match(body).Value}:L2" } } },
                evidence_requests = new[] { new { what = $"processor logs for {tokens}", why = tokens, how = $"grep {tokens}" } },
                solution = new { steps = new[] { $"refund {tokens}" }, risks = new[] { tokens }, verification = new[] { $"charge {tokens} again" }, follow_ups = new[] { tokens } },
                answer = $"## Root cause\n\nCharges decline for {tokens}.",
            });
        });
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString(),
        }, cancellationToken: Token);

        using var asked = await server.Client.PostJsonAsync("/api/v1/agent/query", new { message = "why are charges declined?", files = new[] { new { content = Log, filename = "billing.log" } } }, Token);
        var reply = await asked.ReadJsonAsync(Token);
        var caseId = reply.GetProperty("caseId").GetString()!;

        // The model did echo the tokens (so the test would see a leak), and what it got held none of the values.
        Assert.Matches(@"<EMAIL_\d+>", reply.GetProperty("root_cause").GetString()!);
        AssertNoRealValue(string.Join("\n", _model.Requests), "what the model received");
        AssertNoRealValue(reply.ToString(), "the reply");
        var investigation = await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/investigation", Token)).ReadJsonAsync(Token);
        AssertNoRealValue(investigation.ToString(), "GET investigation");
        Assert.Matches(@"refund .*<EMAIL_\d+>", investigation.GetProperty("solution").GetProperty("steps")[0].GetString()!);
        AssertNoRealValue((await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token)).ToString(), "GET turns");

        using var resolved = await server.Client.PatchAsync($"/api/v1/cases/{caseId}", ApiAssert.Json("{\"status\":\"resolved\"}"), Token);
        resolved.EnsureSuccessStatusCode();
        var postmortem = await (await server.Client.PostAsync($"/api/v1/cases/{caseId}/knowledge", null, Token)).ReadJsonAsync(Token);
        AssertNoRealValue(postmortem.ToString(), "the postmortem");
        Assert.Contains("<EMAIL_", postmortem.GetProperty("text").GetString()!, StringComparison.Ordinal);
        foreach (var value in new[] { Ssn, Email })
        {
            var search = await (await server.Client.GetAsync($"/api/v1/knowledge/search?q={Uri.EscapeDataString(value)}", Token)).ReadJsonAsync(Token);
            // The reply echoes the query itself; what it found must not hold the value.
            AssertNoRealValue(search.GetProperty("results").ToString(), "knowledge search results for " + value);
        }

        // Nothing at rest either: the SQLite database, its WAL, the uploads' text, the caches.
        foreach (var file in Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Token);
            AssertNoRealValue(Encoding.UTF8.GetString(copy.ToArray()), file);
        }
    }

    [Fact]
    public async Task Issue18_OfflineRunbookStepsWithCredentials_AreStoredRedacted_WhileTheRunbookIsKeptAsWritten()
    {
        const string Password = "Hunter3Pass!";
        const string Token_ = "ghp_8Hq2Lm4Nx6Vb1Cz3Kd5Fg7Jh9Pw0Rt2Ys4Ue";
        var runbook = $"""
            # Checkout cannot connect to redis

            ## Symptoms

            checkout logs could not connect to redis:6379: connection refused.

            ## Remediation

            1. Log in to the cache console with password={Password} and token {Token_}
            2. Restart the checkout pods once redis accepts connections
            """;
        const string CheckoutLog = """
            2026-03-01T10:00:00Z INFO  checkout started
            2026-03-01T10:00:05Z ERROR checkout could not connect to redis:6379: connection refused
            2026-03-01T10:00:06Z ERROR checkout could not connect to redis:6379: connection refused
            """;
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var imported = await (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { text = runbook }, Token)).ReadJsonAsync(Token);

        using var asked = await server.Client.PostJsonAsync("/api/v1/agent/query", new { message = "why can checkout not reach redis?", files = new[] { new { content = CheckoutLog, filename = "checkout.log" } } }, Token);
        var reply = await asked.ReadJsonAsync(Token);
        var caseId = reply.GetProperty("caseId").GetString()!;

        var investigation = await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/investigation", Token)).ReadJsonAsync(Token);
        var step = investigation.GetProperty("solution").GetProperty("steps")[0].GetString()!;
        // The step is still the runbook's (attributed), only without its credentials.
        Assert.StartsWith("Log in to the cache console with password=", step, StringComparison.Ordinal);
        Assert.Contains("(from runbook \"Checkout cannot connect to redis\" [kb:", step, StringComparison.Ordinal);
        var turns = await (await server.Client.GetAsync($"/api/v1/cases/{caseId}/turns", Token)).ReadJsonAsync(Token);
        foreach (var (what, text) in new[] { ("reply", reply.ToString()), ("investigation", investigation.ToString()), ("turns", turns.ToString()) })
        {
            Assert.False(text.Contains(Password, StringComparison.Ordinal), $"{what} holds the runbook's password");
            Assert.False(text.Contains(Token_, StringComparison.Ordinal), $"{what} holds the runbook's token");
        }

        // Knowledge documents are the team's own text and are not redacted (docs/SECURITY.md).
        var document = await (await server.Client.GetAsync($"/api/v1/knowledge/documents/{imported.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token);
        Assert.Contains(Password, document.GetProperty("text").GetString()!, StringComparison.Ordinal);
    }

    private static void AssertNoRealValue(string text, string where)
    {
        foreach (var value in new[] { Ssn, Card, Card.Replace(" ", "", StringComparison.Ordinal), Email })
        {
            Assert.False(text.Contains(value, StringComparison.Ordinal), $"{where} holds the real value {value}");
        }
    }

    [GeneratedRegex(@"<[A-Z][A-Z0-9_]{1,30}_\d{1,9}>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"dat_[0-9a-f]{32}")]
    private static partial Regex UploadPattern();
}
