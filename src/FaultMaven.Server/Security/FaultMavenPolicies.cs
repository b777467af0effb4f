namespace FaultMaven.Server.Security;

/// <summary>The authorization policies of the API, by role; each role includes the ones below it.</summary>
internal static class FaultMavenPolicies
{
    /// <summary>Reads: viewer, engineer or admin.</summary>
    public const string Viewer = "viewer";

    /// <summary>Writes: engineer or admin.</summary>
    public const string Engineer = "engineer";

    /// <summary>API keys, the audit trail: admin.</summary>
    public const string Admin = "admin";

    /// <summary>Knowledge-base writes: the roles in FM_KB_WRITERS, and admin.</summary>
    public const string KnowledgeWriter = "knowledge-writer";
}
