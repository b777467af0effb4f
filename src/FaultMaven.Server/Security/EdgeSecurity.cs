using FaultMaven.Server.Configuration;

namespace FaultMaven.Server.Security;

/// <summary>The server's edge towards browsers and the network: allowed hosts, HTTPS and HSTS, security headers, the cross-origin guard
/// and per-client rate limits.</summary>
internal static class EdgeSecurity
{
    public static WebApplicationBuilder AddFaultMavenEdge(this WebApplicationBuilder builder, ServerOptions server)
    {
        var services = builder.Services;
        // The web host registers host filtering as a startup filter at the very front of the pipeline, where a refusal is a bare 400;
        // it is run below instead, after the status-code pages, so a bad Host gets problem details with the correlation id.
        foreach (var filter in services.Where(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter").ToList())
        {
            services.Remove(filter);
        }

        services.AddHostFiltering(o =>
        {
            o.AllowedHosts = [.. server.AllowedHostList];
            o.IncludeFailureMessage = false;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // HSTS is sent whatever the name: only a server given a certificate sends it at all.
            o.ExcludedHosts.Clear();
        });
        services.AddFaultMavenRateLimits();
        return builder;
    }

    /// <summary>Host filtering, HSTS, security headers and the cross-origin guard: before CORS and the endpoints.</summary>
    public static WebApplication UseFaultMavenEdge(this WebApplication app, ServerOptions server)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EdgeSecurity));
        if (server.AllowedHostList is ["*"] && string.IsNullOrWhiteSpace(server.AllowedHosts))
        {
            logger.AnyHostAccepted(server.Host);
        }

        if (server.UsesTls)
        {
            using var certificate = TlsCertificates.Load(server);
            logger.TlsEnabled(certificate.Subject, certificate.NotAfter.ToUniversalTime());
        }
        else if (!server.ListensOnLoopback)
        {
            logger.PlainHttpOnNetwork(server.Host);
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseHostFiltering();
        if (server.UsesTls)
        {
            app.UseHsts();
        }

        app.UseMiddleware<CrossOriginGuard>();
        return app;
    }

    /// <summary>Per-client rate limits: after CORS, so a browser client can read a 429 and its Retry-After.</summary>
    public static WebApplication UseFaultMavenRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
