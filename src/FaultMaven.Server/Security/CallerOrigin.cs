using FaultMaven.Core.Security;
using FaultMaven.Server.Middleware;

namespace FaultMaven.Server.Security;

/// <summary>Makes the authenticated caller, the client address and the correlation id the origin of the request's work
/// (<see cref="CallerContext"/>), which the stores stamp on what they create and the audit trail records.</summary>
internal sealed class CallerOrigin(RequestDelegate next)
{
    // Async on purpose: the origin set here flows into the request's work and is undone when this method returns.
    public async Task InvokeAsync(HttpContext context)
    {
        CallerContext.Set(new RequestOrigin(Of(context), context.Connection.RemoteIpAddress?.ToString(), CorrelationId.Get(context)));
        await next(context);
    }

    // Who an unauthenticated request (or one without a FaultMaven role) is: it never passes the API's policies, and if it did it would own nothing.
    private static readonly Caller Anonymous = new("anonymous", "anonymous", CallerRole.Viewer, null);

    /// <summary>The caller of the request.</summary>
    public static Caller Of(HttpContext context) =>
        (context.User.Identity?.IsAuthenticated == true ? CallerClaims.ToCaller(context.User) : null) ?? Anonymous;
}
