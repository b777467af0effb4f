using FaultMaven.Server.Contracts;

namespace FaultMaven.Server.Slo;

/// <summary>A change of an objective's state to tell the receivers of, or (<paramref name="RefreshOnly"/>) a firing alert re-sent
/// to Alertmanager, which resolves alerts it stops hearing about.</summary>
/// <param name="Objective">The objective as evaluated.</param>
/// <param name="Previous">The state it left (its current one for a refresh).</param>
/// <param name="PreviousSince">When it entered <paramref name="Previous"/>.</param>
/// <param name="At">When the change was seen.</param>
/// <param name="RefreshOnly">True to re-send a firing alert to Alertmanager only.</param>
internal sealed record SloAlert(SloObjectiveReport Objective, SloState Previous, DateTimeOffset PreviousSince, DateTimeOffset At, bool RefreshOnly = false);
