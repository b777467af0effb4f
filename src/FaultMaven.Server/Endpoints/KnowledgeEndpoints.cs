using System.ComponentModel.DataAnnotations;
using System.Text;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Indexing;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Core.Security;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Endpoints;

/// <summary>The knowledge API: runbooks, postmortems, FAQs and references to import, manage and search.</summary>
internal static class KnowledgeEndpoints
{
    public static RouteGroupBuilder MapKnowledge(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/knowledge").WithTags("Knowledge").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/documents", ImportAsync).WithName("ImportDocument").DisableAntiforgery()
            .RequireAuthorization(FaultMavenPolicies.KnowledgeWriter).Audited("knowledge.imported")
            .WithSummary("Import a document: multipart file (Markdown, text, HTML, PDF, JSON, YAML) with fields title/kind/service/tags/source/id, or JSON {text, title, format, …}")
            .Accepts<KnowledgeDocumentRequest>("application/json", "multipart/form-data")
            .Produces<KnowledgeDocumentResponse>(StatusCodes.Status201Created)
            .Produces<KnowledgeDocumentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/documents/bulk", BulkAsync).WithName("ImportDocuments")
            .RequireAuthorization(FaultMavenPolicies.KnowledgeWriter).Audited("knowledge.imported-bulk").WithSummary("Import a JSON array of documents; each gets its own result")
            .Accepts<List<KnowledgeDocumentRequest>>("application/json")
            .Produces<List<KnowledgeBulkResult>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/documents", ListAsync).WithName("ListDocuments").WithSummary("List documents, most recently changed first");
        group.MapGet("/documents/{id}", GetAsync).WithName("GetDocument").WithSummary("Get a document with its text").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/documents/{id}/chunks/{index:int}", GetChunkAsync).WithName("GetDocumentChunk")
            .WithSummary("Where chunk N of a document lies in its text (offsets and lines), so a citation kb:ID#N can be shown in place")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/documents/{id}", UpdateAsync).WithName("UpdateDocument")
            .RequireAuthorization(FaultMavenPolicies.KnowledgeWriter).Audited("knowledge.updated", "id").WithSummary("Replace a document's text and metadata; its chunks change at once")
            .Accepts<KnowledgeDocumentRequest>("application/json")
            .Produces<KnowledgeDocumentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapDelete("/documents/{id}", DeleteAsync).WithName("DeleteDocument")
            .RequireAuthorization(FaultMavenPolicies.KnowledgeWriter).Audited("knowledge.deleted", "id").WithSummary("Delete a document and its chunks")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/status", Status).WithName("GetKnowledgeStatus")
            .WithSummary("How far the knowledge base's vectors are: documents and chunks, chunks with vectors, the model, and whether search fuses meaning with words yet");
        group.MapGet("/search", Search).WithName("SearchKnowledge").WithSummary("Search: documents with their best passages, snippets and heading paths");
        api.MapPost("/cases/{id}/knowledge", AddPostmortemAsync).WithTags("Knowledge").WithName("AddCasePostmortem")
            .RequireAuthorization(FaultMavenPolicies.KnowledgeWriter).RequireCaseAccess().Audited("knowledge.imported")
            .WithSummary("Write a resolved case up as a postmortem (summary, timeline, root cause, fix) and add it to the case's team's knowledge base "
                + "(only that team and the case's creator find it); ?scope=global publishes it to every team and needs an admin")
            .Produces<KnowledgeDocumentResponse>(StatusCodes.Status201Created)
            .Produces<KnowledgeDocumentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> ImportAsync(HttpContext context, KnowledgeService knowledge, IOptions<DataOptions> limits, KnowledgeImportQueue queue, CancellationToken cancellationToken)
    {
        // A place before the body is read (it bounds how many bodies are held at once), the running place only once it is in.
        var admitted = AdmitImport(queue);
        if (!admitted.Succeeded)
        {
            return Refuse(admitted.Failure, "knowledge-import-queue");
        }

        using var place = admitted.Value;

        if (BacklogRefusal(knowledge) is { } full)
        {
            return full;
        }

        LargeBodies.AllowUploadSize(context, limits.Value);
        var request = context.Request;
        Func<Task<Outcome<ImportResult>>> import;
        // The body must arrive within the deadline: a place is held while it is read, and slow bodies would keep other teams out.
        using var arriving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        arriving.CancelAfter(limits.Value.ImportBodyTimeout);
        try
        {
            if (request.HasFormContentType)
            {
                // The file is kept in memory while the form is read: by default ASP.NET Core spills parts over 64 KB to a named file in
                // the system's temporary folder, and nothing received should rest on disk before it is read.
                var inMemory = (int)Math.Min(int.MaxValue, limits.Value.MaxUploadBytes + (64 * 1024));
                var form = await request.ReadFormAsync(new FormOptions { MemoryBufferThreshold = inMemory, MultipartBodyLengthLimit = inMemory }, arriving.Token);
                if (form.Files.Count == 0)
                {
                    return Invalid("The form has no file.");
                }

                var file = form.Files[0];
                // Read once into an array of its size: a growing MemoryStream and its copy held the document three times over.
                var bytes = new byte[file.Length];
                await using (var read = file.OpenReadStream())
                {
                    await read.ReadExactlyAsync(bytes, arriving.Token);
                }

                if (!TryKind(form["kind"], out var kind))
                {
                    return Invalid($"kind '{form["kind"]}' is not one of runbook, postmortem, faq, reference.");
                }

                var tags = form["tags"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var metadata = new DocumentMetadata(Empty(form["id"]), Empty(form["title"]), Empty(form["source"]), kind, Empty(form["service"]), tags);
                import = () => knowledge.ImportAsync(bytes, file.FileName, metadata, cancellationToken: cancellationToken);
            }
            else
            {
                var (body, invalid) = await LargeBodies.ReadJsonAsync<KnowledgeDocumentRequest>(request, arriving.Token);
                if (invalid is not null)
                {
                    return invalid;
                }

                if (body is null)
                {
                    return Invalid("A document is required.");
                }

                import = () => ImportJsonAsync(knowledge, body, null, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (arriving.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return BodyTooSlow(context, limits.Value.ImportBodyTimeout);
        }

        await place.TurnAsync(cancellationToken);
        return Respond(await import());
    }

    private static async Task<IResult> BulkAsync(HttpContext context, KnowledgeService knowledge, IOptions<DataOptions> limits, KnowledgeImportQueue queue, CancellationToken cancellationToken)
    {
        var admitted = AdmitImport(queue);
        if (!admitted.Succeeded)
        {
            return Refuse(admitted.Failure, "knowledge-import-queue");
        }

        using var place = admitted.Value;

        if (BacklogRefusal(knowledge) is { } full)
        {
            return full;
        }

        LargeBodies.AllowUploadSize(context, limits.Value);
        List<KnowledgeDocumentRequest>? documents;
        IResult? invalid;
        using (var arriving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            arriving.CancelAfter(limits.Value.ImportBodyTimeout);
            try
            {
                (documents, invalid) = await LargeBodies.ReadJsonAsync<List<KnowledgeDocumentRequest>>(context.Request, arriving.Token);
            }
            catch (OperationCanceledException) when (arriving.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return BodyTooSlow(context, limits.Value.ImportBodyTimeout);
            }
        }

        if (invalid is not null)
        {
            return invalid;
        }

        if (documents is null)
        {
            return Invalid("A JSON array of documents is required.");
        }

        await place.TurnAsync(cancellationToken);
        var results = new List<KnowledgeBulkResult>();
        foreach (var document in documents)
        {
            var outcome = await ImportJsonAsync(knowledge, document, null, cancellationToken);
            if (outcome.Succeeded)
            {
                results.Add(KnowledgeBulkResult.From(KnowledgeDocumentResponse.From(outcome.Value.Document, duplicate: outcome.Value.Duplicate, chunks: outcome.Value.Chunks)));
                continue;
            }

            // Each refused item says what a single import's refusal would (its status, how long to wait), and a 429 is counted
            // with the others, so a client can retry exactly the items that wait for room.
            var refused = Refuse(outcome.Failure, "knowledge-embedding-backlog");
            results.Add(new KnowledgeBulkResult(document.Id, document.Title)
            {
                Error = outcome.Failure.Detail,
                Status = refused.StatusCode,
                RetryAfterSeconds = outcome.Failure.RetryAfter is { } wait ? (int)Math.Ceiling(wait.TotalSeconds) : null,
            });
        }

        return TypedResults.Ok(results);
    }

    private static async Task<IResult> AddPostmortemAsync(string id, string? scope, CaseService cases, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        if (scope is not (null or "team" or "global"))
        {
            return Invalid($"scope '{scope}' is not one of team, global.");
        }

        if (scope == "global" && !CallerContext.Caller.IsAdmin)
        {
            return TypedResults.Problem(
                detail: "Publishing a case's postmortem to every team's knowledge base needs an admin; without scope=global it goes to the case's team.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: ProblemTypes.Forbidden);
        }

        if (await cases.GetAsync(id, cancellationToken) is not { } found)
        {
            return FailureResults.NotFound("case", id);
        }

        var turns = await cases.ListTurnsAsync(id, new PageRequest(0, 20), cancellationToken);
        var report = turns.Succeeded ? turns.Value.Items.FirstOrDefault(t => t.Role == TurnRole.User)?.Content : null;
        var outcome = await knowledge.AddPostmortemAsync(found, report, everyTeam: scope == "global", cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }

        var response = KnowledgeDocumentResponse.From(outcome.Value.Document, withText: true, duplicate: outcome.Value.Duplicate, chunks: outcome.Value.Chunks);
        return TypedResults.Created($"/api/v1/knowledge/documents/{response.Id}", response);
    }

    private static async Task<IResult> UpdateAsync(
        string id, HttpContext context, KnowledgeService knowledge, IOptions<DataOptions> limits, CancellationToken cancellationToken)
    {
        id = KnowledgeIds.FromRoute(id);
        if (!(await knowledge.GetAsync(id, cancellationToken)).Succeeded)
        {
            return FailureResults.NotFound("document", id);
        }

        // A replaced document's chunks wait for vectors as an import's do.
        if (BacklogRefusal(knowledge) is { } full)
        {
            return full;
        }

        // A replacement is an import of new text: its body has the same deadline, or slow bodies would hold the server's requests.
        KnowledgeDocumentRequest? request;
        IResult? invalid;
        using (var arriving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            arriving.CancelAfter(limits.Value.ImportBodyTimeout);
            try
            {
                (request, invalid) = await LargeBodies.ReadJsonAsync<KnowledgeDocumentRequest>(context.Request, arriving.Token);
            }
            catch (OperationCanceledException) when (arriving.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return BodyTooSlow(context, limits.Value.ImportBodyTimeout);
            }
        }

        if (invalid is not null)
        {
            return invalid;
        }

        if (request is null)
        {
            return Invalid("A document is required.");
        }

        var outcome = await ImportJsonAsync(knowledge, request, id, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Ok(KnowledgeDocumentResponse.From(outcome.Value.Document, duplicate: outcome.Value.Duplicate, chunks: outcome.Value.Chunks))
            : Refuse(outcome.Failure, "knowledge-embedding-backlog");
    }

    private static Task<Outcome<ImportResult>> ImportJsonAsync(KnowledgeService knowledge, KnowledgeDocumentRequest request, string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Task.FromResult<Outcome<ImportResult>>(new Failure(FailureKind.Invalid, "'text' is required."));
        }

        var extension = (request.Format ?? "markdown").ToLowerInvariant() switch
        {
            "markdown" or "md" => ".md",
            "text" => ".txt",
            "html" => ".html",
            "json" => ".json",
            "yaml" => ".yaml",
            _ => null,
        };
        if (extension is null)
        {
            return Task.FromResult<Outcome<ImportResult>>(new Failure(FailureKind.Invalid, $"format '{request.Format}' is not one of markdown, text, html, json, yaml."));
        }

        var metadata = new DocumentMetadata(id ?? request.Id, request.Title, request.Source, request.Kind ?? DocumentKind.Runbook, request.Service, request.Tags);
        return knowledge.ImportAsync(Encoding.UTF8.GetBytes(request.Text), null, metadata, extension, cancellationToken);
    }

    private static IResult Respond(Outcome<ImportResult> outcome)
    {
        if (!outcome.Succeeded)
        {
            return Refuse(outcome.Failure, "knowledge-embedding-backlog");
        }

        var response = KnowledgeDocumentResponse.From(outcome.Value.Document, duplicate: outcome.Value.Duplicate, chunks: outcome.Value.Chunks);
        return outcome.Value.Duplicate ? TypedResults.Ok(response) : TypedResults.Created($"/api/v1/knowledge/documents/{Uri.EscapeDataString(response.Id)}", response);
    }

    private static async Task<Ok<Page<KnowledgeDocumentResponse>>> ListAsync(
        [Range(1, PageRequest.MaxLimit)] int? limit, [Range(0, PageQuery.MaxOffset)] int? offset, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        var page = await knowledge.ListAsync(PageQuery.ToPageRequest(limit, offset), cancellationToken);
        return TypedResults.Ok(new Page<KnowledgeDocumentResponse>([.. page.Items.Select(d => KnowledgeDocumentResponse.From(d))], page.Total, page.Offset, page.Limit));
    }

    private static async Task<Results<Ok<KnowledgeDocumentResponse>, ProblemHttpResult>> GetAsync(string id, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        id = KnowledgeIds.FromRoute(id);
        var outcome = await knowledge.GetAsync(id, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(KnowledgeDocumentResponse.From(outcome.Value, withText: true)) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Ok<KnowledgeChunkResponse>, ProblemHttpResult>> GetChunkAsync(string id, int index, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        id = KnowledgeIds.FromRoute(id);
        var outcome = await knowledge.GetChunkAsync(id, index, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Ok(KnowledgeChunkResponse.From(id, index, outcome.Value.Document.Document.Text, outcome.Value.Chunk))
            : outcome.Failure.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        id = KnowledgeIds.FromRoute(id);
        var outcome = await knowledge.DeleteAsync(id, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Ok<KnowledgeSearchResponse>, ProblemHttpResult>> Search(
        string? q, string? kind, string? service, string? tags, [Range(1, 50)] int? limit, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Invalid("'q' (the query) is required.");
        }

        // One kind or a comma list of them (kind=runbook,faq); each must be a kind's name.
        var kinds = new List<DocumentKind>();
        foreach (var name in (kind ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryKind(name, out var parsed))
            {
                return Invalid($"kind '{name}' is not one of runbook, postmortem, faq, reference (give one, or several separated by commas).");
            }

            kinds.Add(parsed);
        }

        if (kind is not null && kinds.Count == 0)
        {
            return Invalid("kind must name runbook, postmortem, faq or reference (or several, separated by commas).");
        }

        var filter = new KnowledgeFilter(kind is null ? null : [.. kinds.Distinct()], service, tags?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var (mode, waiting) = knowledge.SearchMode();
        var hits = await knowledge.SearchAsync(q, filter, limit ?? 5, cancellationToken);
        return TypedResults.Ok(new KnowledgeSearchResponse(q, hits, mode, waiting));
    }

    private static Ok<SemanticIndexStatus> Status(KnowledgeService knowledge) => TypedResults.Ok(knowledge.Status());

    private static bool TryKind(string? text, out DocumentKind kind)
    {
        kind = DocumentKind.Runbook;
        // By name only: Enum.TryParse also reads numbers and "runbook,faq" (as flags), which are not kinds.
        return string.IsNullOrEmpty(text) || text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    /// <summary>Takes the import's place in its share of the queue: its team's, else its caller's; without sign-in every client is
    /// the one local caller, and shares one share.</summary>
    private static Outcome<KnowledgeImportQueue.Place> AdmitImport(KnowledgeImportQueue queue)
    {
        var caller = CallerContext.Caller;
        var key = caller.Team ?? "caller:" + caller.Id;
        return caller.Team is not null ? queue.Admit(key, "Your team already has")
            : caller.Id == Caller.Local.Id ? queue.Admit(key, "The clients of this server (no sign-in: one share between them) already have")
            : queue.Admit(key, "You already have");
    }

    /// <summary>The refusal of new chunks while the caller's team is past its share of the embedding backlog (429) or all teams'
    /// backlog is full (503): imports and replacements alike, or replacing documents would grow it without end.</summary>
    private static ProblemHttpResult? BacklogRefusal(KnowledgeService knowledge) =>
        knowledge.ImportBacklog() is { Admitted: false } backlog ? Refuse(EmbeddingBacklogFull(backlog.ChunksWaiting), "knowledge-embedding-backlog")
        : knowledge.ImportBacklogInAll() is { Admitted: false } all ? Refuse(EmbeddingBacklogFullInAll(all.ChunksWaiting), "knowledge-embedding-backlog")
        : null;

    /// <summary>The refusal as a problem; a 429 is counted with the server's other rate-limited refusals under <paramref name="budget"/>.</summary>
    private static ProblemHttpResult Refuse(Failure failure, string budget)
    {
        if (failure.Kind == FailureKind.RateLimited)
        {
            RateLimits.CountRefusal(budget);
        }

        return failure.ToProblem();
    }

    /// <summary>The refusal of an import or a replacement whose body did not arrive within FM_IMPORT_BODY_TIMEOUT: the client's slowness (408), and
    /// the connection closed rather than read to its end, so the place it held is given back at once.</summary>
    private static ProblemHttpResult BodyTooSlow(HttpContext context, TimeSpan deadline)
    {
        context.Response.Headers.Connection = "close";
        return TypedResults.Problem(
            detail: $"The document did not arrive within {deadline:g} (FM_IMPORT_BODY_TIMEOUT), the time a knowledge import's or replacement's body may take "
                + "once the server starts reading it. Nothing was imported; send it again over a faster connection, or split it into smaller documents.",
            statusCode: StatusCodes.Status408RequestTimeout, title: "Request body too slow", type: ProblemTypes.RequestTimeout);
    }

    /// <summary>The key of the local caller's share (no sign-in), for tests that hold it.</summary>
    internal static string LocalImportShare => "caller:" + Caller.Local.Id;

    /// <summary>One team's own excess (its chunks waiting for vectors past its share), not the service failing: 429 rate-limited,
    /// which the availability objective does not count, with a minute to wait.</summary>
    internal static Failure EmbeddingBacklogFull(int waiting) => Failure.RateLimited(
        $"{waiting:N0} chunks your team imported still wait for vectors (at most {Core.Knowledge.Indexing.EmbeddingBacklog.MaxChunksPerTeam:N0} may wait per team, "
            + "so one team's imports cannot keep the embedder from the others'); retry once they are embedded (GET /api/v1/knowledge/status).",
        KnowledgeService.BacklogRetryAfter);

    /// <summary>The backlog of all teams together is full while this team is within its share: others' excess, so the service is busy
    /// (503), with a minute to wait.</summary>
    internal static Failure EmbeddingBacklogFullInAll(int waiting) => new(FailureKind.Busy,
        $"{waiting:N0} chunks imported by all teams still wait for vectors (at most {Core.Knowledge.Indexing.EmbeddingBacklog.MaxChunksInAll:N0} may wait in all); "
            + "retry once some are embedded (GET /api/v1/knowledge/status).")
    { RetryAfter = KnowledgeService.BacklogRetryAfter };

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: 400, title: "Invalid request", type: ProblemTypes.Validation);
}
