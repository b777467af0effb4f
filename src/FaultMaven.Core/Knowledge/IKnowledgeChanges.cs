namespace FaultMaven.Core.Knowledge;

/// <summary>Tells the other server instances that a knowledge document changed, so each keeps its in-memory index in step with the
/// shared store. Embedded there is one instance and nothing to tell.</summary>
public interface IKnowledgeChanges
{
    /// <summary>The document id that asks for a full comparison with the store (sent after a lost connection, when changes may have been missed).</summary>
    public const string Everything = "*";

    /// <summary>Announces that <paramref name="documentId"/> was added, replaced or deleted by this instance.</summary>
    Task PublishAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onChange"/> with the id of every document another instance changes, from now on.</summary>
    Task SubscribeAsync(Func<string, Task> onChange, CancellationToken cancellationToken = default);
}

/// <summary>One instance: its own changes are already in its index.</summary>
internal sealed class SingleInstanceKnowledgeChanges : IKnowledgeChanges
{
    public Task PublishAsync(string documentId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SubscribeAsync(Func<string, Task> onChange, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
