using FaultMaven.Core.Security;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>How audit events map onto the <c>case_events</c> table both stores share: an action <c>upload.deleted</c> is the target kind
/// <c>upload</c> and the kind <c>deleted</c>; the case store's own events keep their short kinds under target kind <c>case</c>.</summary>
internal static class AuditColumns
{
    public const string Insert = "case_id, at, kind, detail, target_kind, actor_id, actor_name, client_ip, correlation_id";

    public const string Select = "id, at, actor_id, actor_name, target_kind, kind, case_id, client_ip, correlation_id, detail";

    /// <summary>Splits an action into target kind and kind; <c>case</c> or <c>case.</c> alone leaves the kind null.</summary>
    public static (string TargetKind, string? Kind) Split(string action)
    {
        var dot = action.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (action, null) : (action[..dot], dot == action.Length - 1 ? null : action[(dot + 1)..]);
    }

    public static string Join(string targetKind, string kind) => targetKind + "." + kind;

    /// <summary>The values who-and-where columns get for the current caller, in <see cref="Insert"/> order after target kind.</summary>
    public static (object ActorId, object ActorName, object ClientIp, object CorrelationId) Origin()
    {
        var origin = CallerContext.Current;
        return (origin.Caller.Id, origin.Caller.Name, (object?)origin.ClientIp ?? DBNull.Value, (object?)origin.CorrelationId ?? DBNull.Value);
    }
}
