using FaultMaven.Server.Configuration;
using FaultMaven.Server.Security;
using Microsoft.Extensions.FileProviders;

namespace FaultMaven.Server.WebApp;

/// <summary>Serves the built web app (FM_WEB_ROOT): its hashed assets as immutable files, and <c>index.html</c> — never cached, so a
/// new build is picked up at once — at <c>/</c> and at each client route, which the app then renders itself.</summary>
internal static class WebAppEndpoints
{
    /// <summary>The routes the web app draws in the browser; a reload or a shared link on one of them gets the app.</summary>
    public static readonly string[] ClientRoutes = ["/", "/cases", "/cases/{**rest}", "/knowledge", "/sign-in"];

    private const string ImmutableAssets = "public, max-age=31536000, immutable";

    /// <summary>Whether a web app is configured; without one <c>/</c> keeps answering with the service's links.</summary>
    public static bool IsConfigured(ServerOptions server) => !string.IsNullOrEmpty(server.WebRoot);

    /// <summary>Static files of the web root, before authentication: the app shell holds no data, and the API it calls checks every request.</summary>
    public static WebApplication UseWebAppFiles(this WebApplication app, ServerOptions server)
    {
        if (!IsConfigured(server))
        {
            return app;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(server.WebRoot));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                SecurityHeaders.MarkAsWebApp(file.Context);
                // Vite names every file under assets/ after its content hash; anything else (index.html, icons) may change in place.
                file.Context.Response.Headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? ImmutableAssets
                    : "no-cache";
            },
        });
        return app;
    }

    public static WebApplication MapWebApp(this WebApplication app, ServerOptions server)
    {
        var index = Path.Combine(Path.GetFullPath(server.WebRoot), "index.html");
        foreach (var route in ClientRoutes)
        {
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                SecurityHeaders.MarkAsWebApp(context);
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.PhysicalFile(index, "text/html; charset=utf-8");
            }).ExcludeFromDescription();
        }

        return app;
    }
}
