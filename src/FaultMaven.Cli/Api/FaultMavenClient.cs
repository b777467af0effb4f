using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Api;

/// <summary>A thin client over the FaultMaven HTTP API that turns every failure into a <see cref="CliException"/>: each request has a
/// deadline for the whole exchange (<see cref="ClientTimeouts"/>), each answer a size cap read as it streams in, and a redirect is
/// refused, never followed (<see cref="ResponseChecks"/>).</summary>
internal sealed class FaultMavenClient(HttpClient http, ClientTimeouts timeouts, long maxResponseBytes = FaultMavenClient.DefaultMaxResponseBytes) : IDisposable
{
    /// <summary>The largest answer read: a page of cases or a stored document is far smaller; an endless or huge body stops here
    /// instead of filling memory.</summary>
    public const long DefaultMaxResponseBytes = 64L << 20;

    /// <summary>Sends a request and returns the raw JSON body (null for 204). A body given as <see cref="HttpContent"/> (a document
    /// import) is an upload and gets the upload deadline.</summary>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
            request.Headers.ExpectContinue = body is HttpContent;
        }

        return await SendAsync(request, body is HttpContent ? timeouts.Upload : timeouts.Ordinary, cancellationToken);
    }

    /// <summary>Streams a file to a case as a multipart upload and returns the stored upload.</summary>
    public async Task<JsonElement?> UploadAsync(string caseId, Stream content, string? fileName, string? sourceUrl, string? pageTitle, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        if (sourceUrl is not null)
        {
            form.Add(new StringContent(sourceUrl), "source_url");
        }

        if (pageTitle is not null)
        {
            form.Add(new StringContent(pageTitle), "page_title");
        }

        var file = new StreamContent(content, 1 << 16);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        // A control character (a newline in a file's name) cannot travel in the part's header; the server drops them from names too.
        // A name of nothing else still needs one (the part refuses an empty name).
        var printable = fileName is null ? "" : string.Concat(fileName.Where(c => !char.IsControl(c)));
        form.Add(file, "file", printable.Length > 0 ? printable : fileName is null ? "stdin" : "upload");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/cases/{Uri.EscapeDataString(caseId)}/data") { Content = form };
        // The body goes only after the server's "100 Continue": a refusal it can give at once (too large, no such case, a full
        // backlog) comes back as its problem instead of a connection it closed mid-body.
        request.Headers.ExpectContinue = true;
        var stored = await SendAsync(request, timeouts.Upload, cancellationToken);
        return stored is { ValueKind: JsonValueKind.Object } ? stored : throw ResponseChecks.WrongShape(http.BaseAddress, "an upload with no stored upload in its answer");
    }

    private async Task<JsonElement?> SendAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var server = SafeUrl.Show(http.BaseAddress);

        // One deadline for the whole exchange: HttpClient.Timeout stops at the headers once the body is read as a stream.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            ResponseChecks.RefuseRedirect(response, http.BaseAddress);
            if (response.IsSuccessStatusCode)
            {
                var bytes = await ResponseChecks.ReadBoundedAsync(response.Content, maxResponseBytes, http.BaseAddress, deadline.Token);
                return response.StatusCode == HttpStatusCode.NoContent || bytes.Length == 0 ? null : ResponseChecks.ParseJson(bytes, response, http.BaseAddress);
            }

            throw await ResponseChecks.ToExceptionAsync(response, deadline.Token);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            throw new CliException($"cannot open a trusted HTTPS connection to {server} ({ex.InnerException?.Message ?? ex.Message}). "
                + "For a private or self-signed certificate set FM_CA_CERT to its CA's PEM file.", ExitCodes.ServerUnreachable);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            || (ex.InnerException is SocketException && ex.HttpRequestError is not (HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse)))
        {
            throw new CliException($"cannot reach the FaultMaven server at {server} ({ex.Message}). Start it with `./fm serve` or set FM_URL.", ExitCodes.ServerUnreachable);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The server was reached but the exchange broke: it closed the connection mid-answer, or sent something that is not HTTP.
            // A body of unknown length (standard input) cannot be refused before it is sent: a server past its upload limit or its
            // body deadline closes the connection mid-body, and .NET gives the client no answer to read.
            var streamed = request.Headers.ExpectContinue == true && request.Content?.Headers.ContentLength is null;
            throw new CliException($"the exchange with the server at {server} broke off ({ex.Message}); nothing was read from its answer."
                + (streamed ? " A server refuses a body read from standard input past its upload limit (FM_MAX_UPLOAD_BYTES) or its body deadline "
                    + "by closing the connection: name a file instead, and fm shows the server's reason." : ""), ExitCodes.Failure);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"the FaultMaven server at {server} did not finish answering within {Describe(timeout)} "
                + $"(raise FM_CLI_TIMEOUT, or FM_CLI_UPLOAD_TIMEOUT for uploads and imports).", ExitCodes.Timeout);
        }
    }

    public void Dispose() => http.Dispose();

    private static string Describe(TimeSpan timeout) => timeout.TotalSeconds < 120 ? $"{timeout.TotalSeconds:0} s" : $"{timeout.TotalMinutes:0.#} min";
}
