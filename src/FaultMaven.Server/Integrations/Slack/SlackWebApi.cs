using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;

namespace FaultMaven.Server.Integrations.Slack;

/// <summary>The calls FaultMaven makes to Slack: <c>chat.postMessage</c> with the bot token, a shared file's download, and a slash
/// command's response URL. Rate limits (429 with Retry-After) and server errors are retried with backoff; every call has a timeout.</summary>
internal sealed class SlackWebApi
{
    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public SlackWebApi(HttpClient http, IOptions<SlackOptions> options, TimeProvider timeProvider)
    {
        (_http, _options) = (http, options.Value);
        _pipeline = OutboundRetry.Create(timeProvider, TimeSpan.FromSeconds(15));
    }

    /// <summary>Posts a message to a channel, in a thread when <paramref name="threadTs"/> is given; returns the message's <c>ts</c>,
    /// or null with Slack's error (<c>not_in_channel</c>, <c>channel_not_found</c>…).</summary>
    public async Task<(string? Ts, string? Error)> PostMessageAsync(string channel, string? threadTs, ChatMessage message, CancellationToken cancellationToken)
    {
        // Absent, not null: Slack refuses "blocks": null, and a null thread_ts is not "no thread" to every client.
        var body = new Dictionary<string, object> { ["channel"] = channel, ["text"] = message.Text, ["unfurl_links"] = false };
        if (message.Blocks.Count > 0)
        {
            body["blocks"] = message.Blocks;
        }

        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.ApiUrl.TrimEnd('/') + "/"), "chat.postMessage"))
            {
                Content = JsonContent.Create(body),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BotToken);
            return await _http.SendAsync(request, token);
        }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"http_{(int)response.StatusCode}");
        }

        using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = answer.RootElement;
        return root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True && root.TryGetProperty("ts", out var ts)
            ? (ts.GetString(), null)
            : (null, root.TryGetProperty("error", out var error) ? error.GetString() : "unknown_error");
    }

    /// <summary>Opens a shared file's content with the bot token; null when the URL is not Slack's or the download fails.</summary>
    public async Task<Stream?> OpenFileAsync(string url, CancellationToken cancellationToken)
    {
        if (!_options.IsSlackUrl(url))
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BotToken);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            return null;
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>Answers a slash command through its response URL (no token: the URL is the credential), visible to the channel.</summary>
    public async Task<bool> RespondAsync(string responseUrl, ChatMessage message, CancellationToken cancellationToken)
    {
        if (!_options.IsSlackUrl(responseUrl))
        {
            return false;
        }

        using var response = await _pipeline.ExecuteAsync(
            async token => await _http.PostAsJsonAsync(responseUrl, new { response_type = "in_channel", text = message.Text, blocks = message.Blocks }, token), cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
