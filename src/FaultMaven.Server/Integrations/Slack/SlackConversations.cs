using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Integrations.Slack;

/// <summary>
/// Slack threads as cases. A mention of the app (or <c>/faultmaven</c>) opens a case for its thread and answers in the thread;
/// later messages in that thread are further questions on the same case; files shared there become its evidence. The case is found
/// again by its owner, <c>slack:&lt;hash of workspace, channel and thread&gt;</c>, the caller every message of the thread acts as.
/// Slack wants its 200 within three seconds, so the work runs after the request has been answered: two investigations at a time,
/// one per case, at most 64 in hand (the rest are told the app is busy).
/// </summary>
internal sealed partial class SlackConversations(
    CaseService cases, AgentService agent, IIdempotencyGate gate, SlackWebApi slack, ChatAnswer answer, Redactor redactor, IOptions<SlackOptions> options,
    IOptions<NotifyOptions> notify, IOptions<DataOptions> data, ILogger<SlackConversations> logger) : IDisposable
{
    /// <summary>The prefix of the owner of cases opened by Slack threads.</summary>
    public const string OwnerPrefix = "slack:";

    private const int MaxInHand = 64;
    private const int MaxFiles = 5;
    private const int MaxRemembered = 4096;

    private static readonly Counter<long> Messages = FaultMavenTelemetry.Meter.CreateCounter<long>(
        "faultmaven.integrations.slack.messages", description: "Slack messages handled, by outcome");

    private readonly SemaphoreSlim _running = new(2);
    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private long _arrivals;
    private int _inHand;

    /// <inheritdoc/>
    public void Dispose() => _running.Dispose();

    /// <summary>Takes a message to answer in the background; false when the same event was taken already (Slack's retries).</summary>
    public bool Accept(SlackMessage message, string? eventId)
    {
        if (eventId is not null && !FirstTime("event:" + eventId))
        {
            return false;
        }

        var origin = CallerContext.Current;
        var team = options.Value.Team.Length > 0 ? options.Value.Team : null;
        CallerContext.Set(new RequestOrigin(new Caller(Owner(message), "Slack", CallerRole.Engineer, team), origin.ClientIp, origin.CorrelationId));
        _ = Task.Run(() => AnswerAsync(message), CancellationToken.None);
        return true;
    }

    /// <summary>Takes a slash command: posts the question to the channel to start a thread, then answers in it; where the app may not
    /// post (a channel it is not in, a direct message) the answer goes to the command's response URL instead.</summary>
    /// <returns>False when the same command was taken already: a signed request replayed within Slack's five-minute window.</returns>
    public bool AcceptCommand(string teamId, string channel, string user, string text, string? responseUrl, string triggerId)
    {
        if (!FirstTime("command:" + triggerId))
        {
            return false;
        }

        var origin = CallerContext.Current;
        _ = Task.Run(async () =>
        {
            CallerContext.Set(origin);
            // A slash command is seen only by who typed it; its echo is public to the channel, so it is redacted like the answer.
            var question = new ChatMessage($"<@{user}> asked: {ChatAnswer.Escape(redactor.Redact(text).Text)}", []);
            var (ts, _) = await slack.PostMessageAsync(channel, null, question, CancellationToken.None);
            // No thread to answer in: the command's own (unique) trigger stands for one.
            var message = new SlackMessage(teamId, channel, ts ?? "command-" + triggerId, null, user, text, Mentioned: true, [], ts is null ? responseUrl : null);
            Accept(message, null);
        }, CancellationToken.None);
        return true;
    }

    private async Task AnswerAsync(SlackMessage message)
    {
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("slack.answer");
        var root = message.ThreadTs ?? message.Ts;
        try
        {
            var caseId = await CaseForAsync(message);
            if (caseId is null)
            {
                Messages.Add(1, new KeyValuePair<string, object?>("outcome", "ignored"));
                return;
            }

            activity?.SetTag("faultmaven.case.id", caseId);
            if (Interlocked.Increment(ref _inHand) > MaxInHand)
            {
                Interlocked.Decrement(ref _inHand);
                Messages.Add(1, new KeyValuePair<string, object?>("outcome", "busy"));
                await ReplyAsync(message, root, new ChatMessage("FaultMaven is answering many questions at once; ask again in a minute.", []));
                return;
            }

            AgentReply? reply;
            string? failure;
            try
            {
                (reply, failure) = await AskAsync(caseId, message);
            }
            finally
            {
                Interlocked.Decrement(ref _inHand);
            }

            var written = reply is not null
                ? await answer.WriteAsync(caseId, reply, notify.Value.PublicUrl, CancellationToken.None)
                : new ChatMessage($"Could not answer: {ChatAnswer.Escape(failure!)}", []);
            await ReplyAsync(message, root, written);
            Messages.Add(1, new KeyValuePair<string, object?>("outcome", reply is not null ? "answered" : "failed"));
            if (reply is not null)
            {
                LogAnswered(caseId);
            }
        }
        catch (Exception ex)
        {
            Messages.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            // Only the exception's type: messages of HTTP errors can hold URLs.
            LogFailed(message.Channel, ex.GetType().Name);
        }
    }

    /// <summary>Finds the thread's open case, or opens one for a message that mentions the app; null for other messages of threads
    /// FaultMaven is not part of.</summary>
    private async Task<string?> CaseForAsync(SlackMessage message)
    {
        var owner = Owner(message);
        await using var held = await gate.EnterAsync(owner, CancellationToken.None);
        if (await cases.FindOpenOwnedByAsync(owner, CancellationToken.None) is { } open)
        {
            return open.Id;
        }

        if (!message.Mentioned)
        {
            return null;
        }

        var title = Question(message).Split('\n', 2)[0];
        var created = await cases.CreateAsync(new CreateCaseCommand(title.Length <= Case.MaxTitleLength ? title : title[..(Case.MaxTitleLength - 1)] + "…", null), CancellationToken.None);
        return created.Succeeded ? created.Value.Id : throw new InvalidOperationException(created.Failure.Detail);
    }

    private async Task<(AgentReply? Reply, string? Failure)> AskAsync(string caseId, SlackMessage message)
    {
        // One question of a case at a time (in the order asked), and two investigations at a time in all.
        await using var turn = await gate.EnterAsync("slack-case:" + caseId, CancellationToken.None);
        await _running.WaitAsync();
        var attachments = new List<TurnAttachment>();
        try
        {
            foreach (var file in message.Files.Take(MaxFiles))
            {
                if (file.Size > data.Value.MaxUploadBytes || file.Url is null || await slack.OpenFileAsync(file.Url, CancellationToken.None) is not { } content)
                {
                    continue;
                }

                attachments.Add(new TurnAttachment(content, new DataSource(file.Name)));
            }

            // The message's identity makes a replay of the same message the same turn (AgentService waits for the first attempt).
            var key = "slack:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{message.TeamId}\n{message.Channel}\n{message.Ts}")));
            var reply = await agent.AskAsync(caseId, Question(message), attachments, key, CancellationToken.None);
            return reply.Succeeded ? (reply.Value, null) : (null, reply.Failure.Detail);
        }
        finally
        {
            foreach (var attachment in attachments)
            {
                await attachment.Content.DisposeAsync();
            }

            _running.Release();
        }
    }

    private async Task ReplyAsync(SlackMessage message, string root, ChatMessage reply)
    {
        if (message.ResponseUrl is not null)
        {
            await slack.RespondAsync(message.ResponseUrl, reply, CancellationToken.None);
            return;
        }

        var (_, error) = await slack.PostMessageAsync(message.Channel, root, reply, CancellationToken.None);
        if (error is not null)
        {
            LogFailed(message.Channel, error);
        }
    }

    /// <summary>The question as written, without the app's mention and with Slack's escapes written out.</summary>
    private static string Question(SlackMessage message)
    {
        var text = Mention().Replace(message.Text, string.Empty).Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
        return text.Length > 0 ? text : message.Files.Count > 0 ? "What do these files show?" : "What is going on?";
    }

    private static string Owner(SlackMessage message) =>
        OwnerPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{message.TeamId}\n{message.Channel}\n{message.ThreadTs ?? message.Ts}")))[..32];

    /// <summary>Remembers a key for this process; false when it was seen already. Bounded: the oldest half goes when it is full.</summary>
    private bool FirstTime(string key)
    {
        if (_seen.Count >= MaxRemembered)
        {
            foreach (var old in _seen.OrderBy(p => p.Value).Take(MaxRemembered / 2).ToList())
            {
                _seen.TryRemove(old.Key, out _);
            }
        }

        // An arrival number orders eviction as well as a time would, without reading the clock.
        return _seen.TryAdd(key, Interlocked.Increment(ref _arrivals));
    }

    // Bounded: user ids are short; a mention is never nested.
    [GeneratedRegex(@"<@[A-Z0-9]{1,32}(?:\|[^>]{0,80})?>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [LoggerMessage(LogEvents.SlackAnswered, LogLevel.Information, "Answered case {CaseId} in its Slack thread")]
    private partial void LogAnswered(string caseId);

    [LoggerMessage(LogEvents.SlackFailed, LogLevel.Warning, "Could not answer in Slack channel {Channel}: {Reason}")]
    private partial void LogFailed(string channel, string reason);
}

/// <summary>A Slack message to answer.</summary>
/// <param name="TeamId">The workspace.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Ts">The message's timestamp, its id in the channel.</param>
/// <param name="ThreadTs">The thread's first message, when the message is a reply.</param>
/// <param name="User">Who wrote it.</param>
/// <param name="Text">What they wrote, in Slack's markup.</param>
/// <param name="Mentioned">Whether it addresses the app (a mention or the slash command): only such a message opens a case.</param>
/// <param name="Files">Files shared with it.</param>
/// <param name="ResponseUrl">Where a slash command's answer goes when it cannot be posted in a thread.</param>
internal sealed record SlackMessage(
    string TeamId, string Channel, string Ts, string? ThreadTs, string User, string Text, bool Mentioned, IReadOnlyList<SlackFile> Files, string? ResponseUrl = null);

/// <summary>A file shared in Slack.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Size">Its size in bytes, as Slack reports it.</param>
/// <param name="Url">Where it downloads from with the bot token (<c>url_private_download</c>).</param>
internal sealed record SlackFile(string Name, long Size, string? Url);
