namespace FaultMaven.Server.Slo;

/// <summary>A multi-window burn-rate condition: it holds when the error budget burns at least <paramref name="Factor"/> times the
/// sustainable rate over both the long window and the short one (the short one makes the alert stop soon after the burn does).</summary>
internal sealed record BurnCondition(TimeSpan Long, TimeSpan Short, double Factor)
{
    /// <summary>Gets the condition as it is configured, <c>1h/5m@14.4</c>.</summary>
    public override string ToString() =>
        $"{SloDurations.Format(Long)}/{SloDurations.Format(Short)}@{Factor.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
