using FaultMaven.Core.Agent;

namespace FaultMaven.Core.Alerts;

/// <summary>Told when an investigation an alert started has answered, to pass the answer on (a chat channel's webhook).
/// Never throws: a notification that cannot be delivered is logged, and the case keeps the answer.</summary>
public interface IInvestigationNotifier
{
    /// <summary>Passes on the answer to case <paramref name="caseId"/>'s alert.</summary>
    Task InvestigationFinishedAsync(string caseId, AgentReply reply, CancellationToken cancellationToken);
}

/// <summary>Tells no one: the default while no webhook is configured.</summary>
internal sealed class NoInvestigationNotifier : IInvestigationNotifier
{
    public Task InvestigationFinishedAsync(string caseId, AgentReply reply, CancellationToken cancellationToken) => Task.CompletedTask;
}
