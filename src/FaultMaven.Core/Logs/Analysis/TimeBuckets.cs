namespace FaultMaven.Core.Logs.Analysis;

/// <summary>
/// Counts per time bucket with bounded memory: buckets start one second wide and double in width
/// (merging neighbours) whenever there would be more than <see cref="MaxBuckets"/>.
/// </summary>
internal sealed class TimeBuckets
{
    public const int MaxBuckets = 2048;
    private const int LinesPerBucket = 5;

    private SortedDictionary<long, Bucket> _buckets = [];

    /// <summary>Bucket width in ticks.</summary>
    public long Width { get; private set; } = TimeSpan.TicksPerSecond;

    public IEnumerable<KeyValuePair<long, Bucket>> All => _buckets;

    public void Add(DateTimeOffset time, int templateId, bool error, bool warning, long line)
    {
        var index = time.UtcTicks / Width;
        if (!_buckets.TryGetValue(index, out var bucket))
        {
            if (_buckets.Count >= MaxBuckets)
            {
                Coarsen();
                Add(time, templateId, error, warning, line);
                return;
            }

            bucket = new Bucket();
            _buckets[index] = bucket;
        }

        bucket.Add(templateId, error, warning, line);
    }

    private void Coarsen()
    {
        Width *= 2;
        var merged = new SortedDictionary<long, Bucket>();
        foreach (var (index, bucket) in _buckets)
        {
            var target = index / 2;
            if (merged.TryGetValue(target, out var existing))
            {
                existing.Absorb(bucket);
            }
            else
            {
                merged[target] = bucket;
            }
        }

        _buckets = merged;
    }

    internal sealed class Bucket
    {
        public long Total { get; private set; }

        public long Errors { get; private set; }

        public long Warnings { get; private set; }

        public Dictionary<int, long> Templates { get; } = [];

        public List<long> ErrorLines { get; } = [];

        public long FirstLine { get; private set; } = long.MaxValue;

        public void Add(int templateId, bool error, bool warning, long line)
        {
            Total++;
            Errors += error ? 1 : 0;
            Warnings += warning ? 1 : 0;
            Templates[templateId] = Templates.GetValueOrDefault(templateId) + 1;
            FirstLine = Math.Min(FirstLine, line);
            if (error && ErrorLines.Count < LinesPerBucket)
            {
                ErrorLines.Add(line);
            }
        }

        public void Absorb(Bucket other)
        {
            Total += other.Total;
            Errors += other.Errors;
            Warnings += other.Warnings;
            FirstLine = Math.Min(FirstLine, other.FirstLine);
            foreach (var (id, count) in other.Templates)
            {
                Templates[id] = Templates.GetValueOrDefault(id) + count;
            }

            foreach (var line in other.ErrorLines)
            {
                if (ErrorLines.Count >= LinesPerBucket)
                {
                    break;
                }

                ErrorLines.Add(line);
            }
        }

        /// <summary>Re-keys template counts after templates were merged by the miner.</summary>
        public void Remap(Func<int, int> current)
        {
            foreach (var id in Templates.Keys.ToList())
            {
                var target = current(id);
                if (target != id)
                {
                    var count = Templates[id];
                    Templates.Remove(id);
                    Templates[target] = Templates.GetValueOrDefault(target) + count;
                }
            }
        }
    }
}
