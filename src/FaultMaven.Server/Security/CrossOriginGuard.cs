using FaultMaven.Server.Configuration;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

/// <summary>Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sent on behalf of another site, whatever their
/// content type: form, multipart and text/plain POSTs need no CORS preflight, so CORS alone does not stop a hostile page from sending
/// them. A request whose <c>Origin</c> is neither this server nor in <c>FM_CORS_ORIGINS</c> — or, without <c>Origin</c>, whose
/// <c>Sec-Fetch-Site</c> is <c>cross-site</c> — gets 403 and is not run. Requests without either header (curl, the CLI) pass.</summary>
internal sealed class CrossOriginGuard(RequestDelegate next, IOptions<ServerOptions> options, IProblemDetailsService problems, ILogger<CrossOriginGuard> logger)
{
    private readonly HashSet<string> _allowed = new(options.Value.CorsOriginList, StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || IsAllowed(request))
        {
            await next(context);
            return;
        }

        var origin = request.Headers.Origin.ToString();
        logger.CrossOriginRefused(request.Method, request.Path, origin.Length > 0 ? Printable(origin) : "(Sec-Fetch-Site: cross-site)");
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Type = ProblemTypes.CrossOriginRefused,
                Title = "Cross-origin request refused",
                Detail = origin.Length > 0
                    ? "This request came from a web page of another origin, which is not in FM_CORS_ORIGINS; it was not carried out."
                    : "This request came from a web page of another site; it was not carried out.",
            },
        });
    }

    private bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        if (origin.Count == 0)
        {
            return !string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase);
        }

        var value = origin.ToString();
        if (origin.Count > 1 || value == "null")
        {
            return false;
        }

        // The server's own origin: a page it served. Host is checked by host filtering (FM_ALLOWED_HOSTS), so a rebound name fails there;
        // the scheme is not compared because a TLS-terminating proxy in front makes the request plain HTTP here.
        return _allowed.Contains(value)
            || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                && string.Equals(uri.Authority, Authority(request), StringComparison.OrdinalIgnoreCase));
    }

    // Uri.Authority leaves out a default port, so the Host header is compared without it too.
    private static string Authority(HttpRequest request)
    {
        var host = request.Host;
        return host.Port is 80 or 443 ? host.Host : host.Value ?? "";
    }

    private static string Printable(string value) =>
        new([.. value.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
}
