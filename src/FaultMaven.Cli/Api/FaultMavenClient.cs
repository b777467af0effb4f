using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using FaultMaven.Server.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace FaultMaven.Cli.Api;

/// <summary>A thin client over the FaultMaven HTTP API that turns every failure into a <see cref="CliException"/>.</summary>
internal sealed class FaultMavenClient(HttpClient http) : IDisposable
{
    /// <summary>Sends a request and returns the raw JSON body (null for 204).</summary>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }

        return await SendAsync(request, cancellationToken);
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
        form.Add(file, "file", fileName ?? "stdin");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/cases/{Uri.EscapeDataString(caseId)}/data") { Content = form };
        return await SendAsync(request, cancellationToken);
    }

    private async Task<JsonElement?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            throw new CliException($"cannot open a trusted HTTPS connection to {http.BaseAddress} ({ex.InnerException?.Message ?? ex.Message}). "
                + "For a private or self-signed certificate set FM_CA_CERT to its CA's PEM file.", ExitCodes.ServerUnreachable);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException || ex.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new CliException($"cannot reach the FaultMaven server at {http.BaseAddress} ({ex.Message}). Start it with `./fm serve` or set FM_URL.", ExitCodes.ServerUnreachable);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"the FaultMaven server at {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s.", ExitCodes.ServerUnreachable);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return response.StatusCode == HttpStatusCode.NoContent
                    ? null
                    : await response.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options, cancellationToken);
            }

            throw await ToExceptionAsync(response, cancellationToken);
        }
    }

    public void Dispose() => http.Dispose();

    private static async Task<CliException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(ApiJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Not problem details (a proxy's error page, say); the status line is all we can report.
        }

        var detail = problem?.Detail ?? problem?.Title ?? response.ReasonPhrase ?? "request failed";
        if (problem?.Extensions.TryGetValue("errors", out var errors) == true && errors is JsonElement { ValueKind: JsonValueKind.Object } fields)
        {
            detail += " " + string.Join("; ", fields.EnumerateObject().Select(f => $"{f.Name}: {string.Join(" ", f.Value.EnumerateArray().Select(e => e.GetString()))}"));
        }

        var code = response.StatusCode == HttpStatusCode.NotFound ? ExitCodes.NotFound : ExitCodes.Failure;
        return new CliException($"{detail} (HTTP {(int)response.StatusCode})", code);
    }
}
