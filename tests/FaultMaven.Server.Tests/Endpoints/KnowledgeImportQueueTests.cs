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
        var first = await queue.EnterAsync("red", Token);
        var second = queue.EnterAsync("blue", Token);

        Assert.NotNull(first);
        Assert.False(second.IsCompleted);
        first!.Dispose();
        using var admitted = await second;
        Assert.NotNull(admitted);
    }

    [Fact]
    public async Task Issue18_ATeamHoldsAtMostItsShare_OtherTeamsStillGetIn()
    {
        using var queue = new KnowledgeImportQueue();
        var red = new List<Task<IDisposable?>>();
        for (var i = 0; i < KnowledgeImportQueue.PerTeam + 3; i++)
        {
            red.Add(queue.EnterAsync("red", Token));
        }

        // Past red's share the rest are refused at once; blue still finds a place (it waits for its turn, it is not refused).
        var refused = red.Skip(KnowledgeImportQueue.PerTeam).ToList();
        Assert.All(refused, t => Assert.True(t.IsCompleted));
        foreach (var task in refused)
        {
            Assert.Null(await task);
        }

        var blue = queue.EnterAsync("blue", Token);
        Assert.False(blue.IsCompleted);

        (await red[0])!.Dispose();
        (await red[1])!.Dispose();
        using var admitted = await blue;
        Assert.NotNull(admitted);
    }

    [Fact]
    public async Task Issue18_AFullQueue_RefusesAtOnce_AndAPlaceFreesWhenAWaiterGivesUp()
    {
        using var queue = new KnowledgeImportQueue();
        var running = await queue.EnterAsync("t0", Token);
        using var givesUp = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var waiting = new List<Task<IDisposable?>> { queue.EnterAsync("t1", givesUp.Token) };
        for (var i = 2; i <= KnowledgeImportQueue.Waiting; i++)
        {
            waiting.Add(queue.EnterAsync("t" + i, Token));
        }

        Assert.Null(await queue.EnterAsync("late", Token));
        await givesUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting[0]);
        var admittedLater = queue.EnterAsync("later", Token);
        Assert.False(admittedLater.IsCompleted);
        running!.Dispose();
        foreach (var task in waiting.Skip(1))
        {
            (await task)!.Dispose();
        }

        using var last = await admittedLater;
        Assert.NotNull(last);
    }
}
