using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Testing;

/// <summary>What the scripted model does with one request.</summary>
public abstract record LlmStep
{
    /// <summary>Answers with text (streamed in pieces when the request streams).</summary>
    public static LlmStep Reply(string text) => new Answer(_ => text);

    /// <summary>Answers with text made from the request body (to cite ids the test cannot know in advance).</summary>
    public static LlmStep Reply(Func<string, string> text) => new Answer(text);

    /// <summary>Asks for a tool call.</summary>
    public static LlmStep CallTool(string name, Func<string, string> argumentsJson) => new Tool(name, argumentsJson);

    /// <summary>Fails with an HTTP status, optionally with Retry-After (seconds).</summary>
    public static LlmStep Fail(int status, int? retryAfterSeconds = null) => new Failure(status, retryAfterSeconds);

    /// <summary>Waits, then answers.</summary>
    public static LlmStep Slow(TimeSpan delay, string text) => new Delayed(delay, text);

    /// <summary>Streams <paramref name="text"/> up to <paramref name="split"/>, then waits for <paramref name="gate"/> before the rest:
    /// a test sees what a client has received while the model is still writing.</summary>
    public static LlmStep StreamInTwo(string text, int split, Task gate) => new Halted(text, split, gate);

    internal sealed record Answer(Func<string, string> Text) : LlmStep;

    internal sealed record Halted(string Text, int Split, Task Gate) : LlmStep;

    internal sealed record Tool(string Name, Func<string, string> Arguments) : LlmStep;

    internal sealed record Failure(int Status, int? RetryAfter) : LlmStep;

    internal sealed record Delayed(TimeSpan Delay, string Text) : LlmStep;
}

