using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Privacy;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FaultMaven.Server.Endpoints;

/// <summary>The data API: evidence attached to a case — files, pastes and page captures — classified, redacted and analysed.</summary>
internal static class DataEndpoints
{
    public const string CacheHeader = "X-FaultMaven-Cache";

    public static RouteGroupBuilder MapData(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cases/{caseId}/data").WithTags("Data").RequireCaseAccess()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", UploadAsync).WithName("UploadData").Audited("upload.created")
            .WithSummary("Attach evidence: a multipart file upload, raw text (?filename=), or JSON {content, filename, source_url, page_title}")
            .DisableAntiforgery()
            .CountsAsCreation()
            .Accepts<DataPasteRequest>("application/json", "multipart/form-data", "text/plain")
            .Produces<DataUpload>(StatusCodes.Status201Created)
            .Produces<DataUpload>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", ListAsync).WithName("ListData").WithSummary("List a case's uploads, newest first");
        group.MapGet("/{dataId}", GetAsync).WithName("GetData").WithSummary("Get an upload: metadata, classification and analysis");
        group.MapGet("/{dataId}/content", GetContentAsync).WithName("GetDataContent")
            .WithSummary("Get the stored (redacted) text with the ranges that were redacted; Accept: text/plain for the text alone (Range supported)")
            .Produces<DataContentResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{dataId}/lines", GetLinesAsync).WithName("GetDataLines")
            .WithSummary("Get a window of the stored (redacted) text by line: 'from' (1-based, default 1) and 'count' (default 1000, at most 5000); each line at most 2,000 characters")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{dataId}", DeleteAsync).WithName("DeleteData").Audited("upload.deleted", "dataId").WithSummary("Delete an upload and its stored text");
        return group;
    }

    private static async Task<IResult> UploadAsync(
        string caseId, HttpContext context, DataService data, IOptions<DataOptions> options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        LargeBodies.AllowUploadSize(context, options.Value);

        Outcome<UploadResult> outcome;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return BadRequest("The multipart body has no boundary.");
            }

            outcome = await UploadMultipartAsync(caseId, new MultipartReader(boundary, request.Body), data, cancellationToken);
        }
        else if (type?.MediaType.Value?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var (paste, invalid) = await LargeBodies.ReadJsonAsync<DataPasteRequest>(request, cancellationToken);
            if (invalid is not null)
            {
                return invalid;
            }

            if (string.IsNullOrWhiteSpace(paste?.Content))
            {
                return Results.Problem(detail: "'content' is required and must hold more than white space.", statusCode: 400, title: "Invalid request", type: ProblemTypes.Validation);
            }

            using var text = new MemoryStream(Encoding.UTF8.GetBytes(paste.Content));
            outcome = await data.UploadAsync(caseId, text, new DataSource(paste.Filename, paste.SourceUrl, paste.PageTitle), cancellationToken);
        }
        else
        {
            var query = request.Query;
            outcome = await data.UploadAsync(caseId, request.Body, new DataSource(query["filename"], query["source_url"], query["page_title"]), cancellationToken);
        }

        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }

        var (upload, cached) = outcome.Value;
        context.Response.Headers[CacheHeader] = cached ? "hit" : "miss";
        return cached ? TypedResults.Ok(upload) : TypedResults.Created($"/api/v1/cases/{caseId}/data/{upload.Id}", upload);
    }

    /// <summary>Streams the file part to the service; text fields source_url and page_title before it are kept. One file per request:
    /// a body with a second file part is refused and the first is not kept, so no file is dropped unseen.</summary>
    private static async Task<Outcome<UploadResult>> UploadMultipartAsync(string caseId, MultipartReader reader, DataService data, CancellationToken cancellationToken)
    {
        string? sourceUrl = null;
        string? pageTitle = null;
        UploadResult? uploaded = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    if (uploaded is not null)
                    {
                        await ForgetAsync(caseId, uploaded, data, cancellationToken);
                        return new Failure(FailureKind.Invalid, "The multipart body holds more than one file part; send one file per request. Nothing was stored.");
                    }

                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var outcome = await data.UploadAsync(caseId, section.Body, new DataSource(fileName, sourceUrl, pageTitle), cancellationToken);
                    if (!outcome.Succeeded)
                    {
                        return outcome;
                    }

                    uploaded = outcome.Value;
                    continue;
                }

                using var field = new StreamReader(section.Body, Encoding.UTF8);
                var value = await field.ReadToEndAsync(cancellationToken);
                switch (HeaderUtilities.RemoveQuotes(disposition.Name).Value)
                {
                    case "source_url":
                        sourceUrl = value;
                        break;
                    case "page_title":
                        pageTitle = value;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException and not BadHttpRequestException)
        {
            // A body that does not follow its own boundary is the client's error (400 bad-request, by the exception handler), not ours;
            // BadHttpRequestException keeps its own status (too large, too slow). A file already stored from it is not kept.
            if (uploaded is not null)
            {
                await ForgetAsync(caseId, uploaded, data, cancellationToken);
            }

            if (ex is InvalidDataException)
            {
                throw;
            }

            throw new InvalidDataException(ex.Message, ex);
        }

        return uploaded is not null ? uploaded : new Failure(FailureKind.Invalid, "The multipart body has no file part.");
    }

    // An upload answered from the cache existed before this request and stays.
    private static async Task ForgetAsync(string caseId, UploadResult uploaded, DataService data, CancellationToken cancellationToken)
    {
        if (!uploaded.Cached)
        {
            await data.DeleteAsync(caseId, uploaded.Upload.Id, cancellationToken);
        }
    }

    private static async Task<Results<Ok<Page<DataUpload>>, ProblemHttpResult>> ListAsync(
        string caseId,
        [Range(1, PageRequest.MaxLimit)] int? limit,
        [Range(0, PageQuery.MaxOffset)] int? offset,
        DataService data,
        CancellationToken cancellationToken)
    {
        var outcome = await data.ListAsync(caseId, PageQuery.ToPageRequest(limit, offset), cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Ok<DataUploadDetail>, ProblemHttpResult>> GetAsync(
        string caseId, string dataId, DataService data, CancellationToken cancellationToken)
    {
        var upload = await data.GetAsync(caseId, dataId, cancellationToken);
        if (!upload.Succeeded)
        {
            return upload.Failure.ToProblem();
        }

        var analysis = await data.GetAnalysisAsync(caseId, dataId, cancellationToken);
        return analysis.Succeeded ? TypedResults.Ok(new DataUploadDetail(upload.Value, analysis.Value)) : analysis.Failure.ToProblem();
    }

    private static async Task<IResult> GetContentAsync(string caseId, string dataId, HttpContext context, DataService data, CancellationToken cancellationToken)
    {
        var outcome = await data.GetContentAsync(caseId, dataId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToProblem();
        }

        var content = outcome.Value;
        var accept = context.Request.GetTypedHeaders().Accept;
        if (accept.Count > 0 && accept.Any(a => a.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Stream(content.Text.OpenRead(), "text/plain; charset=utf-8", lastModified: content.Text.LastModified, enableRangeProcessing: true);
        }

        return new StreamedContent(dataId, content);
    }

    private static async Task<Results<Ok<DataLinesResponse>, ProblemHttpResult>> GetLinesAsync(
        string caseId, string dataId, long? from, int? count, DataService data, CancellationToken cancellationToken)
    {
        var outcome = await data.ReadLinesAsync(caseId, dataId, from ?? 1, count ?? 1000, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Ok(new DataLinesResponse(dataId, outcome.Value.From, outcome.Value.Upload.Lines, outcome.Value.Lines))
            : outcome.Failure.ToProblem();
    }

    /// <summary>The JSON form of an upload's content, written as it is read: the text in segments, never whole in memory, so a
    /// read costs the same few buffers whatever the upload's size.</summary>
    private sealed class StreamedContent(string dataId, UploadContent content) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var cancellationToken = httpContext.RequestAborted;
            response.ContentType = "application/json; charset=utf-8";
            await using var file = content.Text.OpenRead();
            await using var json = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = ApiJson.Options.Encoder });
            json.WriteStartObject();
            json.WriteString("id", dataId);
            json.WritePropertyName("text");
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
            {
                json.WriteStringValueSegment(buffer.AsSpan(0, read), isFinalSegment: false);
                await json.FlushAsync(cancellationToken);
            }

            json.WriteStringValueSegment(ReadOnlySpan<byte>.Empty, isFinalSegment: true);
            json.WriteStartArray("redactions");
            await foreach (var r in content.Redactions.WithCancellation(cancellationToken))
            {
                json.WriteStartObject();
                json.WriteString("type", r.Type.Label());
                json.WriteString("operator", r.Operator.ToString().ToLowerInvariant());
                json.WriteNumber("start", r.OutputStart);
                json.WriteNumber("end", r.OutputEnd);
                json.WriteEndObject();
                if (json.BytesPending > 1 << 16)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string caseId, string dataId, DataService data, CancellationToken cancellationToken)
    {
        var outcome = await data.DeleteAsync(caseId, dataId, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure.ToProblem();
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: 400, title: "Bad request", type: ProblemTypes.BadRequest);
}
