using System.Buffers;
using System.Net;
using System.Text.Json;
using FaultMaven.Server.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace FaultMaven.Cli.Api;

/// <summary>What the CLI accepts from a server's answer, whoever sent it: no redirect, a body no larger than a cap, JSON where JSON
/// is expected. Each refusal is a <see cref="CliException"/> with one line and an exit code.</summary>
internal static class ResponseChecks
{
    // An error's problem details are a few hundred bytes; a proxy's error page is read no further than this.
    private const int MaxErrorBytes = 64 << 10;

    /// <summary>Following a redirect would re-send the request (an upload's raw, unredacted evidence) to wherever the answer points,
    /// and a GET would print another host's data as if it were this server's; so a 3xx ends the command, naming the target.</summary>
    public static void RefuseRedirect(HttpResponseMessage response, Uri? baseAddress)
    {
        var status = (int)response.StatusCode;
        if (status is < 300 or > 399)
        {
            return;
        }

        var location = response.Headers.Location;
        var target = location is null ? "nowhere (no Location header)"
            : SafeUrl.Show(location.IsAbsoluteUri || baseAddress is null ? location : new Uri(response.RequestMessage?.RequestUri ?? baseAddress, location));
        throw new CliException($"the server at {SafeUrl.Show(baseAddress)} answered HTTP {status} redirecting to {target}; fm does not follow redirects "
            + "(that would send the request, evidence included, to another address). Set FM_URL to the server's own address.", ExitCodes.Failure);
    }

    /// <summary>Reads the whole body as it streams in, stopping at <paramref name="maxBytes"/> (an endless body ends the command
    /// instead of filling memory).</summary>
    public static async Task<byte[]> ReadBoundedAsync(HttpContent content, long maxBytes, Uri? baseAddress, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(baseAddress, maxBytes);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        while (true)
        {
            var read = await stream.ReadAsync(buffer.GetMemory(1 << 14), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(baseAddress, maxBytes);
            }
        }
    }

    public static JsonElement ParseJson(byte[] body, HttpResponseMessage response, Uri? baseAddress)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            var type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            throw new CliException($"the server at {SafeUrl.Show(baseAddress)} answered HTTP {(int)response.StatusCode} with a body that is not JSON "
                + $"({type}, {body.Length:N0} bytes); is FM_URL a FaultMaven server?", ExitCodes.Failure);
        }
    }

    /// <summary>JSON that is not what the command reads (a field missing or of another type): another service, or another version.</summary>
    public static CliException WrongShape(Uri? baseAddress, string what) =>
        new($"the server at {SafeUrl.Show(baseAddress)} answered with JSON of another shape than fm expects ({what}); is FM_URL a FaultMaven server of this version?", ExitCodes.Failure);

    public static async Task<CliException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = null;
        try
        {
            var body = await ReadBoundedAsync(response.Content, MaxErrorBytes, null, cancellationToken);
            problem = JsonSerializer.Deserialize<ProblemDetails>(body, ApiJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or CliException or NotSupportedException)
        {
            // Not problem details (a proxy's error page, say, or a huge one); the status line is all we can report.
        }

        var detail = problem?.Detail ?? problem?.Title ?? response.ReasonPhrase ?? "request failed";
        if (problem?.Extensions.TryGetValue("errors", out var errors) == true && errors is JsonElement { ValueKind: JsonValueKind.Object } fields)
        {
            detail += " " + string.Join("; ", fields.EnumerateObject().Select(f => $"{f.Name}: {Messages(f.Value)}"));
        }

        var code = response.StatusCode == HttpStatusCode.NotFound ? ExitCodes.NotFound : ExitCodes.Failure;
        return new CliException($"{detail} (HTTP {(int)response.StatusCode})", code) { RetryAfter = RetryAfter(response) };
    }

    // Only a refusal for now (rate limited, busy) says when to come back; a date is taken as the time until it.
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - TimeProvider.System.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }

    private static string Messages(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Join(" ", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()))
        : value.GetRawText();

    public static CliException TooLarge(Uri? baseAddress, long maxBytes) =>
        new($"the answer of the server at {SafeUrl.Show(baseAddress)} is larger than {maxBytes >> 20} MiB, more than any FaultMaven answer; stopped reading it.", ExitCodes.Failure);
}
