using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace FaultMaven.Server.Middleware;

/// <summary>Refuses a request whose target or headers are too long with problem details (414, 431), as every other error is answered.
/// Kestrel's own limits answer with an empty body and cannot be given one, so they are set well above these (<see cref="KestrelLine"/>,
/// <see cref="KestrelHeaders"/>) and these are the limits clients meet; only a request past Kestrel's is still refused bare.</summary>
internal sealed class RequestSizeLimits(RequestDelegate next)
{
    /// <summary>The longest request target (path and query) answered, in characters: Kestrel's default line limit.</summary>
    public const int MaxTarget = 8 * 1024;

    /// <summary>The most header bytes (names and values) answered: Kestrel's default.</summary>
    public const int MaxHeaders = 32 * 1024;

    /// <summary>Kestrel's request line limit, past which it refuses the request itself.</summary>
    public const int KestrelLine = 64 * 1024;

    /// <summary>Kestrel's header limit, past which it refuses the request itself.</summary>
    public const int KestrelHeaders = 128 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var target = request.Path.Value?.Length + request.PathBase.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxTarget)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, ProblemTypes.UriTooLong, "URI too long",
                $"The request's path and query are {target:N0} characters; at most {MaxTarget:N0} are read. Send long input in the body.");
            return;
        }

        var headers = 0L;
        foreach (var (name, values) in request.Headers)
        {
            headers += name.Length;
            foreach (var value in values)
            {
                headers += value?.Length ?? 0;
            }
        }

        if (headers > MaxHeaders)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemTypes.HeadersTooLarge, "Request headers too large",
                $"The request's headers hold {headers:N0} bytes; at most {MaxHeaders:N0} are read.");
            return;
        }

        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteForAnyClientAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail },
        });
    }
}
