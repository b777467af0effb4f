namespace FaultMaven.Core.Security;

/// <summary>What a caller may do; each role includes the ones before it.</summary>
public enum CallerRole
{
    /// <summary>Reads cases, sessions, uploads, investigations and the knowledge base.</summary>
    Viewer,

    /// <summary>Also opens and works cases: sessions, turns, uploads, questions.</summary>
    Engineer,

    /// <summary>Also writes the knowledge base, manages API keys, deletes others' data and reads the audit trail.</summary>
    Admin,
}
