using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using Microsoft.Extensions.Logging;

namespace FaultMaven.Core.Agent;

/// <summary>What a turn reads and what it undoes: its history, the case's evidence, a retry's stored answer, and the uploads of a
/// turn whose client went away.</summary>
public sealed partial class AgentService
{
    // A retry waits this long for the attempt that holds its key before it is told (409) that the attempt is still running.
    private static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(10);

    /// <summary>What the turn's live sources bring: Prometheus and log-source queries, then the cluster's state when Kubernetes is
    /// configured; the first failure ends it, before anything of the turn is stored.</summary>
    private async Task<Outcome<List<TurnAttachment>>> GatherLiveAsync(Sources.LiveQuery? live, string message, Func<AgentProgress, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var fetched = await sources.GatherAsync(live, message, progress, cancellationToken);
        if (!fetched.Succeeded)
        {
            return fetched.Failure;
        }

        var cluster = kubernetes is null ? new List<TurnAttachment>() : await kubernetes.GatherAsync(live, message, progress, cancellationToken);
        if (!cluster.Succeeded)
        {
            return cluster.Failure;
        }

        return new List<TurnAttachment>([.. fetched.Value, .. cluster.Value]);
    }

    /// <summary>The turns before <paramref name="sequence"/>: the most recent <see cref="HistoryTurns"/>, and how many older ones
    /// were left out (the investigation state carries what they established).</summary>
    private async Task<(List<Turn> History, int Older)> HistoryAsync(string caseId, int sequence, CancellationToken cancellationToken)
    {
        var before = sequence - 1;
        var skip = Math.Max(0, before - HistoryTurns);
        var page = await cases.ListTurnsAsync(caseId, new PageRequest(skip, HistoryTurns), cancellationToken);
        return ((page.Value?.Items ?? []).Where(t => t.Sequence < sequence).ToList(), skip);
    }

    /// <summary>The answer stored with the assistant turn that followed turn <paramref name="sequence"/>, if there is one.</summary>
    private async Task<AgentReply?> StoredReplyAsync(string caseId, int sequence, CancellationToken cancellationToken)
    {
        var next = await cases.ListTurnsAsync(caseId, new PageRequest(sequence, 1), cancellationToken);
        return next.Value?.Items is [{ Role: TurnRole.Assistant, Reply: { } json }] ? JsonSerializer.Deserialize<AgentReply>(json, ReplyJson) : null;
    }

    private async Task<List<CaseEvidence>> EvidenceAsync(string caseId, CancellationToken cancellationToken)
    {
        var evidence = new List<CaseEvidence>();
        var page = await data.ListAsync(caseId, new PageRequest(0, MaxEvidence), cancellationToken);
        foreach (var upload in page.Value?.Items ?? [])
        {
            var analysis = await data.GetAnalysisAsync(caseId, upload.Id, cancellationToken);
            // The redaction report is not needed to answer: only the redacted text.
            var text = await data.GetTextAsync(caseId, upload.Id, cancellationToken);
            if (analysis.Succeeded && text.Succeeded)
            {
                evidence.Add(new CaseEvidence(upload, analysis.Value, text.Value));
            }
        }

        // Oldest first, as the user gave them.
        evidence.Reverse();
        return evidence;
    }

    /// <summary>Holds <paramref name="key"/>, waiting at most <see cref="BusyWait"/> for whoever holds it; null if they still do.</summary>
    private async Task<IAsyncDisposable?> EnterOrBusyAsync(string key, CancellationToken cancellationToken)
    {
        using var wait = new CancellationTokenSource(BusyWait, time ?? TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
        try
        {
            return await gate.EnterAsync(key, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The keyed digest of an agent turn as sent: its message, each attachment's name, address, title and bytes, and the
    /// live queries it asks for (not what they return, which changes from one attempt to the next).</summary>
    private static async Task<string> DigestAsync(string caseId, string idempotencyKey, string message, IReadOnlyList<TurnAttachment> attachments, Sources.LiveQuery? live, CancellationToken cancellationToken)
    {
        using var digest = TurnRequestDigest.Start(caseId, idempotencyKey).Add("agent").Add(message);
        foreach (var attachment in attachments)
        {
            await digest.Add(attachment.Source.FileName).Add(attachment.Source.SourceUrl).Add(attachment.Source.PageTitle).AddContentAsync(attachment.Content, cancellationToken);
        }

        digest.Add(live?.Prometheus).Add(live?.Since?.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(live?.Loki).Add(live?.Elasticsearch).Add(live?.Splunk).Add(live?.Kubernetes?.ToString());
        return digest.Finish();
    }

    /// <summary>Removes the uploads a turn added before it was cancelled or refused (not those it found already there).</summary>
    private async Task RollBackAsync(string caseId, List<string> created)
    {
        foreach (var id in created)
        {
            _ = await data.DeleteAsync(caseId, id, CancellationToken.None);
        }

        if (created.Count > 0)
        {
            LogRolledBack(logger, caseId, created.Count);
        }

        created.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: turn {Sequence} was a retry; its stored answer was returned")]
    private static partial void LogReplayed(ILogger logger, string caseId, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} answered by {Engine}: phase {Phase}, {Evidence} uploads read")]
    private static partial void LogTurn(ILogger logger, string caseId, string engine, Cases.Investigation.DoctrinePhase phase, int evidence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: a turn was cancelled or refused; the {Count} uploads it had added were removed")]
    private static partial void LogRolledBack(ILogger logger, string caseId, int count);
}
