using FaultMaven.Core.Cases;
using FaultMaven.Server.Problems;

namespace FaultMaven.Server.Security;

/// <summary>Makes another team's case not exist for the caller: every route that takes a case id (<c>{caseId}</c>, or <c>{id}</c> under
/// <c>/cases</c>) answers 404 unless the caller may see the case, and a delete under it needs the case's creator or an admin (403).</summary>
internal sealed class CaseAccessFilter(CaseService cases) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var routeValues = http.Request.RouteValues;
        var caseId = (routeValues.TryGetValue("caseId", out var value) ? value : routeValues.GetValueOrDefault("id")) as string;
        if (caseId is null)
        {
            return await next(context);
        }

        var caller = CallerOrigin.Of(http);
        if (!caller.IsAdmin)
        {
            if (await cases.GetAsync(caseId, http.RequestAborted) is not { } found || !caller.CanSee(found.Owner, found.Team))
            {
                return FailureResults.NotFound("case", caseId);
            }

            if (HttpMethods.IsDelete(http.Request.Method) && !caller.CanDelete(found.Owner))
            {
                return TypedResults.Problem(
                    detail: $"Only the creator of case '{caseId}' or an admin may delete it or its data.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: ProblemTypes.Forbidden);
            }
        }

        return await next(context);
    }
}

/// <summary>Marks an endpoint as guarded by <see cref="CaseAccessFilter"/>, so a test can check that every route taking a case id is.</summary>
internal sealed class CaseAccessMetadata
{
    public static CaseAccessMetadata Instance { get; } = new();
}

/// <summary>Adds the case access check to endpoints.</summary>
internal static class CaseAccessExtensions
{
    /// <summary>Answers 404 for a case the caller may not see, on every endpoint of <paramref name="builder"/> that takes a case id.</summary>
    public static TBuilder RequireCaseAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new CaseAccessFilter(factory.ApplicationServices.GetRequiredService<CaseService>());
            return invocation => filter.InvokeAsync(invocation, next);
        });
        return builder.WithMetadata(CaseAccessMetadata.Instance);
    }
}
