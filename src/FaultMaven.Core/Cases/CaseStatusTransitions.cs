namespace FaultMaven.Core.Cases;

/// <summary>Which status changes the case lifecycle allows.</summary>
public static class CaseStatusTransitions
{
    /// <summary>Returns true if a case may move from <paramref name="from"/> to <paramref name="to"/>. Staying put is always allowed.</summary>
    public static bool IsAllowed(CaseStatus from, CaseStatus to) => from == to || (from, to) switch
    {
        (CaseStatus.Open, CaseStatus.Investigating) => true,
        (CaseStatus.Open, CaseStatus.Closed) => true,
        (CaseStatus.Investigating, CaseStatus.Resolved) => true,
        (CaseStatus.Investigating, CaseStatus.Closed) => true,
        _ => false,
    };

    /// <summary>Returns the statuses a case may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseStatus from) =>
        [.. Enum.GetValues<CaseStatus>().Where(to => to != from && IsAllowed(from, to))];

    /// <summary>Returns true for the statuses a case never leaves.</summary>
    public static bool IsFinal(CaseStatus status) => status is CaseStatus.Resolved or CaseStatus.Closed;
}
