namespace FaultMaven.Core.Agent.Model;

/// <summary>A range of lines of one upload worth showing the model, with how likely it is to matter (0–1) and why.</summary>
internal sealed record Excerpt(long First, long Last, double Score, string Why);
