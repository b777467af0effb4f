using FaultMaven.Core.Privacy.Redaction;
using System.ClientModel;
using System.Collections.Concurrent;
using System.Text.Json;
using FaultMaven.Infrastructure.Llm.Middleware;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The real OpenAI client, behind function invocation and redaction, talks to a local server that speaks the chat-completions
/// wire protocol and records every request body: a planted secret must never reach it.</summary>
public sealed class PiiRedactingChatClientTests : IAsyncLifetime
{
    private const string Email = "ana.silva@example.org";
    private const string AwsKey = "AKIAZ7QW3RT5YU2OP4LK";
    private const string GitHubToken = "ghp_8Hq2Lm4Nx6Vb1Cz3Kd5Fg7Jh9Pw0Rt2Ys4Ue";
    private const string DbUrl = "postgres://orders:Sup3r-S3cret!@10.0.4.7:5432/orders";

    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _provider;
    private Uri? _endpoint;

    public async ValueTask InitializeAsync()
    {
        _provider = LoopbackApp.Create();
        _provider.MapPost("/v1/chat/completions", HandleAsync);
        _endpoint = new Uri(await _provider.StartOnLoopbackAsync(TestContext.Current.CancellationToken), "v1");
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task Secrets_never_reach_the_provider_through_the_tool_loop_and_the_answer_carries_real_values()
    {
        var logs = AIFunctionFactory.Create(() => $"2024-05-01T10:00:01Z ERROR auth failed for {Email} using {GitHubToken}; db {DbUrl}", "get_case_logs", "Returns the case's log lines");
        using var client = Pipeline();

        var response = await client.GetResponseAsync(
            $"Why does {Email} fail to log in? Our key is {AwsKey}.",
            new ChatOptions { Tools = [logs], Instructions = $"The on-call engineer is {Email}." },
            TestContext.Current.CancellationToken);

        Assert.Equal(2, _requests.Count); // the question, then the tool result
        foreach (var body in _requests)
        {
            Assert.DoesNotContain(Email, body, StringComparison.Ordinal);
            Assert.DoesNotContain(AwsKey, body, StringComparison.Ordinal);
            Assert.DoesNotContain(GitHubToken, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sup3r-S3cret!", body, StringComparison.Ordinal);
            Assert.Contains("<EMAIL_1>", body, StringComparison.Ordinal);
        }

        Assert.Contains("<GITHUB_TOKEN>", _requests.Last(), StringComparison.Ordinal);
        Assert.Equal($"The same user {Email} failed in the logs too.", response.Text);
    }

    [Fact]
    public async Task Streamed_answers_are_restored_even_when_a_pseudonym_is_split_across_chunks()
    {
        using var client = Pipeline();
        var text = new System.Text.StringBuilder();

        await foreach (var update in client.GetStreamingResponseAsync($"stream please: {Email} cannot log in", cancellationToken: TestContext.Current.CancellationToken))
        {
            text.Append(update.Text);
        }

        Assert.DoesNotContain(Email, Assert.Single(_requests), StringComparison.Ordinal);
        Assert.Equal($"User {Email} is locked out.", text.ToString());
    }

    [Fact]
    public async Task A_scoped_case_keeps_the_same_pseudonym_across_requests()
    {
        using var stores = new SqliteStores();
        using var client = Pipeline(stores.Pseudonyms);
        var options = new ChatOptions { AdditionalProperties = new() { [PiiRedactingChatClient.ScopeKey] = "case-42" } };

        await client.GetResponseAsync("first: dan@example.net timed out", options.Clone(), TestContext.Current.CancellationToken);
        await client.GetResponseAsync($"second: {Email}, then dan@example.net again", options.Clone(), TestContext.Current.CancellationToken);

        var bodies = _requests.ToArray();
        Assert.Contains("first: <EMAIL_1> timed out", bodies[0], StringComparison.Ordinal);
        Assert.Contains("second: <EMAIL_2>, then <EMAIL_1> again", bodies[1], StringComparison.Ordinal);
    }

    private IChatClient Pipeline(IPseudonymScopes? scopes = null)
    {
        var openAi = new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = _endpoint });
        return new ChatClientBuilder(openAi.GetChatClient("test-model").AsIChatClient())
            .UseFunctionInvocation()
            .UsePiiRedaction(scopes: scopes)
            .Build();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(body);
        using var request = JsonDocument.Parse(body);
        var messages = request.RootElement.GetProperty("messages");
        var toolResult = messages.EnumerateArray().Any(m => m.GetProperty("role").GetString() == "tool");

        if (request.RootElement.TryGetProperty("stream", out var stream) && stream.GetBoolean())
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var piece in new[] { "User <EMA", "IL_1> is loc", "ked out." })
            {
                var chunk = new { id = "c1", @object = "chat.completion.chunk", created = 1, model = "test-model", choices = new[] { new { index = 0, delta = new { role = "assistant", content = piece }, finish_reason = (string?)null } } };
                await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n", context.RequestAborted);
            }

            await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
            return;
        }

        // Ask for the tool once when one is offered; otherwise answer.
        var answer = toolResult || !request.RootElement.TryGetProperty("tools", out _);
        object message = answer
            ? new { role = "assistant", content = "The same user <EMAIL_1> failed in the logs too." }
            : new { role = "assistant", content = (string?)null, tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = "get_case_logs", arguments = "{}" } } } };
        var completion = new
        {
            id = "cmpl-1", @object = "chat.completion", created = 1, model = "test-model",
            choices = new[] { new { index = 0, message, finish_reason = answer ? "stop" : "tool_calls" } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        };
        await context.Response.WriteAsJsonAsync(completion, context.RequestAborted);
    }
}
