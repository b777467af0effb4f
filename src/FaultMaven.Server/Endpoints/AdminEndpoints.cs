using System.ComponentModel.DataAnnotations;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using FaultMaven.Server.Contracts;
using FaultMaven.Server.Problems;
using FaultMaven.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaultMaven.Server.Endpoints;

/// <summary>The admin API: API keys (created, listed, revoked) and the audit trail. Admins only.</summary>
internal static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/admin/api-keys").WithTags("Admin").RequireAuthorization(FaultMavenPolicies.Admin);
        keys.MapPost("/", CreateKeyAsync).WithName("CreateApiKey")
            .WithSummary("Create an API key {name, role, team?}; the key is in this reply only, and only its hash is stored");
        keys.MapGet("/", ListKeysAsync).WithName("ListApiKeys").WithSummary("List API keys, newest first (never the keys themselves)");
        keys.MapDelete("/{id}", RevokeKeyAsync).WithName("RevokeApiKey").WithSummary("Revoke an API key: the next request with it gets 401");

        api.MapGet("/audit", ListAuditAsync).WithTags("Admin").WithName("ListAuditEvents").RequireAuthorization(FaultMavenPolicies.Admin)
            .WithSummary("The audit trail, newest first: who changed what, when and from where; filter by actor, action (or a prefix like case.), target and time");
        return keys;
    }

    private static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> CreateKeyAsync(
        CreateApiKeyRequest request, ApiKeyService keys, CancellationToken cancellationToken)
    {
        CallerRole? role = CallerClaims.TryRole(request.Role, out var parsed) ? parsed : null;
        var outcome = await keys.CreateAsync(request.Name, role, request.Team, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/admin/api-keys/{outcome.Value.Key.Id}", CreatedApiKeyResponse.From(outcome.Value))
            : outcome.Failure.ToProblem();
    }

    private static async Task<Ok<Page<ApiKey>>> ListKeysAsync(
        [Range(1, PageRequest.MaxLimit)] int? limit, [Range(0, PageQuery.MaxOffset)] int? offset, ApiKeyService keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(PageQuery.ToPageRequest(limit, offset), cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(string id, ApiKeyService keys, CancellationToken cancellationToken)
    {
        var outcome = await keys.RevokeAsync(id, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure.ToProblem();
    }

    private static async Task<Ok<Page<AuditEvent>>> ListAuditAsync(
        string? actor,
        string? action,
        string? target,
        DateTimeOffset? since,
        DateTimeOffset? until,
        [Range(1, PageRequest.MaxLimit)] int? limit,
        [Range(0, PageQuery.MaxOffset)] int? offset,
        IAuditTrail audit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ListAsync(new AuditQuery(actor, action, target, since, until), PageQuery.ToPageRequest(limit, offset), cancellationToken));
}
