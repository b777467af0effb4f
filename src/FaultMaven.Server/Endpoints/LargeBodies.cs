using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace FaultMaven.Server.Endpoints;

/// <summary>Endpoints that take evidence or documents accept bodies as large as uploads (FM_MAX_UPLOAD_BYTES) rather than the
/// general request limit, and read them themselves, after raising the limit, instead of through model binding.</summary>
internal static class LargeBodies
{
    // Multipart framing (boundaries, part headers) on top of the content itself.
    private const long FramingAllowance = 64 * 1024;

    /// <summary>Raises this request's body limit to the upload limit; must run before the body is read.</summary>
    public static void AllowUploadSize(HttpContext context, DataOptions options)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxUploadBytes + FramingAllowance;
        }
    }

    /// <summary>Reads a JSON body with the API's conventions; a malformed body gives the invalid-body problem instead.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, ApiJson.Options, cancellationToken), null);
        }
        catch (JsonException ex)
        {
            return (default, Results.Problem(detail: $"The JSON body is not valid: {ex.Message}", statusCode: 400, title: "Invalid body", type: ProblemTypes.InvalidBody));
        }
    }
}
