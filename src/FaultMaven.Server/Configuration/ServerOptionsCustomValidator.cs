using System.Net;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Configuration;

/// <summary>Checks what attributes cannot: the host is an address, each CORS entry is an origin, the OTLP endpoint is a URL, the web root holds a web app.</summary>
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

        foreach (var host in options.AllowedHostList)
        {
            if (!IsHostPattern(host))
            {
                failures.Add($"FM_ALLOWED_HOSTS entry '{host}' must be a host name without scheme or port (faultmaven.example.com, *.example.com, 10.0.0.5, [::1]) or *.");
            }
        }

        if (!string.IsNullOrEmpty(options.WebRoot) && !File.Exists(Path.Combine(options.WebRoot, "index.html")))
        {
            failures.Add($"FM_WEB_ROOT '{options.WebRoot}' must be a directory holding the built web app's index.html (npm run build in clients/).");
        }

        if (TlsFailure(options) is { } tls)
        {
            failures.Add(tls);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "chrome-extension" or "moz-extension"
        && !string.IsNullOrEmpty(uri.Host)
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    private static bool IsHostPattern(string value) =>
        value == "*"
        || (value.StartsWith('[') && value.EndsWith(']') && IPAddress.TryParse(value[1..^1], out _))
        || Uri.CheckHostName(value.StartsWith("*.", StringComparison.Ordinal) ? value[2..] : value) is UriHostNameType.Dns or UriHostNameType.IPv4;

    // Both or neither; and both must load now, so a wrong path or a key that does not match fails at start-up, not at the first client.
    private static string? TlsFailure(ServerOptions options)
    {
        if (options.TlsCertificate.Length == 0 && options.TlsKey.Length == 0)
        {
            return null;
        }

        if (options.TlsCertificate.Length == 0 || options.TlsKey.Length == 0)
        {
            return "FM_TLS_CERT and FM_TLS_KEY must be set together (PEM certificate and its PEM private key), or neither for plain HTTP.";
        }

        try
        {
            using var certificate = TlsCertificates.Load(options);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return $"FM_TLS_CERT '{options.TlsCertificate}' with FM_TLS_KEY '{options.TlsKey}' could not be loaded: {ex.Message}";
        }
    }
}
