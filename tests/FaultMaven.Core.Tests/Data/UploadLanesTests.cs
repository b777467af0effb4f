using FaultMaven.Core.Data;

namespace FaultMaven.Core.Tests.Data;

public sealed class UploadLanesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_with_many_large_uploads_waiting_does_not_put_another_team_behind_all_of_them()
    {
        // One place: red's first upload runs, red queues three more, then blue queues one. Blue is served at the next turn that is
        // not red's, not after red's whole batch (first come, first served gave blue the fifth place).
        var lanes = new UploadLanes(small: 2, large: 1, huge: 1);
        var running = await lanes.EnterAsync(UploadLane.Large, "red", Token);
        var red = new[] { lanes.EnterAsync(UploadLane.Large, "red", Token), lanes.EnterAsync(UploadLane.Large, "red", Token), lanes.EnterAsync(UploadLane.Large, "red", Token) };
        var blue = lanes.EnterAsync(UploadLane.Large, "blue", Token);

        // A place freed is given to the next in turn at once (the waiter then resumes on the thread pool): whoever did not get it
        // cannot complete.
        running!.Dispose();
        var first = await red[0].WaitAsync(TimeSpan.FromMinutes(1), Token);
        Assert.False(blue.IsCompleted);

        first!.Dispose();
        var second = await blue.WaitAsync(TimeSpan.FromMinutes(1), Token);
        Assert.False(red[1].IsCompleted);

        second!.Dispose();
        (await red[1].WaitAsync(TimeSpan.FromMinutes(1), Token))!.Dispose();
        (await red[2].WaitAsync(TimeSpan.FromMinutes(1), Token))!.Dispose();
    }

    [Fact]
    public async Task A_huge_upload_running_does_not_hold_the_large_or_small_lane()
    {
        var lanes = new UploadLanes(small: 2, large: 1, huge: 1);
        using var huge = await lanes.EnterAsync(UploadLane.Huge, "red", Token);
        var secondHuge = lanes.EnterAsync(UploadLane.Huge, "blue", Token);

        var large = lanes.EnterAsync(UploadLane.Large, "blue", Token);
        var small = lanes.EnterAsync(UploadLane.Small, "blue", Token);

        Assert.True(large.IsCompletedSuccessfully);
        Assert.True(small.IsCompletedSuccessfully);
        Assert.False(secondHuge.IsCompleted);
        (await large)!.Dispose();
        (await small)!.Dispose();
    }

    [Fact]
    public async Task A_team_past_its_share_is_refused_at_once_and_other_teams_are_not()
    {
        var lanes = new UploadLanes(small: 2, large: 1, huge: 1);
        var held = new List<Task<IDisposable?>>();
        for (var i = 0; i < UploadLanes.PerTeam; i++)
        {
            held.Add(lanes.EnterAsync(i % 2 == 0 ? UploadLane.Large : UploadLane.Huge, "red", Token));
        }

        var refused = await lanes.EnterAsync(UploadLane.Large, "red", Token);
        var other = lanes.EnterAsync(UploadLane.Large, "blue", Token);
        // A paste is never refused: small work is not counted against the share.
        using var paste = await lanes.EnterAsync(UploadLane.Small, "red", Token);

        Assert.Null(refused);
        Assert.NotNull(paste);
        // Queued, not refused (a refusal is an answer at once).
        Assert.False(other.IsCompleted);
        // One of red's places freed: red may queue again.
        (await held[0])!.Dispose();
        Assert.False(lanes.EnterAsync(UploadLane.Large, "red", Token).IsCompleted);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_passes_its_turn_on()
    {
        var lanes = new UploadLanes(small: 2, large: 1, huge: 1);
        var running = await lanes.EnterAsync(UploadLane.Large, "red", Token);
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var gone = lanes.EnterAsync(UploadLane.Large, "blue", giveUp.Token);
        var next = lanes.EnterAsync(UploadLane.Large, "green", Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        running!.Dispose();

        using var place = await next;
        Assert.NotNull(place);
        // blue's count was given back: its share is whole again.
        for (var i = 0; i < UploadLanes.PerTeam - 1; i++)
        {
            _ = lanes.EnterAsync(UploadLane.Large, "blue", Token);
        }

        Assert.False(lanes.EnterAsync(UploadLane.Large, "blue", Token).IsCompleted);
    }
}
