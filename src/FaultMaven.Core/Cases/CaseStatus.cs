namespace FaultMaven.Core.Cases;

/// <summary>The lifecycle of a case: <c>open → investigating → resolved | closed</c>.</summary>
public enum CaseStatus
{
    /// <summary>Created; nobody is working on it yet.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    Investigating,

    /// <summary>The root cause was found and fixed. Final.</summary>
    Resolved,

    /// <summary>Ended without a resolution (duplicate, not a problem, abandoned). Final.</summary>
    Closed,
}
