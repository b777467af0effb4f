using Microsoft.Extensions.Hosting;

namespace FaultMaven.Core.Knowledge;

/// <summary>Builds the in-memory index from the store when the host starts, before requests are served.</summary>
internal sealed class KnowledgeLoader(KnowledgeService knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => knowledge.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
