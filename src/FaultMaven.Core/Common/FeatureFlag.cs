namespace FaultMaven.Core.Common;

/// <summary>A risky capability that can be turned on or off at start-up (<c>FM_FEATURES</c>): its name, default and what it gates.</summary>
public sealed record FeatureFlag(string Name, bool DefaultOn, string Meaning);
