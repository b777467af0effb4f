using FaultMaven.Core.Knowledge;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage.Redis;

/// <summary>Knowledge changes announced on a Redis pub/sub channel. Each message is "instance id|document id"; an instance ignores its
/// own. Pub/sub does not keep messages for a subscriber that is away, so when the connection comes back every instance compares its
/// whole index with the store (<see cref="IKnowledgeChanges.Everything"/>).</summary>
internal sealed class RedisKnowledgeChanges(RedisConnection redis, ILogger<RedisKnowledgeChanges> logger) : IKnowledgeChanges
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.Prefix + "knowledge");
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(string documentId, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.RunAsync(database => database.PublishAsync(Channel, $"{_instance}|{documentId}"));
        }
        catch (StorageUnavailableException ex)
        {
            // The change is stored; the other instances catch up when their connection comes back (they reconcile then).
            logger.KnowledgeChangeFailed(ex, documentId);
        }
    }

    public async Task SubscribeAsync(Func<string, Task> onChange, CancellationToken cancellationToken = default)
    {
        var subscriber = redis.Multiplexer.GetSubscriber();
        var queue = await redis.RunAsync(_ => subscriber.SubscribeAsync(Channel));
        // One message at a time, in order: a delete that follows an update is applied after it.
        queue.OnMessage(async message =>
        {
            var text = message.Message.ToString();
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(_instance))
            {
                return;
            }

            await ApplyAsync(onChange, text[(separator + 1)..]);
        });
        redis.Multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                _ = ApplyAsync(onChange, IKnowledgeChanges.Everything);
            }
        };
    }

    private async Task ApplyAsync(Func<string, Task> onChange, string documentId)
    {
        try
        {
            await onChange(documentId);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or OperationCanceledException)
        {
            logger.KnowledgeChangeFailed(ex, documentId);
        }
    }
}
