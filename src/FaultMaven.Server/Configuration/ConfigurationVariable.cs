namespace FaultMaven.Server.Configuration;

/// <summary>One environment variable FaultMaven reads: its name, default, meaning and the values it accepts.</summary>
public sealed record ConfigurationVariable(string Name, string Default, string Meaning, string Accepted);
