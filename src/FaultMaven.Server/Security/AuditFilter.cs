using FaultMaven.Core.Security;

namespace FaultMaven.Server.Security;

/// <summary>Writes a successful change to the audit trail: the action, its target (a route id, or the id of what was created) and the case
/// it happened in. Case changes themselves are written by the case store, in their own transactions.</summary>
internal sealed class AuditFilter(string action, string? targetRouteKey, IAuditTrail audit, ILogger<AuditFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result;
        while (inner is INestedHttpResult nested)
        {
            inner = nested.Result;
        }

        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        if (status is < 200 or >= 300)
        {
            return result;
        }

        var routeValues = context.HttpContext.Request.RouteValues;
        var target = targetRouteKey is not null ? routeValues.GetValueOrDefault(targetRouteKey) as string : IdOf((inner as IValueHttpResult)?.Value);
        var detail = new Dictionary<string, string>();
        if (routeValues.GetValueOrDefault("caseId") is string caseId)
        {
            detail["case"] = caseId;
        }
        else if (targetRouteKey != "id" && routeValues.GetValueOrDefault("id") is string id)
        {
            detail["case"] = id;
        }

        try
        {
            await audit.RecordAsync(action, target, detail, context.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is made; a failed audit write is logged loudly rather than turned into an error the client would retry.
            logger.AuditWriteFailed(ex, action, target);
        }

        return result;
    }

    private static string? IdOf(object? value) => value?.GetType().GetProperty("Id")?.GetValue(value) as string;
}

/// <summary>Adds the audit filter to endpoints.</summary>
internal static class AuditFilterExtensions
{
    /// <summary>Records <paramref name="action"/> when the endpoint succeeds; the target is route value <paramref name="targetRouteKey"/>,
    /// or the <c>Id</c> of the created value when that is null.</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, string? targetRouteKey = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var audit = factory.ApplicationServices.GetRequiredService<IAuditTrail>();
            var logger = factory.ApplicationServices.GetRequiredService<ILogger<AuditFilter>>();
            var filter = new AuditFilter(action, targetRouteKey, audit, logger);
            return invocation => filter.InvokeAsync(invocation, next);
        });
}
