using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Server.Tests.Telemetry;

/// <summary>Traces and logs reach an OTLP collector over http/protobuf, with the configured headers: one trace per request holding
/// the turn, the model call with GenAI attributes and its tool calls, logs joined to it by trace id; message content only when
/// FM_TRACE_CONTENT=redacted, and then only the redacted text.</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private const string Email = "maria.garcia@example.com";
    private const string Question = "Why is payments failing for the checkout team?";
    private const string GitHubToken = "ghp_R8sKq2VbX4nL7mT9wZ3yJ6pD1fH5gC0aE2uQ";

    private static readonly Action<ILogger, string, int, Exception?> SignInFailed = LoggerMessage.Define<string, int>(
        LogLevel.Warning, new EventId(1, "SignInFailed"), "Sign-in for {User} failed after {Attempts} attempts");

    private OtlpReceiver _collector = null!;
    private ScriptedLlmServer _model = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _collector = await OtlpReceiver.StartAsync(Token);
        _model = await ScriptedLlmServer.StartAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Theory]
    [InlineData("redacted")]
    [InlineData("off")]
    public async Task A_turn_is_one_trace_with_the_model_call_and_its_logs(string content)
    {
        _model.Then(LlmStep.CallTool("get_case_data", _ => "{}"), LlmStep.Reply("{\"root_cause\": \"ledger-db refuses connections\"}"));
        var trace = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        bool Ours(ReceivedSpan span) => span.TraceId == trace;
        await using (var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OTLP_ENDPOINT"] = _collector.Address.ToString(),
            ["FM_OTLP_PROTOCOL"] = "http/protobuf",
            ["FM_OTLP_HEADERS"] = "x-opik-key=k-123,projectName=faultmaven",
            ["FM_TRACE_CONTENT"] = content,
            ["FM_OPENAI_API_KEY"] = "sk-test",
            ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString(),
            ["FM_LLM_CACHE"] = "off",
            // Every request's log line (the console's default level), so the logs can be checked for what must not be in them.
            ["FM_LOG_LEVEL"] = "Information",
            // Batches leave every 100 ms rather than every 5 s, so the test does not wait on the exporter's schedule.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
        }, cancellationToken: Token))
        {
            var log = $"2026-05-02T10:00:01Z ERROR payments: connection refused to ledger-db:5432 (user {Email})\n";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agent/query")
            {
                Content = ApiAssert.Json(System.Text.Json.JsonSerializer.Serialize(new { message = $"{Question} I am {Email}.", files = new[] { new { content = log, filename = "payments.log" } } })),
            };
            // Spans are heard process-wide, so servers of tests running beside this one export theirs here too: this request's trace
            // is named by the test (W3C traceparent, which the server continues) and only it is read.
            request.Headers.Add("traceparent", $"00-{trace}-00f067aa0ba902b7-01");
            var reply = await server.Client.SendAsync(request, Token);
            Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync(Token));

            // A log entry holding user data, as a careless log line might: it leaves redacted, as it is on the console.
            var logger = server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FaultMaven.Tests");
            SignInFailed(logger, Email, 3, new InvalidOperationException($"token {GitHubToken} refused"));

            await _collector.WaitForAsync(
                c => c.Spans.Any(s => Ours(s) && s.Name == "agent.turn") && c.Spans.Count(s => Ours(s) && s.Name.StartsWith("chat", StringComparison.Ordinal)) >= 2
                    && c.Logs.Any(l => l.Body.StartsWith("Sign-in for", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(30),
                Token);
        }

        Assert.Contains(_collector.Logs, l => l.Body == "Sign-in for <EMAIL> failed after 3 attempts");
        Assert.DoesNotContain(GitHubToken, string.Join("\n", _collector.Logs.Select(l => l.Body).Concat(_collector.LogStrings)), StringComparison.Ordinal);

        var spans = _collector.Spans.Where(Ours).ToList();
        var turn = spans.Single(s => s.Name == "agent.turn");
        var chat = spans.Where(s => s.Name.StartsWith("chat", StringComparison.Ordinal)).ToList();
        // One trace: the HTTP request, the turn inside it, each model call (two rounds of the tool loop) and the tool call between them.
        Assert.Contains(spans, s => s.Attributes.TryGetValue("url.path", out var path) && path == "/api/v1/agent/query");
        Assert.Equal(2, chat.Count);
        Assert.Contains(spans, s => s.Strings.Contains("get_case_data"));
        Assert.Contains(chat, c => c.Attributes.GetValueOrDefault("gen_ai.request.model") is { Length: > 0 } && c.Attributes.ContainsKey("gen_ai.usage.input_tokens"));
        // The collector's key went with every export, and the logs carry the trace they were written in.
        Assert.All(_collector.Exports, e => Assert.Equal("k-123", e.Headers.GetValueOrDefault("x-opik-key")));
        Assert.Contains(_collector.Logs, l => l.TraceId == turn.TraceId);

        // Never the original address, anywhere; the question itself only when content is asked for, and then redacted.
        var everything = string.Join("\n", spans.SelectMany(s => s.Strings).Concat(_collector.Logs.Select(l => l.Body)).Concat(_collector.LogStrings));
        Assert.DoesNotContain(Email, everything, StringComparison.Ordinal);
        var modelStrings = string.Join("\n", chat.SelectMany(c => c.Strings));
        if (content == "redacted")
        {
            Assert.Contains(Question, modelStrings, StringComparison.Ordinal);
            Assert.Contains("<EMAIL_1>", modelStrings, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(Question, modelStrings, StringComparison.Ordinal);
        }
    }
}
