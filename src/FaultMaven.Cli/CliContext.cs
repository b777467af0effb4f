using Spectre.Console;

namespace FaultMaven.Cli;

/// <summary>Where a command writes and which server it talks to; tests build one over string writers.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, HttpMessageHandler? handler = null)
{
    public const string DefaultUrl = "http://127.0.0.1:8000";

    private IAnsiConsole? _console;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Gets where interactive commands read from (standard input unless a test gives another).</summary>
    public TextReader Input { get; init; } = System.Console.In;

    // Made on first use: loading and setting up Spectre.Console took a tenth of the start of `fm logs parse`, which never writes to it.
    public IAnsiConsole Console => _console ??= CreateConsole(Output);

    public Func<string, string?> Environment { get; } = environment;

    /// <summary>The same context reading variables through <paramref name="environment"/> instead.</summary>
    public CliContext WithEnvironment(Func<string, string?> environment) => new(Output, Error, environment, handler) { Input = Input };

    /// <summary>Creates a client for the server at <paramref name="url"/>, or else at <c>FM_URL</c>.</summary>
    public Api.FaultMavenClient CreateClient(string? url = null, TimeSpan? timeout = null)
    {
        var source = url is null ? "FM_URL" : "--server";
        url ??= Environment("FM_URL") is { Length: > 0 } configured ? configured : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            throw new CliException($"{source} '{Api.SafeUrl.Show(url)}' must be an http:// or https:// URL, e.g. {DefaultUrl}.", ExitCodes.Usage);
        }

        // The client keeps its own deadline per request, over the whole exchange (Api.ClientTimeouts).
        return new Api.FaultMavenClient(CreateHttpClient(baseAddress, System.Threading.Timeout.InfiniteTimeSpan), Api.ClientTimeouts.From(Environment, timeout));
    }

    /// <summary>An HTTP client for the server at <paramref name="baseAddress"/> that sends <c>FM_API_KEY</c> (when set) as a bearer token
    /// on every request; every request the CLI makes to a server goes through one of these.</summary>
    public HttpClient CreateHttpClient(Uri? baseAddress, TimeSpan timeout, HttpMessageHandler? transport = null, long? maxResponseBytes = null)
    {
        // maxResponseBytes, when given, caps every answer read through the client (BoundedResponseHandler): for callers that read
        // bodies in ways FaultMavenClient does not (server-sent events, the MCP client).
        var inner = transport ?? handler;
        var owned = inner is null || transport is not null;
        inner ??= CreateHandler();
        // The cap wraps the handler; a shared handler stays undisposed because the wrapper is never disposed either.
        var http = maxResponseBytes is { } cap
            ? new HttpClient(new Api.BoundedResponseHandler(inner, cap, baseAddress), disposeHandler: owned)
            : new HttpClient(inner, disposeHandler: owned);
        http.BaseAddress = baseAddress;
        http.Timeout = timeout;
        if (Environment("FM_API_KEY") is { Length: > 0 } key)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Trim());
        }

        return http;
    }

    /// <summary>Whether a FaultMaven server answers <c>/health/live</c> at <paramref name="url"/>: the connection must open within
    /// <paramref name="connectTimeout"/> (nothing listening is refused at once), and the answer come within <paramref name="answerTimeout"/>
    /// (a server still compiling its first request is slower than a closed port).</summary>
    public async Task<bool> ServerAnswersAsync(string url, TimeSpan connectTimeout, TimeSpan answerTimeout, CancellationToken cancellationToken)
    {
        using var http = CreateHttpClient(null, answerTimeout, handler is null ? CreateHandler(connectTimeout) : null);
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(url.TrimEnd('/') + "/"), "health/live"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The handler every request to a server goes through: it trusts the CA in <c>FM_CA_CERT</c> (or <c>SSL_CERT_FILE</c>)
    /// besides the system's, for a server with a private or self-signed certificate.</summary>
    public SocketsHttpHandler CreateHandler(TimeSpan? connectTimeout = null)
    {
        // Never follow a redirect: it would re-send the request, an upload's unredacted evidence included, to whatever address the
        // answer names (FaultMavenClient reports a 3xx as an error naming it).
        var http = new SocketsHttpHandler { AllowAutoRedirect = false };
        if (connectTimeout is { } timeout)
        {
            http.ConnectTimeout = timeout;
        }

        var (source, path) = Environment("FM_CA_CERT") is { Length: > 0 } ca ? ("FM_CA_CERT", ca)
            : Environment("SSL_CERT_FILE") is { Length: > 0 } file ? ("SSL_CERT_FILE", file) : (null, null);
        if (path is not null)
        {
            http.SslOptions.RemoteCertificateValidationCallback = TrustedCertificates.Validator(TrustedCertificates.Load(source!, path));
        }

        return http;
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Piped output has no width of its own; a wide one keeps ids and titles on one line for grep.
        if (!terminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    public static CliContext FromProcess() => new(System.Console.Out, System.Console.Error, System.Environment.GetEnvironmentVariable);
}
