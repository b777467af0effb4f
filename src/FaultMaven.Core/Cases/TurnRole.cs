namespace FaultMaven.Core.Cases;

/// <summary>Who spoke in a turn.</summary>
public enum TurnRole
{
    /// <summary>The engineer.</summary>
    User,

    /// <summary>FaultMaven.</summary>
    Assistant,
}
