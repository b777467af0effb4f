using System.Net;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Configuration;

/// <summary>Checks what attributes cannot: the host is an address, each CORS entry is an origin, the OTLP endpoint is a URL.</summary>
internal sealed class ServerOptionsCustomValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.Host) && options.Host != "localhost" && !IPAddress.TryParse(options.Host, out _))
        {
            failures.Add($"FM_HOST '{options.Host}' must be an IP address (127.0.0.1, 0.0.0.0, ::1) or 'localhost'.");
        }

        foreach (var origin in options.CorsOriginList)
        {
            if (!IsOrigin(origin))
            {
                failures.Add($"FM_CORS_ORIGINS entry '{origin}' must be an origin scheme://host[:port], e.g. https://ops.example.com or chrome-extension://<extension-id>.");
            }
        }

        if (!string.IsNullOrEmpty(options.OtlpEndpoint)
            && !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var otlp) && otlp.Scheme is "http" or "https"))
        {
            failures.Add($"FM_OTLP_ENDPOINT '{options.OtlpEndpoint}' must be an http:// or https:// URL, e.g. http://127.0.0.1:4317.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "chrome-extension" or "moz-extension"
        && !string.IsNullOrEmpty(uri.Host)
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
