namespace FaultMaven.Core.Common;

/// <summary>Creates resource ids: a short kind prefix and a time-ordered UUIDv7, so ids sort by creation.</summary>
public static class Ids
{
    /// <summary>Creates a new id such as <c>ses_01936b2e…</c> for the given prefix.</summary>
    public static string New(string prefix, TimeProvider timeProvider) =>
        prefix + "_" + Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
}
