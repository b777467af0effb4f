using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sources;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Endpoints;

/// <summary>The agent API: turns answered by the investigation (JSON, or streamed as server-sent events), the investigation state,
/// and one-shot questions that open a case on the fly.</summary>
internal static class AgentEndpoints
{
    private const int TokenChunk = 64;

    private static readonly HashSet<string> LiveFields = new(StringComparer.Ordinal) { "prometheus", "since", "loki", "elasticsearch", "splunk", "kubernetes" };

    public static IEndpointRouteBuilder MapAgent(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id}/turns", TurnAsync).WithTags("Agent").WithName("AppendTurn")
            .WithSummary("Ask the agent: {message, files?} as JSON or multipart (message field + file parts) → the reply with the updated "
                + "investigation; Accept: text/event-stream streams it. A body {role, content, attachments?} records a turn verbatim instead. "
                + "Send an Idempotency-Key header to make retries safe")
            .DisableAntiforgery()
            .RequireCaseAccess()
            .CountsAsCreation()
            .Accepts<TurnBody>("application/json", "multipart/form-data")
            .Produces<AgentReply>(StatusCodes.Status200OK, "application/json", "text/event-stream")
            .Produces<Turn>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/cases/{id}/investigation", InvestigationAsync).RequireCaseAccess().WithTags("Agent").WithName("GetInvestigation")
            .WithSummary("Get a case's investigation state: phase, blast radius, timeline, hypotheses, evidence requested, solution")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases/{id}/usage", UsageAsync).RequireCaseAccess().WithTags("Agent").WithName("GetCaseUsage")
            .WithSummary("What the case's answers have cost: language-model turns, tokens and estimated USD, in all and by provider and model")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/agent/query", QueryAsync).WithTags("Agent").WithName("AgentQuery")
            .WithSummary("A one-shot question: opens a case, attaches the files and answers ({message, files?} as JSON or multipart)")
            .DisableAntiforgery()
            .CountsAsCreation()
            .Accepts<AgentTurnRequest>("application/json", "multipart/form-data")
            .Produces<AgentReply>(StatusCodes.Status200OK, "application/json", "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<IResult> TurnAsync(
        string id,
        [FromHeader(Name = CaseEndpoints.IdempotencyKeyHeader)] string? idempotencyKey,
        HttpContext context,
        AgentService agent,
        CaseService cases,
        IOptions<DataOptions> options,
        CancellationToken cancellationToken)
    {
        LargeBodies.AllowUploadSize(context, options.Value);
        var (body, attachments, problem) = await ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!body!.IsAgentTurn)
        {
            return await CaseEndpoints.RecordTurnAsync(id, body, idempotencyKey, cases, context, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(body.Message))
        {
            return Invalid("message must not be empty.");
        }

        if (await cases.GetAsync(id, cancellationToken) is null)
        {
            return FailureResults.NotFound("case", id);
        }

        var live = Live(body);
        if (!live.Succeeded)
        {
            return live.Failure.ToProblem();
        }

        return await AnswerAsync(context, progress => agent.AskAsync(id, body.Message, attachments, idempotencyKey, live.Value, progress, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> QueryAsync(HttpContext context, AgentService agent, IOptions<DataOptions> options, CancellationToken cancellationToken)
    {
        LargeBodies.AllowUploadSize(context, options.Value);
        var (body, attachments, problem) = await ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.Message))
        {
            return Invalid("message must not be empty.");
        }

        var live = Live(body);
        if (!live.Succeeded)
        {
            return live.Failure.ToProblem();
        }

        return await AnswerAsync(context, progress => agent.QueryAsync(body.Message, attachments, live.Value, progress, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<CaseUsage>, ProblemHttpResult>> UsageAsync(string id, AgentService agent, CancellationToken cancellationToken)
    {
        var usage = await agent.UsageAsync(id, cancellationToken);
        return usage.Succeeded ? TypedResults.Ok(usage.Value) : usage.Failure.ToProblem();
    }

    private static async Task<Results<Ok<InvestigationState>, ProblemHttpResult>> InvestigationAsync(string id, CaseService cases, CancellationToken cancellationToken) =>
        await cases.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found.Investigation) : FailureResults.NotFound("case", id);

    /// <summary>Runs the turn and answers with JSON, or — when the client accepts server-sent events — streams it: <c>progress</c>
    /// events live as the turn works (attachments analysed, evidence read, runbooks searched, the model asked, each tool it calls),
    /// <c>draft</c> events while a model writes (its root cause and answer as they are written; a <c>tool</c> progress event starts a
    /// new draft), then <c>state</c> (the investigation), <c>token</c> (the final answer's text in pieces, which replaces the draft)
    /// and <c>reply</c> (everything, as the JSON answer has it). A failure after the stream has started is an <c>error</c> event
    /// carrying the problem details.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext context, Func<Func<AgentProgress, ValueTask>?, Task<Outcome<AgentReply>>> answer, CancellationToken cancellationToken)
    {
        // The turn's attachments became uploads of the case: each is audited as one (the turn itself is audited by the case store).
        var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
        async Task<Outcome<AgentReply>> ask(Func<AgentProgress, ValueTask>? progress)
        {
            var reply = await answer(progress);
            if (reply.Succeeded)
            {
                foreach (var upload in reply.Value.Uploads)
                {
                    await audit.RecordAsync("upload.created", upload, new Dictionary<string, string> { ["case"] = reply.Value.CaseId, ["via"] = "turn" }, CancellationToken.None);
                }
            }

            return reply;
        }

        var accept = context.Request.GetTypedHeaders().Accept;
        if (!accept.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase)))
        {
            var reply = await ask(null);
            return reply.Succeeded ? TypedResults.Ok(reply.Value) : reply.Failure.ToProblem();
        }

        var events = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        _ = Task.Run(async () =>
        {
            try
            {
                var reply = await ask(step => events.Writer.WriteAsync(step.Step == AgentProgress.Draft
                    ? new SseItem<string>(JsonSerializer.Serialize(step.Detail), "draft")
                    : new SseItem<string>(JsonSerializer.Serialize(step, ApiJson.Options), "progress"), cancellationToken));
                if (!reply.Succeeded)
                {
                    await events.Writer.WriteAsync(new SseItem<string>(JsonSerializer.Serialize(reply.Failure.ToProblem().ProblemDetails, ApiJson.Options), "error"), cancellationToken);
                    return;
                }

                foreach (var item in Events(reply.Value))
                {
                    await events.Writer.WriteAsync(item, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client went away; nobody is left to tell.
            }
            finally
            {
                events.Writer.TryComplete();
            }
        }, CancellationToken.None);
        return TypedResults.ServerSentEvents(events.Reader.ReadAllAsync(cancellationToken));
    }

    private static IEnumerable<SseItem<string>> Events(AgentReply reply)
    {
        yield return new SseItem<string>(JsonSerializer.Serialize(reply.Investigation, ApiJson.Options), "state");
        for (var i = 0; i < reply.Text.Length; i += TokenChunk)
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(reply.Text.Substring(i, Math.Min(TokenChunk, reply.Text.Length - i))), "token");
        }

        yield return new SseItem<string>(JsonSerializer.Serialize(reply, ApiJson.Options), "reply");
    }

    /// <summary>Reads a turn from JSON or from multipart (a <c>message</c> field and file parts, buffered to temporary files so
    /// every part can be handed to the data service after the body is read).</summary>
    private static async Task<(TurnBody? Body, List<TurnAttachment> Attachments, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return (null, [], Invalid("The multipart body has no boundary."));
            }

            var reader = new MultipartReader(boundary, request.Body);
            string? message = null;
            // The small fields (live queries and their window), by name.
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var attachments = new List<TurnAttachment>();
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                    request.HttpContext.Response.RegisterForDispose(buffer);
                    await section.Body.CopyToAsync(buffer, cancellationToken);
                    buffer.Position = 0;
                    attachments.Add(new TurnAttachment(buffer, new DataSource(fileName)));
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == "message")
                {
                    using var field = new StreamReader(section.Body, Encoding.UTF8);
                    message = await field.ReadToEndAsync(cancellationToken);
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value is { } name && LiveFields.Contains(name))
                {
                    // Small fields: read no further than the longest valid value allows.
                    var buffer = new char[LiveSourceService.MaxQueryLength + 1];
                    using var field = new StreamReader(section.Body, Encoding.UTF8);
                    fields[name] = new string(buffer, 0, await field.ReadBlockAsync(buffer, cancellationToken));
                }
            }

            return (new TurnBody(message ?? "", null, null, null, null, fields.GetValueOrDefault("prometheus"), fields.GetValueOrDefault("since"),
                fields.GetValueOrDefault("loki"), fields.GetValueOrDefault("elasticsearch"), fields.GetValueOrDefault("splunk"), fields.GetValueOrDefault("kubernetes")), attachments, null);
        }

        var (body, invalid) = await LargeBodies.ReadJsonAsync<TurnBody>(request, cancellationToken);
        if (invalid is not null)
        {
            return (null, [], invalid);
        }

        if (body is null)
        {
            return (null, [], Invalid("The body must be a JSON object with 'message'."));
        }

        var pasted = (body.Files ?? []).Select((f, i) => new TurnAttachment(new MemoryStream(Encoding.UTF8.GetBytes(f.Content ?? "")), new DataSource(f.Filename ?? $"pasted-{i + 1}.txt", f.SourceUrl, f.PageTitle))).ToList();
        return (body, pasted, null);
    }

    /// <summary>The turn's live query: its PromQL and window, checked here so a bad window is 400 before anything runs.</summary>
    private static Outcome<LiveQuery> Live(TurnBody body)
    {
        var window = LiveSourceService.ParseWindow(body.Since);
        if (!window.Succeeded)
        {
            return window.Failure;
        }

        if (body.Prometheus is { } query && (string.IsNullOrWhiteSpace(query) || query.Length > LiveSourceService.MaxQueryLength))
        {
            return new Failure(FailureKind.Invalid, $"prometheus must be a PromQL expression of 1 to {LiveSourceService.MaxQueryLength} characters.");
        }

        foreach (var (name, value, language) in new[] { ("loki", body.Loki, "a LogQL query"), ("elasticsearch", body.Elasticsearch, "a query string"), ("splunk", body.Splunk, "an SPL search") })
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > LiveSourceService.MaxQueryLength))
            {
                return new Failure(FailureKind.Invalid, $"{name} must be {language} of 1 to {LiveSourceService.MaxQueryLength} characters.");
            }
        }

        Core.Sources.Kubernetes.KubernetesRequest? cluster = null;
        if (body.Kubernetes is { } kubernetes)
        {
            var parsed = Core.Sources.Kubernetes.KubernetesRequest.Parse(kubernetes);
            if (!parsed.Succeeded)
            {
                return parsed.Failure;
            }

            cluster = parsed.Value;
        }

        return new LiveQuery(body.Prometheus, window.Value, Kubernetes: cluster) { Loki = body.Loki, Elasticsearch = body.Elasticsearch, Splunk = body.Splunk };
    }

    private static ProblemHttpResult Invalid(string detail) => TypedResults.Problem(detail: detail, statusCode: 400, title: "Invalid request", type: ProblemTypes.Validation);
}
