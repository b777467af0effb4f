using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Server.Integrations.Slack;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Endpoints;

/// <summary>The Slack app's request URLs: the Events API (mentions, thread replies, shared files) and the <c>/faultmaven</c> slash
/// command. Slack signs every request with the app's signing secret; nothing is read before the signature and its timestamp hold.</summary>
internal static partial class SlackEndpoints
{
    public static void MapSlack(this RouteGroupBuilder group)
    {
        group.MapPost("/slack/events", EventsAsync).WithName("ReceiveSlackEvent")
            .WithSummary("Slack's Events API (app_mention and message events; url_verification answered with its challenge), signed with "
                + "FM_SLACK_SIGNING_SECRET. A mention opens a case for its thread and the answer is posted in the thread; replies in it ask "
                + "further; shared files become evidence. Answered 200 at once, the work runs after. 404 while the Slack app is not configured")
            .Accepts<JsonElement>("application/json")
            .Produces<JsonElement>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/slack/commands", CommandAsync).WithName("ReceiveSlackCommand")
            .WithSummary("The /faultmaven slash command (form-encoded, signed with FM_SLACK_SIGNING_SECRET): the question is posted to the "
                + "channel and answered in its thread, or through the command's response URL where the app may not post")
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .Produces<JsonElement>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> EventsAsync(
        HttpContext context, SlackConversations conversations, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackConversations> logger, CancellationToken cancellationToken)
    {
        if (await SignedBodyAsync(context, options.Value, time, logger, cancellationToken) is not { } body)
        {
            return Refusal(options.Value);
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return BadRequest("The body is not JSON.");
        }

        try
        {
            return Answer(root, conversations);
        }
        catch (InvalidOperationException)
        {
            // JsonDocument accepts invalid UTF-8 and lone surrogate escapes inside strings; reading them throws. Not a server error.
            return BadRequest("The body holds a string that is not valid UTF-8 text (invalid bytes or a lone surrogate escape).");
        }
    }

    private static Results<Ok<JsonElement>, ProblemHttpResult> Answer(JsonElement root, SlackConversations conversations)
    {
        switch (Text(root, "type"))
        {
            case "url_verification":
                return TypedResults.Ok(JsonSerializer.SerializeToElement(new { challenge = Text(root, "challenge") ?? string.Empty }));
            case "event_callback" when root.TryGetProperty("event", out var item) && item.ValueKind == JsonValueKind.Object:
                if (ToMessage(root, item) is { } message)
                {
                    conversations.Accept(message, Text(root, "event_id"));
                }

                return TypedResults.Ok(JsonSerializer.SerializeToElement(new { ok = true }));
            default:
                // Other envelopes (app_rate_limited…) need no work; Slack only wants to hear they arrived.
                return TypedResults.Ok(JsonSerializer.SerializeToElement(new { ok = true }));
        }
    }

    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> CommandAsync(
        HttpContext context, SlackConversations conversations, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackConversations> logger, CancellationToken cancellationToken)
    {
        if (await SignedBodyAsync(context, options.Value, time, logger, cancellationToken) is not { } body)
        {
            return Refusal(options.Value);
        }

        var form = QueryHelpers.ParseQuery("?" + System.Text.Encoding.UTF8.GetString(body));
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        if (Field("team_id") is not { } team || Field("channel_id") is not { } channel || Field("user_id") is not { } user)
        {
            return BadRequest("A slash command carries team_id, channel_id and user_id.");
        }

        var text = Field("text")?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Ephemeral($"Ask a question, e.g. `{Field("command") ?? "/faultmaven"} why is checkout returning 502s?` — the answer comes in a thread, and replies there ask further.");
        }

        // trigger_id is unique per invocation: a replay of the same signed body is taken once.
        var trigger = Field("trigger_id") ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        return conversations.AcceptCommand(team, channel, user, text, Field("response_url"), trigger)
            ? Ephemeral($"Investigating: {Integrations.ChatAnswer.Escape(PrintableText.Of(text))}")
            : Ephemeral("This command was received already; its answer is on its way.");
    }

    /// <summary>Reads a message event as a question, or null for what is not one: the app's own and other bots' messages, edits and
    /// deletions, replies that mention the app (their app_mention event carries them), and messages outside any thread that do
    /// not mention it.</summary>
    private static SlackMessage? ToMessage(JsonElement root, JsonElement item)
    {
        var type = Text(item, "type");
        var subtype = Text(item, "subtype");
        if (type is not ("app_mention" or "message") || item.TryGetProperty("bot_id", out _) || subtype is not (null or "file_share")
            || Text(root, "team_id") is not { } team || Text(item, "channel") is not { } channel || Text(item, "ts") is not { } ts
            || Text(item, "user") is not { } user)
        {
            return null;
        }

        var text = Text(item, "text") ?? string.Empty;
        var threadTs = Text(item, "thread_ts") is { } thread && thread != ts ? thread : null;
        if (type == "message")
        {
            var app = root.TryGetProperty("authorizations", out var authorizations) && authorizations.ValueKind == JsonValueKind.Array
                ? authorizations.EnumerateArray().Select(a => Text(a, "user_id")).FirstOrDefault(id => id is not null)
                : null;
            if (threadTs is null || app is not null && text.Contains($"<@{app}>", StringComparison.Ordinal))
            {
                return null;
            }
        }

        var files = item.TryGetProperty("files", out var shared) && shared.ValueKind == JsonValueKind.Array
            ? shared.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object)
                .Select(f => new SlackFile(Text(f, "name") ?? "slack-file", f.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var bytes) ? bytes : 0, Text(f, "url_private_download")))
                .ToList()
            : [];
        return new SlackMessage(team, channel, ts, threadTs, user, text, Mentioned: type == "app_mention", files);
    }

    /// <summary>Reads the body and checks Slack's signature over it; null (and a log line) when the app is off or the request is not Slack's.</summary>
    private static async Task<byte[]?> SignedBodyAsync(HttpContext context, SlackOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return null;
        }

        // Bounded by FM_MAX_REQUEST_BODY_BYTES: a larger body makes Kestrel throw, which the exception handler answers with 413.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        var refusal = SlackSignature.Refusal(options.SigningSecret, context.Request.Headers["X-Slack-Request-Timestamp"], context.Request.Headers["X-Slack-Signature"], body, time.GetUtcNow());
        if (refusal is null)
        {
            return body;
        }

        LogRefused(logger, context.Connection.RemoteIpAddress?.ToString(), refusal);
        return null;
    }

    private static ProblemHttpResult Refusal(SlackOptions options) => options.Enabled
        ? TypedResults.Problem(detail: "The request is not signed by Slack with FM_SLACK_SIGNING_SECRET, or its timestamp is more than five minutes old.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", type: ProblemTypes.Unauthorized)
        : TypedResults.Problem(detail: "The Slack app is off (FM_SLACK_SIGNING_SECRET and FM_SLACK_BOT_TOKEN are not set).", statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: ProblemTypes.Validation);

    private static Ok<JsonElement> Ephemeral(string text) => TypedResults.Ok(JsonSerializer.SerializeToElement(new { response_type = "ephemeral", text }));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Core.Diagnostics.LogEvents.SlackRefused, LogLevel.Warning, "Slack request refused from {ClientIp}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? clientIp, string reason);
}
