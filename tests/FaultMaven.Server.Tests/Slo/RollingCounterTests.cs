using FaultMaven.Server.Slo;

namespace FaultMaven.Server.Tests.Slo;

public sealed class RollingCounterTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sum_CountsOnlyTheWindow_ToOneBucket()
    {
        var counter = new RollingCounter(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        counter.Add(Start, good: true);
        counter.Add(Start.AddMinutes(30), good: false);
        counter.Add(Start.AddMinutes(59), good: true);

        Assert.Equal((2, 3), counter.Sum(Start.AddMinutes(59), TimeSpan.FromHours(1)));
        Assert.Equal((1, 2), counter.Sum(Start.AddMinutes(59), TimeSpan.FromMinutes(30)));
        Assert.Equal((1, 1), counter.Sum(Start.AddMinutes(59), TimeSpan.FromMinutes(5)));
        Assert.Equal((0, 0), counter.Sum(Start.AddMinutes(70), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Add_ReusesABucketOnceItsTimeHasPassed_SoMemoryStaysFixed()
    {
        var counter = new RollingCounter(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        for (var second = 0; second < 1000; second++)
        {
            counter.Add(Start.AddSeconds(second), good: second % 2 == 0);
        }

        // Only the last ten seconds are left: seconds 990 to 999, half of them good.
        Assert.Equal((5, 10), counter.Sum(Start.AddSeconds(999), TimeSpan.FromSeconds(10)));
        Assert.Equal(11, counter.Sum(Start.AddSeconds(999), TimeSpan.FromDays(1)).Total); // the span and the current bucket, no more
        // A measurement older than what the ring holds does not overwrite a newer bucket.
        counter.Add(Start, good: false);
        Assert.Equal((5, 10), counter.Sum(Start.AddSeconds(999), TimeSpan.FromSeconds(10)));
    }
}
