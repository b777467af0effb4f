namespace FaultMaven.Server.Slo;

/// <summary>Good and total requests in fixed time buckets over a bounded span: a ring that reuses a bucket once its time has passed,
/// so memory is fixed however long the server runs. Sums over a window are exact to one bucket.</summary>
internal sealed class RollingCounter
{
    private readonly long _widthTicks;
    private readonly long[] _bucket;
    private readonly long[] _good;
    private readonly long[] _total;
    private readonly Lock _lock = new();

    /// <summary>Creates a counter of buckets <paramref name="width"/> wide, enough to sum over <paramref name="span"/>.</summary>
    public RollingCounter(TimeSpan width, TimeSpan span)
    {
        _widthTicks = Math.Max(1, width.Ticks);
        var count = (int)Math.Min(int.MaxValue, (span.Ticks + _widthTicks - 1) / _widthTicks + 1);
        _bucket = new long[count];
        Array.Fill(_bucket, -1);
        _good = new long[count];
        _total = new long[count];
    }

    /// <summary>Counts one request at <paramref name="at"/>.</summary>
    public void Add(DateTimeOffset at, bool good)
    {
        var bucket = at.UtcTicks / _widthTicks;
        var slot = (int)(bucket % _bucket.Length);
        lock (_lock)
        {
            if (_bucket[slot] != bucket)
            {
                if (_bucket[slot] > bucket)
                {
                    return; // older than the span: its slot already holds a later bucket
                }

                _bucket[slot] = bucket;
                _good[slot] = 0;
                _total[slot] = 0;
            }

            _total[slot]++;
            if (good)
            {
                _good[slot]++;
            }
        }
    }

    /// <summary>Sums the buckets of the last <paramref name="window"/> up to <paramref name="now"/>, the current (partial) bucket included.</summary>
    public (long Good, long Total) Sum(DateTimeOffset now, TimeSpan window)
    {
        var current = now.UtcTicks / _widthTicks;
        var buckets = Math.Clamp((window.Ticks + _widthTicks - 1) / _widthTicks, 1, _bucket.Length);
        var oldest = current - buckets + 1;
        long good = 0, total = 0;
        lock (_lock)
        {
            for (var slot = 0; slot < _bucket.Length; slot++)
            {
                if (_bucket[slot] >= oldest && _bucket[slot] <= current)
                {
                    good += _good[slot];
                    total += _total[slot];
                }
            }
        }

        return (good, total);
    }
}
