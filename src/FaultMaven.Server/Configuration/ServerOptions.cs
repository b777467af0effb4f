using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Configuration;

/// <summary>How the HTTP server listens, limits, logs and shuts down.</summary>
public sealed class ServerOptions
{
    /// <summary>The address to listen on: an IP address or <c>localhost</c>.</summary>
    /// <value>The default is <c>127.0.0.1</c>.</value>
    [ConfigurationKeyName("FM_HOST")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "FM_HOST must be an IP address or 'localhost'.")]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The TCP port to listen on; 0 picks a free one.</summary>
    /// <value>The default is 8000.</value>
    [ConfigurationKeyName("FM_PORT")]
    [Range(0, 65535, ErrorMessage = "FM_PORT must be an integer from 0 to 65535.")]
    public int Port { get; set; } = 8000;

    /// <summary>The largest request body accepted, in bytes.</summary>
    /// <value>The default is 1 MiB.</value>
    [ConfigurationKeyName("FM_MAX_REQUEST_BODY_BYTES")]
    [Range(1024, 1L << 34, ErrorMessage = "FM_MAX_REQUEST_BODY_BYTES must be an integer from 1024 to 17179869184.")]
    public long MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>How long in-flight requests may run after SIGTERM before the server stops anyway.</summary>
    /// <value>The default is 30 seconds.</value>
    [ConfigurationKeyName("FM_SHUTDOWN_TIMEOUT")]
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "FM_SHUTDOWN_TIMEOUT must be a duration from 00:00:00 to 00:10:00 (hh:mm:ss).")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Comma-separated origins allowed to call the API from a browser, e.g. <c>chrome-extension://abc…</c>.</summary>
    /// <value>The default is empty: no cross-origin browser access.</value>
    [ConfigurationKeyName("FM_CORS_ORIGINS")]
    public string CorsOrigins { get; set; } = string.Empty;

    /// <summary>The directory of the built web app (<c>clients/web/dist</c>), served at <c>/</c>; empty serves none.</summary>
    /// <value>The default is empty; <c>./fm serve</c> sets it to the web app it has just built.</value>
    [ConfigurationKeyName("FM_WEB_ROOT")]
    public string WebRoot { get; set; } = string.Empty;

    /// <summary>The least severe log level written.</summary>
    /// <value>The default is <see cref="LogLevel.Information"/>.</value>
    [ConfigurationKeyName("FM_LOG_LEVEL")]
    [EnumDataType(typeof(LogLevel), ErrorMessage = "FM_LOG_LEVEL must be one of Trace, Debug, Information, Warning, Error, Critical, None.")]
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    /// <summary>The log line format: <c>json</c> (one JSON object per line) or <c>text</c>.</summary>
    /// <value>The default is <c>json</c>.</value>
    [ConfigurationKeyName("FM_LOG_FORMAT")]
    [RegularExpression("^(json|text)$", ErrorMessage = "FM_LOG_FORMAT must be 'json' or 'text'.")]
    public string LogFormat { get; set; } = "json";

    /// <summary>An OTLP endpoint (gRPC or HTTP) to export traces and metrics to; empty to export none.</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_OTLP_ENDPOINT")]
    public string OtlpEndpoint { get; set; } = string.Empty;

    /// <summary>How to speak to <see cref="OtlpEndpoint"/>: <c>grpc</c> or <c>http/protobuf</c> (then the endpoint is the collector's
    /// base URL; <c>/v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c> are added).</summary>
    /// <value>The default is <c>http/protobuf</c>, what Opik, Jaeger, Tempo and the Collector accept on port 4318.</value>
    [ConfigurationKeyName("FM_OTLP_PROTOCOL")]
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "FM_OTLP_PROTOCOL must be 'grpc' or 'http/protobuf'.")]
    public string OtlpProtocol { get; set; } = "http/protobuf";

    /// <summary>Headers sent with every export, <c>name=value</c> pairs separated by commas (an API key, a project name for Opik).</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_OTLP_HEADERS")]
    [RegularExpression("^$|^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$", ErrorMessage = "FM_OTLP_HEADERS must be name=value pairs separated by commas.")]
    public string OtlpHeaders { get; set; } = string.Empty;

    /// <summary>Host names the server answers to (the <c>Host</c> header), comma-separated; <c>*</c> for any, <c>*.example.com</c> for subdomains.</summary>
    /// <value>The default is empty: <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> when listening on loopback (so DNS rebinding fails),
    /// otherwise any host, with a warning at start-up.</value>
    [ConfigurationKeyName("FM_ALLOWED_HOSTS")]
    public string AllowedHosts { get; set; } = string.Empty;

    /// <summary>A PEM certificate (chain) file; with <see cref="TlsKey"/> the server speaks HTTPS only.</summary>
    /// <value>The default is empty: plain HTTP.</value>
    [ConfigurationKeyName("FM_TLS_CERT")]
    public string TlsCertificate { get; set; } = string.Empty;

    /// <summary>The PEM private key file of <see cref="TlsCertificate"/>.</summary>
    /// <value>The default is empty.</value>
    [ConfigurationKeyName("FM_TLS_KEY")]
    public string TlsKey { get; set; } = string.Empty;

    /// <summary>Gets whether the server speaks HTTPS (both <see cref="TlsCertificate"/> and <see cref="TlsKey"/> are set).</summary>
    public bool UsesTls => TlsCertificate.Length > 0 && TlsKey.Length > 0;

    /// <summary>Gets whether the server listens on a loopback address only.</summary>
    public bool ListensOnLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Gets the host names the server answers to, with the loopback or any-host default applied.</summary>
    public IReadOnlyList<string> AllowedHostList => AllowedHosts.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) switch
    {
        { Length: > 0 } given => given,
        // The loopback address listened on is its own name too (127.0.0.2 is as loopback as 127.0.0.1).
        _ when ListensOnLoopback => ((string[])["localhost", "127.0.0.1", "[::1]", Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host]).Distinct().ToArray(),
        _ => ["*"],
    };

    /// <summary>Gets the configured CORS origins as a list.</summary>
    public IReadOnlyList<string> CorsOriginList =>
        CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Binds the options from configuration and validates them, throwing <see cref="OptionsValidationException"/> on a bad value.</summary>
    public static ServerOptions Load(IConfiguration configuration)
    {
        var options = new ServerOptions();
        configuration.Bind(options);
        var failures = new List<string>();
        foreach (var validator in new IValidateOptions<ServerOptions>[] { new ServerOptionsValidator(), new ServerOptionsCustomValidator() })
        {
            if (validator.Validate(Options.DefaultName, options) is { Failed: true } result)
            {
                failures.AddRange(result.Failures);
            }
        }

        return failures.Count == 0 ? options : throw new OptionsValidationException(Options.DefaultName, typeof(ServerOptions), failures);
    }
}
