using System.Text.Json;
using System.Text.RegularExpressions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>A model's citations that name nothing (lines past the end of an upload, an upload, a chunk, a finding or a case that does
/// not exist) are taken out wherever the answer is shown or stored, inline ones included, and the note counts what was removed; a
/// hypothesis called supported with no evidence that exists is only proposed.</summary>
public sealed partial class InventedCitationsTests : IAsyncLifetime
{
    private const string Log =
        "2026-05-02T10:00:00Z INFO  payments starting\n" +
        "2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432\n";

    private ScriptedLlmServer _model = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _model = await ScriptedLlmServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task InventedInlineCitations_AreRemovedFromTextRootCauseAndState_RealOnesAndOtherBracketsStay()
    {
        _model.Otherwise = LlmStep.Reply(body =>
        {
            var upload = UploadPattern().Match(body).Value;
            var invented = $"[upload:{upload} L999–1000] [upload:dat_nope:L1] [kb:rb-nope#9] [finding:{upload}/f999] [case:case_nope]";
            return JsonSerializer.Serialize(new
            {
                root_cause = $"ledger-db refuses connections [upload:{upload}:L2] {invented}.",
                category = "dependency_failure",
                phase = "validation",
                hypotheses = new object[]
                {
                    new { statement = $"ledger-db is down [upload:{upload}:L2; kb:rb-nope#9]", confidence = 0.8, status = "supported", evidence_for = new[] { $"upload:{upload}:L2", "upload:dat_nope:L1" } },
                    new { statement = "the network team changed a firewall", confidence = 0.9, status = "supported", evidence_for = Array.Empty<string>() },
                },
                answer = $"## Root cause\n\nThe [WARN] lines stop; ledger-db refuses connections [upload:{upload}:L2] {invented}.",
            });
        });
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString(),
        }, cancellationToken: Token);

        using var asked = await server.Client.PostJsonAsync("/api/v1/agent/query", new { message = "why is payments failing?", files = new[] { new { content = Log, filename = "payments.log" } } }, Token);
        var reply = await asked.ReadJsonAsync(Token);
        var upload = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var investigation = await (await server.Client.GetAsync($"/api/v1/cases/{reply.GetProperty("caseId").GetString()}/investigation", Token)).ReadJsonAsync(Token);

        var text = reply.GetProperty("text").GetString()!;
        var rootCause = reply.GetProperty("root_cause").GetString()!;
        foreach (var shown in new[] { text, rootCause, investigation.ToString(), reply.GetProperty("investigation").ToString() })
        {
            Assert.DoesNotContain("L999", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("dat_nope", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("rb-nope", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("f999", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("case_nope", shown, StringComparison.Ordinal);
        }

        Assert.Equal($"ledger-db refuses connections [upload:{upload}:L2].", rootCause);
        Assert.Contains($"The [WARN] lines stop; ledger-db refuses connections [upload:{upload}:L2].", text, StringComparison.Ordinal);
        // Five distinct invented citations, whether inline, in a claim's evidence or both.
        Assert.Contains("_5 citations of the model named evidence that does not exist", text, StringComparison.Ordinal);
        var hypotheses = investigation.GetProperty("hypotheses");
        Assert.Equal($"ledger-db is down [upload:{upload}:L2]", hypotheses[0].GetProperty("statement").GetString());
        Assert.Equal("supported", hypotheses[0].GetProperty("status").GetString());
        Assert.Equal(0.8, hypotheses[0].GetProperty("confidence").GetDouble(), 3);
        Assert.Equal("proposed", hypotheses[1].GetProperty("status").GetString());
        Assert.Equal(0.5, hypotheses[1].GetProperty("confidence").GetDouble(), 3);
    }

    [GeneratedRegex(@"dat_[0-9a-f]{32}")]
    private static partial Regex UploadPattern();
}
