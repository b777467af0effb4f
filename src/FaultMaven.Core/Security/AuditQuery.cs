namespace FaultMaven.Core.Security;

/// <summary>Which audit events to list; every given field must match.</summary>
/// <param name="Actor">The caller's id.</param>
/// <param name="Action">The action, or an action prefix ending in a dot (<c>case.</c>).</param>
/// <param name="Target">The target id.</param>
/// <param name="Since">Events at or after this time.</param>
/// <param name="Until">Events before this time.</param>
public sealed record AuditQuery(string? Actor = null, string? Action = null, string? Target = null, DateTimeOffset? Since = null, DateTimeOffset? Until = null);
