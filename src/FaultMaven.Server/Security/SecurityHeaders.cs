namespace FaultMaven.Server.Security;

/// <summary>Puts the browser-facing security headers on every response, error responses included: no MIME sniffing, no referrer, no
/// framing; API responses may load nothing, the <c>/docs</c> page and the web app only what they need.</summary>
internal sealed class SecurityHeaders(RequestDelegate next, AuthOptions auth)
{
    /// <summary>What an API response (JSON, problem details, Prometheus text) may load and who may frame it: nothing and nobody.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>What the Scalar API page at <c>/docs</c> needs: its bundled scripts (and its one inline start-up module) from this server,
    /// inline styles, the OpenAPI document and "try it" requests to this server, and its web fonts from fonts.scalar.com (the page falls
    /// back to system fonts where that is unreachable).</summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https://fonts.scalar.com; "
        + "font-src 'self' data: https://fonts.scalar.com; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>What the web app may load: its own bundled scripts and styles only (no inline script), API calls to this server.
    /// Inline style attributes are not allowed either; the app sets dynamic styles through the DOM, which CSP permits.</summary>
    public const string WebAppPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // With OIDC sign-in the app also reads the issuer's discovery document and exchanges its code at the token endpoint.
    private readonly string _webAppPolicy = auth.OidcSignInEnabled && Uri.TryCreate(auth.OidcAuthority, UriKind.Absolute, out var issuer)
        ? WebAppPolicy.Replace("connect-src 'self'", $"connect-src 'self' {issuer.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
        : WebAppPolicy;

    public const string DocsPath = "/docs";

    private static readonly object WebAppMarker = new();

    /// <summary>Marks a response as a page or asset of the web app, which gets <see cref="WebAppPolicy"/>.</summary>
    public static void MarkAsWebApp(HttpContext context) => context.Items[WebAppMarker] = true;

    public Task InvokeAsync(HttpContext context)
    {
        // OnStarting survives the exception handler's Response.Clear(), so problem responses carry the headers too.
        context.Response.OnStarting(state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Items.ContainsKey(WebAppMarker) ? _webAppPolicy
                : context.Request.Path.StartsWithSegments(DocsPath, StringComparison.OrdinalIgnoreCase) ? DocsPolicy
                : ApiPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
