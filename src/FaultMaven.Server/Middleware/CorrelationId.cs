using System.Diagnostics;

namespace FaultMaven.Server.Middleware;

/// <summary>
/// Accepts the caller's <c>X-Correlation-ID</c> (or makes one), echoes it on the response, tags the trace with it
/// and opens a logging scope so every log line of the request carries it.
/// </summary>
internal sealed class CorrelationId(RequestDelegate next, ILogger<CorrelationId> logger)
{
    public const string HeaderName = "X-Correlation-ID";
    private const int MaxLength = 128;
    private static readonly object ItemKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var id = IsAcceptable(context.Request.Headers[HeaderName].ToString(), out var given) ? given : Guid.CreateVersion7().ToString("N");
        context.Items[ItemKey] = id;
        Activity.Current?.SetTag("faultmaven.correlation_id", id);

        // OnStarting survives the exception handler's Response.Clear(), so error responses carry the id too.
        context.Response.OnStarting(static state =>
        {
            var (response, value) = ((HttpResponse, string))state;
            response.Headers[HeaderName] = value;
            return Task.CompletedTask;
        }, (context.Response, id));

        using (logger.BeginScope(new CorrelationScope(id)))
        {
            await next(context);
        }
    }

    /// <summary>Returns the correlation id of the request, once the middleware has run.</summary>
    public static string? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var id) ? id as string : null;

    // Only short, printable ids are echoed and logged; anything else is replaced, so callers cannot inject log content.
    private static bool IsAcceptable(string value, out string id)
    {
        id = value;
        return value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
    }
}
