using System.ComponentModel;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace FaultMaven.Server.Mcp;

/// <summary>FaultMaven's tools for MCP clients (<c>/mcp</c> and <c>fm mcp</c>): thin adapters over the same services the REST API
/// calls, so redaction, size caps, roles and team isolation are the API's own. The caller is the request's (<see cref="CallerContext"/>):
/// an API key or OIDC user on <c>/mcp</c>, the local admin in <c>fm mcp</c> over a data directory.</summary>
[McpServerToolType]
internal sealed class FaultMavenMcpTools(
    AgentService agent,
    CaseService cases,
    DataService data,
    KnowledgeService knowledge,
    Redactor redactor,
    IAuditTrail audit,
    IOptions<DataOptions> dataOptions)
{
    /// <summary>The longest knowledge query, in characters; a search needs words, not documents.</summary>
    public const int MaxQueryLength = 2_000;

    /// <summary>The longest case id accepted; real ones are about 31 characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>How many of the latest turns <c>get_investigation</c> returns, and how much of each.</summary>
    public const int RecentTurns = 10;
    public const int MaxTurnExcerpt = 4_000;

    [McpServerTool(Name = "analyze_evidence", Title = "Analyze evidence", ReadOnly = false, Destructive = false, OpenWorld = false)]
    [Description("Classify, redact and analyse a piece of incident evidence — log lines, a stack trace, a metrics export (CSV/Prometheus), "
        + "a config file, kubectl output — exactly as an upload to FaultMaven is. For logs the reading has message templates, error and "
        + "warning clusters, exception groups, new/rare templates, a timeline and anomalies (error bursts, first errors, silences) with line "
        + "numbers; other types get their own findings. Private data is redacted before anything is read. Without caseId nothing is kept; "
        + "with caseId the text is attached to that case as evidence (engineer role), so a later 'ask' on the case reads and cites it.")]
    public async Task<CallToolResult> AnalyzeEvidenceAsync(
        [Description("The evidence as text: paste the log lines or file content verbatim (up to the server's upload limit, 50 MB by default).")] string text,
        [Description("The file name it came from, e.g. 'checkout.log' or 'pod-describe.txt'; helps recognise the format.")] string? fileName = null,
        [Description("Attach the evidence to this case (an id from open_case, e.g. 'case_0193…'); leave out to analyse without keeping anything.")] string? caseId = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            return McpToolResults.Invalid("'text' is required: the evidence to analyse.");
        }

        if (Encoding.UTF8.GetByteCount(text) > dataOptions.Value.MaxUploadBytes)
        {
            return McpToolResults.Error(new Failure(FailureKind.TooLarge,
                $"'text' exceeds the limit of {dataOptions.Value.MaxUploadBytes:N0} bytes (FM_MAX_UPLOAD_BYTES); send an excerpt around the incident."));
        }

        var source = new DataSource(string.IsNullOrWhiteSpace(fileName) ? "pasted.txt" : fileName);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        if (string.IsNullOrWhiteSpace(caseId))
        {
            var analysed = await data.AnalyzeAsync(content, source, cancellationToken);
            return analysed.Succeeded
                ? McpToolResults.Ok(new EvidenceReading(null, analysed.Value.Classification, analysed.Value.RedactionCounts, analysed.Value.Warnings, analysed.Value.Analysis))
                : McpToolResults.Error(analysed.Failure);
        }

        if (await WritableCaseAsync(caseId, "attach evidence to a case", cancellationToken) is { } refused)
        {
            return refused;
        }

        var uploaded = await data.UploadAsync(caseId, content, source, cancellationToken);
        if (!uploaded.Succeeded)
        {
            return McpToolResults.Error(uploaded.Failure);
        }

        var upload = uploaded.Value.Upload;
        if (!uploaded.Value.Cached)
        {
            await audit.RecordAsync("upload.created", upload.Id, new Dictionary<string, string> { ["case"] = caseId, ["via"] = "mcp" }, CancellationToken.None);
        }

        var analysis = await data.GetAnalysisAsync(caseId, upload.Id, cancellationToken);
        return analysis.Succeeded
            ? McpToolResults.Ok(new EvidenceReading(upload.Id, upload.Classification, upload.Redactions, upload.Warnings, analysis.Value))
            : McpToolResults.Error(analysis.Failure);
    }

    [McpServerTool(Name = "redact_text", Title = "Redact text", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Take private data and secrets out of a text before it is shared or pasted anywhere: secrets (API keys, tokens, passwords, "
        + "private keys, connection strings) are replaced by their type, such as <AWS_ACCESS_KEY>, personal data (emails, phone numbers, "
        + "names, public IP addresses, card numbers) by numbered pseudonyms such as <EMAIL_1> — the same value gets the same pseudonym within the text. Returns the redacted "
        + "text and how many values of each type were found. Nothing is stored.")]
    public CallToolResult RedactText([Description("The text to redact, verbatim.")] string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return McpToolResults.Invalid("'text' is required: the text to redact.");
        }

        if (Encoding.UTF8.GetByteCount(text) > dataOptions.Value.MaxUploadBytes)
        {
            return McpToolResults.Error(new Failure(FailureKind.TooLarge,
                $"'text' exceeds the limit of {dataOptions.Value.MaxUploadBytes:N0} bytes (FM_MAX_UPLOAD_BYTES)."));
        }

        var redacted = redactor.Redact(text);
        return McpToolResults.Ok(new RedactionResult(redacted.Text, redacted.CountsByType));
    }

    [McpServerTool(Name = "search_knowledge", Title = "Search the knowledge base", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Search the team's knowledge base — runbooks, postmortems of past incidents, FAQs and references — for an alert name, "
        + "symptom, error message or service. Returns the best documents, each with its best passages (heading path, snippet) and a "
        + "chunk id such as 'kb:rb-disk#2' to cite. Use it before proposing a fix: a runbook or a past postmortem usually has the answer.")]
    public async Task<CallToolResult> SearchKnowledgeAsync(
        [Description("What to look for: an alert name (KubePodCrashLooping), an error message, a symptom or a service name.")] string query,
        [Description("Only documents of this kind: runbook, postmortem, faq or reference.")] string? kind = null,
        [Description("Only documents about this service, e.g. 'payments'.")] string? service = null,
        [Description("How many documents to return, 1 to 50 (default 5).")] int limit = 5,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            return McpToolResults.Invalid($"'query' must be 1 to {MaxQueryLength:N0} characters.");
        }

        if (limit is < 1 or > 50)
        {
            return McpToolResults.Invalid("'limit' must be from 1 to 50.");
        }

        DocumentKind? parsed = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var known) || !Enum.IsDefined(known) || int.TryParse(kind, out _))
            {
                return McpToolResults.Invalid($"'kind' is '{kind}', not one of runbook, postmortem, faq, reference.");
            }

            parsed = known;
        }

        var filter = new KnowledgeFilter(parsed is { } k ? [k] : null, string.IsNullOrWhiteSpace(service) ? null : service.Trim());
        return McpToolResults.Ok(new KnowledgeAnswer(query, await knowledge.SearchAsync(query, filter, limit, cancellationToken)));
    }

    [McpServerTool(Name = "open_case", Title = "Open a case", ReadOnly = false, Destructive = false, OpenWorld = false)]
    [Description("Open a FaultMaven case for an incident (engineer role). A case holds the evidence, the conversation and the investigation "
        + "(blast radius, timeline, hypotheses, validation, solution). Returns the case id to pass to 'ask', 'analyze_evidence' and "
        + "'get_investigation'. Private data in the title is redacted.")]
    public async Task<CallToolResult> OpenCaseAsync(
        [Description("A short title for the incident, e.g. 'checkout 502s after deploy' (at most 200 characters).")] string title,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return McpToolResults.Invalid("'title' is required: a short description of the incident.");
        }

        if (MayNotWrite("open a case") is { } refused)
        {
            return refused;
        }

        var created = await cases.CreateAsync(new CreateCaseCommand(title, null), cancellationToken);
        return created.Succeeded ? McpToolResults.Ok(CaseSummary.Of(created.Value)) : McpToolResults.Error(created.Failure);
    }

    [McpServerTool(Name = "ask", Title = "Ask about an incident", ReadOnly = false, Destructive = false, OpenWorld = false)]
    [Description("Ask FaultMaven's troubleshooting agent a question about an incident (engineer role). It answers like a senior SRE over all "
        + "of the case's evidence and the knowledge base: root cause first, then blast radius, timeline, ranked hypotheses, what to check "
        + "next and the fix — every claim with a citation (log lines, findings, runbook chunks). Evidence given here is attached to the "
        + "case first (redacted, analysed). Without caseId a new case is opened, titled after the question; its id is in the answer. "
        + "The answer can take a while when a language model is configured: send a progressToken to receive its steps as progress notifications.")]
    public async Task<CallToolResult> AskAsync(
        [Description("The question, e.g. 'why did checkout start failing at 09:12?' (at most 100,000 characters; attach long text as evidence).")] string question,
        [Description("The case to ask on; leave out to open a new case for this question.")] string? caseId = null,
        [Description("Evidence to attach with the question: files or pasted text (at most 20).")] IReadOnlyList<EvidenceFile>? evidence = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return McpToolResults.Invalid("'question' is required.");
        }

        if (evidence is { Count: > Turn.MaxAttachments })
        {
            return McpToolResults.Invalid($"At most {Turn.MaxAttachments} evidence items per question.");
        }

        if (evidence is not null && evidence.Any(e => e is null || string.IsNullOrEmpty(e.Text)))
        {
            return McpToolResults.Invalid("Every evidence item needs its 'text'.");
        }

        var refused = string.IsNullOrWhiteSpace(caseId)
            ? MayNotWrite("ask (it opens a case or adds to one)")
            : await WritableCaseAsync(caseId, "ask on a case", cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var attachments = (evidence ?? []).Select((e, i) => new TurnAttachment(
            new MemoryStream(Encoding.UTF8.GetBytes(e.Text)), new DataSource(string.IsNullOrWhiteSpace(e.FileName) ? $"pasted-{i + 1}.txt" : e.FileName))).ToList();
        try
        {
            // The investigation's steps reach the client as progress notifications when it gave a progressToken.
            Func<AgentProgress, ValueTask>? progress = McpProgress.Current is { } reporter ? step => reporter.ReportAsync(step, cancellationToken) : null;
            var reply = string.IsNullOrWhiteSpace(caseId)
                ? await agent.QueryAsync(question, attachments, progress, cancellationToken)
                : await agent.AskAsync(caseId, question, attachments, null, progress, cancellationToken);
            if (!reply.Succeeded)
            {
                return McpToolResults.Error(reply.Failure);
            }

            foreach (var upload in reply.Value.Uploads)
            {
                await audit.RecordAsync("upload.created", upload, new Dictionary<string, string> { ["case"] = reply.Value.CaseId, ["via"] = "mcp" }, CancellationToken.None);
            }

            return McpToolResults.Ok(AskAnswer.Of(reply.Value));
        }
        finally
        {
            foreach (var attachment in attachments)
            {
                await attachment.Content.DisposeAsync();
            }
        }
    }

    [McpServerTool(Name = "get_investigation", Title = "Get the investigation", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Read a case: its title and status, the investigation state (doctrine phase, blast radius, timeline, ranked hypotheses "
        + "with confidence, evidence requested, solution), the latest turns of the conversation and the latest answer with its root "
        + "cause and citations. Use it to catch up on an incident someone else is working.")]
    public async Task<CallToolResult> GetInvestigationAsync(
        [Description("The case id, e.g. 'case_0193…'.")] string caseId,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(caseId) || caseId.Length > MaxIdLength)
        {
            return McpToolResults.Invalid("'caseId' is required: an id such as one open_case returned.");
        }

        if (await VisibleCaseAsync(caseId, cancellationToken) is not { } found)
        {
            return McpToolResults.NotFound("case", caseId);
        }

        var skip = Math.Max(0, found.TurnCount - RecentTurns);
        var page = await cases.ListTurnsAsync(caseId, new PageRequest(skip, RecentTurns), cancellationToken);
        if (!page.Succeeded)
        {
            return McpToolResults.Error(page.Failure);
        }

        var turns = page.Value.Items;
        var latest = turns.LastOrDefault(t => t is { Role: TurnRole.Assistant, Reply: not null })?.Reply is { } json
            ? JsonSerializer.Deserialize<JsonElement>(json)
            : (JsonElement?)null;
        return McpToolResults.Ok(new InvestigationView(
            CaseSummary.Of(found),
            found.Investigation,
            turns.Select(t => new TurnExcerpt(t.Sequence, t.Role, t.Content.Length > MaxTurnExcerpt ? t.Content[..MaxTurnExcerpt] + " …" : t.Content, t.CreatedAt)).ToList(),
            skip,
            latest));
    }

    private Task<Case?> VisibleCaseAsync(string caseId, CancellationToken cancellationToken) => McpCaseAccess.VisibleCaseAsync(cases, caseId, cancellationToken);

    private Task<CallToolResult?> WritableCaseAsync(string caseId, string what, CancellationToken cancellationToken) =>
        McpCaseAccess.WritableCaseAsync(cases, caseId, what, cancellationToken);

    private static CallToolResult? MayNotWrite(string what) => McpCaseAccess.MayNotWrite(what);
}
