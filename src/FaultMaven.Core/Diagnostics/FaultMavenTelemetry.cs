using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FaultMaven.Core.Diagnostics;

/// <summary>The one activity source and one meter every FaultMaven operation reports through.</summary>
public static class FaultMavenTelemetry
{
    /// <summary>The name shared by the activity source and the meter; register it with OpenTelemetry.</summary>
    public const string Name = "FaultMaven";

    /// <summary>Gets the source of FaultMaven's trace spans.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Gets the meter of FaultMaven's own metrics.</summary>
    public static Meter Meter { get; } = new(Name);
}
