namespace FaultMaven.Core.Security;

/// <summary>The origin of the work in progress, flowing with the async call like <see cref="System.Diagnostics.Activity.Current"/>:
/// the server sets it once a request is authenticated; stores and services read it to stamp owners and write the audit trail.
/// Work that no request started (the CLI in-process, background jobs) runs as <see cref="RequestOrigin.Local"/>.</summary>
public static class CallerContext
{
    private static readonly AsyncLocal<RequestOrigin?> CurrentOrigin = new();

    /// <summary>Gets the origin of the current work.</summary>
    public static RequestOrigin Current => CurrentOrigin.Value ?? RequestOrigin.Local;

    /// <summary>Gets the caller of the current work.</summary>
    public static Caller Caller => Current.Caller;

    /// <summary>Runs the rest of the current async flow as <paramref name="origin"/>.</summary>
    public static void Set(RequestOrigin origin) => CurrentOrigin.Value = origin;
}
