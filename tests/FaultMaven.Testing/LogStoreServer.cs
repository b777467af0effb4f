using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaultMaven.Testing;

/// <summary>How a stand-in log store answers its search calls.</summary>
public enum LogStoreMode
{
    /// <summary>The store's own JSON with the entries.</summary>
    Normal,

    /// <summary>A body far larger than a client's cap.</summary>
    Oversize,

    /// <summary>Nothing for a minute.</summary>
    Slow,

    /// <summary>200 with an HTML page, as a misrouted proxy answers.</summary>
    Garbage,

    /// <summary>503, as a store that is restarting answers.</summary>
    Unavailable,

    /// <summary>401 whose message repeats the credentials it refused, as some proxies answer (every store's error shape at once).</summary>
    RefusedEchoingCredentials,

    /// <summary>The store's answer with no entries (Loki only): a window in which nothing matched.</summary>
    Empty,

    /// <summary>500 with an empty body, as a store that crashed mid-request answers.</summary>
    FailingSilently,

    /// <summary>502 with a proxy's plain-text error that carries a password, which must not be shown.</summary>
    FailingWithText,
}

/// <summary>One request a stand-in log store received: method, path with query, the form or JSON body, and the headers that carry
/// credentials and tenants.</summary>
public sealed record LogStoreRequest(string Method, string PathAndQuery, string Body, string? Authorization, string? Tenant)
{
    /// <summary>A query-string parameter of the request (the first), unescaped.</summary>
    public string? Parameter(string name) => QueryHelpers(PathAndQuery).GetValueOrDefault(name);

    private static Dictionary<string, string> QueryHelpers(string pathAndQuery)
    {
        var query = pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value.ToString());
    }
}

/// <summary>The shared part of the stand-ins for Loki, Elasticsearch and Splunk: a real HTTP server on a loopback port that records what
/// it receives and answers in a mode the test sets.</summary>
public abstract class LogStoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    protected LogStoreServer(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        _app = LoopbackApp.Create(certificate);
        Map(_app);
    }

    /// <summary>Gets the base address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets or sets how the next calls are answered.</summary>
    public LogStoreMode Mode { get; set; }

    /// <summary>Gets the requests received, oldest first.</summary>
    public ConcurrentQueue<LogStoreRequest> Requests { get; } = new();

    /// <summary>Gets the times the entries are stamped with: minutes before now, so any recent window holds them.</summary>
    public static DateTimeOffset Base { get; } = DateTimeOffset.UtcNow.AddMinutes(-10);

    /// <summary>The lines every store holds: a checkout service that starts, loses its database and says so; one line carries an
    /// e-mail address and an AWS access key, which must not reach storage.</summary>
    public static IReadOnlyList<(int Second, string Level, string Line)> Lines { get; } =
    [
        (0, "info", "INFO checkout: started handling orders on :8080"),
        (20, "error", "ERROR checkout: payment db query failed: dial tcp 10.0.4.7:5432: connect: connection refused"),
        (21, "error", "ERROR checkout: payment db query failed: dial tcp 10.0.4.7:5432: connect: connection refused"),
        (22, "error", "ERROR checkout: payment db query failed: dial tcp 10.0.4.7:5432: connect: connection refused"),
        (23, "warn", "WARN checkout: retrying order for ana.k@example.org with key AKIAZ7Q3MX5TLP2WNR4K"),
    ];

    /// <summary>The body of <see cref="LogStoreMode.FailingWithText"/>: a proxy's words, with a password in them.</summary>
    public const string FailureText = "upstream connect error or disconnect/reset before headers. reset reason: connection failure, retried with password=Hunter2-upstream-9";

    /// <summary>Starts the server.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default) => BaseAddress = await _app.StartOnLoopbackAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Maps the store's routes.</summary>
    protected abstract void Map(WebApplication app);

    /// <summary>Records the request and answers for the modes every store shares; null when the store's own answer is due.</summary>
    protected async Task<IResult?> RecordAsync(HttpContext context, string tenantHeader = "X-Scope-OrgID")
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new LogStoreRequest(request.Method, request.Path + request.QueryString, body, request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            request.Headers[tenantHeader].ToString() is { Length: > 0 } t ? t : null));
        switch (Mode)
        {
            case LogStoreMode.Oversize:
                return Results.Text(new string('x', 12 * 1024 * 1024), "application/json");
            case LogStoreMode.Slow:
                await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
                return Results.Text("{}", "application/json");
            case LogStoreMode.Garbage:
                return Results.Text("<html><body>502 Bad Gateway (nginx)</body></html>", "text/html");
            case LogStoreMode.Unavailable:
                return Results.Text("{\"error\":\"restarting\"}", "application/json", statusCode: 503);
            case LogStoreMode.FailingSilently:
                return Results.StatusCode(500);
            case LogStoreMode.FailingWithText:
                return Results.Text(FailureText, "text/plain", statusCode: 502);
            case LogStoreMode.RefusedEchoingCredentials:
                var sent = request.Headers.Authorization.ToString();
                var decoded = sent.StartsWith("Basic ", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(sent[6..])) : "";
                var refusal = $"invalid credentials {sent} ({decoded})";
                return Results.Json(new { error = refusal, messages = new[] { new { type = "ERROR", text = refusal } } }, statusCode: 401);
            default:
                return null;
        }
    }
}
