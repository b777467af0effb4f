using Microsoft.Extensions.Hosting;

namespace FaultMaven.Core.Knowledge;

/// <summary>Builds the in-memory index from the store when the host starts, before requests are served, and from then on follows
/// the changes other instances announce. It listens before it loads, so a change made during the load is not missed.</summary>
internal sealed class KnowledgeLoader(KnowledgeService knowledge, IKnowledgeChanges changes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await changes.SubscribeAsync(id => knowledge.RefreshAsync(id, CancellationToken.None), cancellationToken);
        await knowledge.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