/// <summary>A real HTTP server on a loopback port that speaks the OpenAI chat-completions and the Anthropic messages wire protocols
/// (JSON and server-sent-event streaming, tool calls, error statuses with Retry-After), answering from a script, so the production
/// SDK clients run unchanged against it. Every request body is recorded.</summary>
public sealed class ScriptedLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<LlmStep> _script = new();

    private ScriptedLlmServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the server's root (OpenAI clients use <c>{Address}v1</c>, Anthropic's <c>{Address}</c>).</summary>
    public Uri Address { get; }

    /// <summary>Gets the OpenAI-style base URL.</summary>
    public Uri OpenAIEndpoint => new(Address, "v1");

    /// <summary>Gets every request body received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Gets each request's path with its credentials headers (<c>POST /v1/messages authorization=… api-key=… x-api-key=…</c>).</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Gets or sets whether the model refuses requests that declare tools, as many local models under Ollama or llama.cpp do:
    /// HTTP 400 "… does not support tools", before any scripted step is taken.</summary>
    public bool RejectsTools { get; set; }

    /// <summary>Gets or sets what to do when the script is empty.</summary>
    public LlmStep Otherwise { get; set; } = LlmStep.Reply("{\"root_cause\": \"scripted default\", \"category\": \"unknown\"}");

    /// <summary>Starts a server.</summary>
    public static async Task<ScriptedLlmServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackApp.Create();
        ScriptedLlmServer? server = null;
        app.MapPost("/v1/chat/completions", context => server!.HandleAsync(context, openAi: true));
        app.MapPost("/openai/v1/chat/completions", context => server!.HandleAsync(context, openAi: true));
        app.MapPost("/v1/messages", context => server!.HandleAsync(context, openAi: false));
        server = new ScriptedLlmServer(app, await app.StartOnLoopbackAsync(cancellationToken));
        return server;
    }

    /// <summary>Queues steps, taken one per request.</summary>
    public ScriptedLlmServer Then(params LlmStep[] steps)
    {
        foreach (var step in steps)
        {
            _script.Enqueue(step);
        }

        return this;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, bool openAi)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(body);
        var headers = context.Request.Headers;
        Calls.Enqueue($"{context.Request.Path} authorization={headers.Authorization} api-key={headers["api-key"]} x-api-key={headers["x-api-key"]}");
        using var request = JsonDocument.Parse(body);
        var stream = request.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        if (RejectsTools && request.RootElement.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array && tools.GetArrayLength() > 0)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(openAi
                ? new { error = new { message = "registry.ollama.ai/library/scripted:latest does not support tools", type = "invalid_request_error" } }
                : (object)new { type = "error", error = new { type = "invalid_request_error", message = "tools: this model does not support tools" } });
            return;
        }

        var step = _script.TryDequeue(out var next) ? next : Otherwise;
        switch (step)
        {
            case LlmStep.Failure failure:
                context.Response.StatusCode = failure.Status;
                if (failure.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.Response.WriteAsJsonAsync(openAi
                    ? new { error = new { message = "scripted failure", type = "server_error" } }
                    : (object)new { type = "error", error = new { type = failure.Status == 429 ? "rate_limit_error" : "overloaded_error", message = "scripted failure" } });
                return;
            case LlmStep.Delayed delayed:
                await Task.Delay(delayed.Delay, context.RequestAborted);
                await AnswerAsync(context, openAi, stream, delayed.Text);
                return;
            case LlmStep.Tool tool when stream:
                await StreamToolAsync(context, openAi, tool.Name, tool.Arguments(body), Usage(request.RootElement));
                return;
            case LlmStep.Tool tool:
                await ToolAsync(context, openAi, tool.Name, tool.Arguments(body));
                return;
            case LlmStep.Answer answer:
                await AnswerAsync(context, openAi, stream, answer.Text(body), Usage(request.RootElement));
                return;
            case LlmStep.Halted halted:
                await AnswerAsync(context, openAi, stream, halted.Text, Usage(request.RootElement), halted);
                return;
        }
    }

    /// <summary>Whether an OpenAI streaming request asked for the usage chunk (the real API sends it only then).</summary>
    private static bool Usage(JsonElement request) =>
        request.TryGetProperty("stream_options", out var options) && options.ValueKind == JsonValueKind.Object
        && options.TryGetProperty("include_usage", out var include) && include.ValueKind == JsonValueKind.True;

    private static async Task AnswerAsync(HttpContext context, bool openAi, bool stream, string text, bool usage = false, LlmStep.Halted? halted = null)
    {
        var ct = context.RequestAborted;
        if (!stream)
        {
            await context.Response.WriteAsJsonAsync(openAi
                ? new
                {
                    id = "chatcmpl-1", @object = "chat.completion", created = 1, model = "scripted-gpt",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 1000, completion_tokens = 200, total_tokens = 1200 },
                }
                : (object)new
                {
                    id = "msg_1", type = "message", role = "assistant", model = "scripted-claude",
                    content = new[] { new { type = "text", text } }, stop_reason = "end_turn", stop_sequence = (string?)null,
                    usage = new { input_tokens = 1000, output_tokens = 200 },
                }, ct);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var pieces = halted is null ? Pieces(text) : [text[..halted.Split], text[halted.Split..]];
        if (openAi)
        {
            foreach (var (piece, i) in pieces.Select((p, i) => (p, i)))
            {
                if (i == 1 && halted is not null)
                {
                    await halted.Gate.WaitAsync(ct);
                }

                var chunk = new { id = "chatcmpl-1", @object = "chat.completion.chunk", created = 1, model = "scripted-gpt", choices = new[] { new { index = 0, delta = new { role = "assistant", content = piece }, finish_reason = (string?)null } } };
                await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
            }

            await OpenAiEndAsync(context, "stop", usage, 1000, 200);
            return;
        }

        async Task Event(string name, object data) => await context.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n", ct);
        await Event("message_start", new { type = "message_start", message = new { id = "msg_1", type = "message", role = "assistant", model = "scripted-claude", content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = 1000, output_tokens = 1 } } });
        await Event("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } });
        foreach (var (piece, i) in pieces.Select((p, i) => (p, i)))
        {
            if (i == 1 && halted is not null)
            {
                await halted.Gate.WaitAsync(ct);
            }

            await Event("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = piece } });
            await context.Response.Body.FlushAsync(ct);
        }

        await Event("content_block_stop", new { type = "content_block_stop", index = 0 });
        await Event("message_delta", new { type = "message_delta", delta = new { stop_reason = "end_turn", stop_sequence = (string?)null }, usage = new { output_tokens = 200 } });
        await Event("message_stop", new { type = "message_stop" });
    }

    private static async Task OpenAiEndAsync(HttpContext context, string finishReason, bool usage, int input, int output)
    {
        var ct = context.RequestAborted;
        var last = new { id = "chatcmpl-1", @object = "chat.completion.chunk", created = 1, model = "scripted-gpt", choices = new[] { new { index = 0, delta = new { }, finish_reason = finishReason } } };
        await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(last)}\n\n", ct);
        if (usage)
        {
            var chunk = new { id = "chatcmpl-1", @object = "chat.completion.chunk", created = 1, model = "scripted-gpt", choices = Array.Empty<object>(), usage = new { prompt_tokens = input, completion_tokens = output, total_tokens = input + output } };
            await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n", ct);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", ct);
    }

    /// <summary>A tool call as a streaming provider sends it: the call's id and name first, its arguments in pieces.</summary>
    private static async Task StreamToolAsync(HttpContext context, bool openAi, string name, string arguments, bool usage)
    {
        var ct = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        var pieces = Pieces(arguments);
        if (openAi)
        {
            async Task Chunk(object delta) => await context.Response.WriteAsync(
                $"data: {JsonSerializer.Serialize(new { id = "chatcmpl-2", @object = "chat.completion.chunk", created = 1, model = "scripted-gpt", choices = new[] { new { index = 0, delta, finish_reason = (string?)null } } })}\n\n", ct);
            await Chunk(new { role = "assistant", tool_calls = new[] { new { index = 0, id = "call_1", type = "function", function = new { name, arguments = "" } } } });
            foreach (var piece in pieces)
            {
                await Chunk(new { tool_calls = new[] { new { index = 0, function = new { arguments = piece } } } });
            }

            await OpenAiEndAsync(context, "tool_calls", usage, 500, 20);
            return;
        }

        async Task Event(string type, object data) => await context.Response.WriteAsync($"event: {type}\ndata: {JsonSerializer.Serialize(data)}\n\n", ct);
        await Event("message_start", new { type = "message_start", message = new { id = "msg_2", type = "message", role = "assistant", model = "scripted-claude", content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = 500, output_tokens = 1 } } });
        await Event("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "tool_use", id = "toolu_1", name, input = new { } } });
        foreach (var piece in pieces)
        {
            await Event("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "input_json_delta", partial_json = piece } });
        }

        await Event("content_block_stop", new { type = "content_block_stop", index = 0 });
        await Event("message_delta", new { type = "message_delta", delta = new { stop_reason = "tool_use", stop_sequence = (string?)null }, usage = new { output_tokens = 20 } });
        await Event("message_stop", new { type = "message_stop" });
    }

    private static async Task ToolAsync(HttpContext context, bool openAi, string name, string arguments)
    {
        await context.Response.WriteAsJsonAsync(openAi
            ? new
            {
                id = "chatcmpl-2", @object = "chat.completion", created = 1, model = "scripted-gpt",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = (string?)null, tool_calls = new[] { new { id = "call_1", type = "function", function = new { name, arguments } } } }, finish_reason = "tool_calls" } },
                usage = new { prompt_tokens = 500, completion_tokens = 20, total_tokens = 520 },
            }
            : (object)new
            {
                id = "msg_2", type = "message", role = "assistant", model = "scripted-claude",
                content = new object[] { new { type = "tool_use", id = "toolu_1", name, input = JsonDocument.Parse(arguments).RootElement } },
                stop_reason = "tool_use", stop_sequence = (string?)null, usage = new { input_tokens = 500, output_tokens = 20 },
            }, context.RequestAborted);
    }

    private static List<string> Pieces(string text)
    {
        var size = Math.Max(1, text.Length / 3 + 1);
        return Enumerable.Range(0, (text.Length + size - 1) / size).Select(i => text.Substring(i * size, Math.Min(size, text.Length - i * size))).ToList();
    }
}
