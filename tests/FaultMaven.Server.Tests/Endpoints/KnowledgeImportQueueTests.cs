using FaultMaven.Core.Common;
using FaultMaven.Server.Endpoints;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Issue 18 (hostile pass, D2): knowledge imports run one at a time, a few wait, and one team cannot take every place.</summary>
public sealed class KnowledgeImportQueueTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue18_OneImportRunsAtATime_TheNextWaitsForIt()
    {
        using var queue = new KnowledgeImportQueue();
        var first = await queue.EnterAsync("red", "Red has", Token);
        var second = queue.EnterAsync("blue", "Blue has", Token);

        Assert.True(first.Succeeded);
        Assert.False(second.IsCompleted);
        first.Value!.Dispose();
        var admitted = await second;
        Assert.True(admitted.Succeeded);
        admitted.Value!.Dispose();
    }

    [Fact]
    public async Task Issue18_ATeamHoldsAtMostItsShare_OtherTeamsStillGetIn()
    {
        using var queue = new KnowledgeImportQueue();
        var red = new List<Task<Outcome<IDisposable>>>();
        for (var i = 0; i < KnowledgeImportQueue.PerTeam + 3; i++)
        {
            red.Add(queue.EnterAsync("red", "Red has", Token));
        }

        // Past red's share the rest are refused at once, as red's own excess (rate limited, not busy); blue still finds a place (it
        // waits for its turn, it is not refused).
        var refused = red.Skip(KnowledgeImportQueue.PerTeam).ToList();
        Assert.All(refused, t => Assert.True(t.IsCompleted));
        foreach (var task in refused)
        {
            var failure = (await task).Failure;
            Assert.Equal(FailureKind.RateLimited, failure?.Kind);
            Assert.Equal(TimeSpan.FromSeconds(KnowledgeImportQueue.RetryAfterSeconds), failure?.RetryAfter);
            Assert.StartsWith("Red has ", failure?.Detail, StringComparison.Ordinal);
        }

        var blue = queue.EnterAsync("blue", "Blue has", Token);
        Assert.False(blue.IsCompleted);

        (await red[0]).Value!.Dispose();
        (await red[1]).Value!.Dispose();
        var admitted = await blue;
        Assert.True(admitted.Succeeded);
        admitted.Value!.Dispose();
    }

    [Fact]
    public async Task Issue18_AFullQueue_RefusesAtOnce_AndAPlaceFreesWhenAWaiterGivesUp()
    {
        using var queue = new KnowledgeImportQueue();
        var running = await queue.EnterAsync("t0", "T0 has", Token);
        using var givesUp = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var waiting = new List<Task<Outcome<IDisposable>>> { queue.EnterAsync("t1", "T1 has", givesUp.Token) };
        for (var i = 2; i <= KnowledgeImportQueue.Waiting; i++)
        {
            waiting.Add(queue.EnterAsync("t" + i, "T has", Token));
        }

        // Every place taken by other teams: the service is busy (503), not this caller over its share.
        var late = await queue.EnterAsync("late", "Late has", Token);
        Assert.Equal(FailureKind.Busy, late.Failure?.Kind);
        Assert.NotNull(late.Failure?.RetryAfter);
        await givesUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting[0]);
        var admittedLater = queue.EnterAsync("later", "Later has", Token);
        Assert.False(admittedLater.IsCompleted);
        running.Value!.Dispose();
        foreach (var task in waiting.Skip(1))
        {
            (await task).Value!.Dispose();
        }

        var last = await admittedLater;
        Assert.True(last.Succeeded);
        last.Value!.Dispose();
    }
}
