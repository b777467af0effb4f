using FaultMaven.Server.Contracts;

namespace FaultMaven.Server.Slo;

/// <summary>What a state means to alerting and to the <c>faultmaven_slo_state</c> gauge: only warning and breached fire; too little
/// traffic to judge is as quiet as ok.</summary>
internal static class SloStates
{
    /// <summary>Whether an alert fires in <paramref name="state"/>.</summary>
    public static bool IsFiring(this SloState state) => state is SloState.Warning or SloState.Breached;

    /// <summary>The state as alerting sees it: insufficient traffic is ok.</summary>
    public static SloState Alerting(this SloState state) => state.IsFiring() ? state : SloState.Ok;

    /// <summary>The gauge's value: 0 ok (or too little traffic to judge), 1 warning, 2 breached, as dashboards already read it.</summary>
    public static int Gauge(this SloState state) => (int)state.Alerting();
}
