namespace FaultMaven.Core.Cases.Investigation;

/// <summary>How badly users are affected.</summary>
public enum Severity
{
    /// <summary>Not yet assessed.</summary>
    Unknown,

    /// <summary>Cosmetic or a single user.</summary>
    Low,

    /// <summary>Degraded for some users.</summary>
    Medium,

    /// <summary>Broken for many users or a key feature.</summary>
    High,

    /// <summary>Outage or data loss.</summary>
    Critical,
}
