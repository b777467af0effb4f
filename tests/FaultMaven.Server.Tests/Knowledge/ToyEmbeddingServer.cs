using System.Collections.Concurrent;
using System.Text.Json;
using FaultMaven.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>A local server speaking the OpenAI /v1/embeddings wire protocol, so the production client runs unchanged: it records
/// every text it is sent, answers a toy three-dimensional vector per text, and can be switched off (a 400, as a loading model).</summary>
internal sealed class ToyEmbeddingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private string? _endpoint;

    private ToyEmbeddingServer(WebApplication app) => _app = app;

    /// <summary>Every text the server was sent, in order.</summary>
    public ConcurrentQueue<string> Inputs { get; } = new();

    /// <summary>While true, every request is refused.</summary>
    public bool Down { get; set; }

    public static async Task<ToyEmbeddingServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new ToyEmbeddingServer(LoopbackApp.Create());
        server._app.MapPost("/v1/embeddings", (Func<HttpContext, Task<IResult>>)server.EmbedAsync);
        server._endpoint = (await server._app.StartOnLoopbackAsync(cancellationToken)).AbsoluteUri + "v1";
        return server;
    }

    /// <summary>The server settings that send embeddings here.</summary>
    public Dictionary<string, string?> Settings() =>
        new() { ["FM_EMBEDDINGS"] = "remote", ["FM_EMBEDDINGS_URL"] = _endpoint, ["FM_EMBEDDINGS_MODEL"] = "toy-embed", ["FM_DATA_WARMUP"] = "false" };

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> EmbedAsync(HttpContext context)
    {
        if (Down)
        {
            return Results.Json(new { error = new { message = "bad request: model is loading", type = "invalid_request_error" } }, statusCode: 400);
        }

        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        var input = request.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString()!).ToList() : [input.GetString()!];
        foreach (var text in texts)
        {
            Inputs.Enqueue(text);
        }

        return Results.Json(new
        {
            @object = "list",
            model = "toy-embed",
            data = texts.Select((t, i) => new { @object = "embedding", index = i, embedding = new[] { t.Length % 7 + 1f, 1f, 0.5f } }),
            usage = new { prompt_tokens = texts.Count, total_tokens = texts.Count },
        });
    }
}
