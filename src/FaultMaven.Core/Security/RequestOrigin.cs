namespace FaultMaven.Core.Security;

/// <summary>Who made the current request and from where; what the audit trail records beside each change.</summary>
/// <param name="Caller">The authenticated caller.</param>
/// <param name="ClientIp">The client's address, if known.</param>
/// <param name="CorrelationId">The request's correlation id, if any.</param>
public sealed record RequestOrigin(Caller Caller, string? ClientIp, string? CorrelationId)
{
    /// <summary>Gets the origin of work that no request started: the local caller, no address.</summary>
    public static RequestOrigin Local { get; } = new(Caller.Local, null, null);
}
