namespace FaultMaven.Core.Cases.Investigation;

/// <summary>Evidence the investigation asks the user for.</summary>
/// <param name="What">What is needed, e.g. "the pod's previous container log".</param>
/// <param name="Why">Which hypothesis it would confirm or rule out.</param>
/// <param name="HowToGet">The exact command or place to get it, if there is one.</param>
public sealed record EvidenceRequest(string What, string Why, string? HowToGet);
