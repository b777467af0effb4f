namespace FaultMaven.Core.Logs.Analysis;

/// <summary>Keeps the largest gaps between consecutive event times and a sample of ordinary gaps to judge them by.</summary>
internal sealed class GapTracker
{
    private const int Kept = 16;
    private const int SampleSize = 4096;

    private readonly List<Gap> _largest = [];
    private readonly List<double> _sample = [];
    private readonly Random _random = new(17);
    private long _seen;

    public IReadOnlyList<Gap> Largest => _largest;

    public void Add(DateTimeOffset? previous, DateTimeOffset current, long lineBefore, long line)
    {
        if (previous is not { } before || current <= before)
        {
            if (previous is not null)
            {
                Sample(0);
            }

            return;
        }

        var seconds = (current - before).TotalSeconds;
        Sample(seconds);
        if (_largest.Count < Kept || seconds > _largest[^1].Seconds)
        {
            _largest.Add(new Gap(before, current, seconds, lineBefore, line));
            _largest.Sort((a, b) => b.Seconds.CompareTo(a.Seconds));
            if (_largest.Count > Kept)
            {
                _largest.RemoveAt(Kept);
            }
        }
    }

    /// <summary>The given quantile of the sampled gaps (0 when none).</summary>
    public double Quantile(double q)
    {
        if (_sample.Count == 0)
        {
            return 0;
        }

        var sorted = _sample.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    }

    // Reservoir sampling, seeded: the same input always gives the same report.
    private void Sample(double seconds)
    {
        _seen++;
        if (_sample.Count < SampleSize)
        {
            _sample.Add(seconds);
        }
        else if (_random.NextInt64(_seen) is var slot && slot < SampleSize)
        {
            _sample[(int)slot] = seconds;
        }
    }

    internal sealed record Gap(DateTimeOffset From, DateTimeOffset To, double Seconds, long LineBefore, long LineAfter);
}
