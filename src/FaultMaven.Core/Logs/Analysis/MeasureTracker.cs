using System.Globalization;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Logs.Analysis;

/// <summary>Follows the quantities a log states in its messages — durations ("completed in 10.01 seconds", "after 5000ms"), sizes
/// ("Memory usage: 812MB") and percentages — per template, so that a slow call, latency that creeps up or memory that only grows is
/// visible even when every line is INFO. Memory is bounded: at most <see cref="MaxSeries"/> series, each a stride sample of at most
/// <see cref="MaxPoints"/> points (halved and its stride doubled when full), so trends survive any log length.</summary>
internal sealed partial class MeasureTracker
{
    private const int MaxSeries = 256;
    private const int MaxPoints = 512;
    private const int MaxPerMessage = 2;
    private const int MaxCountsPerMessage = 4;

    private readonly Dictionary<(int Template, string Slot), Series> _series = [];

    /// <summary>Reads the measures of one event: its headline's quantities and counts, and its structured numeric fields.</summary>
    public void Add(int template, string headline, IReadOnlyList<KeyValuePair<string, double>>? numbers, long line, DateTimeOffset? time)
    {
        foreach (var (key, value) in numbers ?? [])
        {
            var (kind, factor) = FieldUnit(key);
            Record((template, "f:" + key), kind, key, value * factor, headline, line, time);
        }

        if (headline.Length > 4096 || headline.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        var index = 0;
        for (var match = Quantity().Match(headline); match.Success && index < MaxPerMessage; match = match.NextMatch())
        {
            if (double.TryParse(match.Groups["value"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Normalise(match.Groups["unit"].Value) is { } unit
                && !(unit.Kind == "duration" && Waiting().IsMatch(headline.AsSpan(Math.Max(0, match.Index - 24), Math.Min(24, match.Index)))))
            {
                Record((template, $"q{index++}"), unit.Kind, null, value * unit.Factor, headline, line, time);
            }
        }

        // Counts named by a key (goroutines=812, "open_fds": 1024): what a leak of threads, handles or connections looks like.
        var counted = 0;
        for (var match = KeyCount().Match(headline); match.Success && counted < MaxCountsPerMessage; match = match.NextMatch(), counted++)
        {
            if (double.TryParse(match.Groups["value"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Record((template, "c:" + match.Groups["key"].Value), "count", match.Groups["key"].Value, value, headline, line, time);
            }
        }
    }

    /// <summary>A structured field's unit, read from its name's suffix (<c>latency_ms</c>, <c>heap_mb</c>, <c>cpu_pct</c>); a name
    /// without one is a count.</summary>
    private static (string Kind, double Factor) FieldUnit(string key)
    {
        var k = key.ToLowerInvariant();
        return k switch
        {
            _ when k.EndsWith("_ms", StringComparison.Ordinal) || k.EndsWith("millis", StringComparison.Ordinal) || k.EndsWith("ms", StringComparison.Ordinal) && k.Length > 2 && !char.IsLetter(k[^3]) => ("duration", 1),
            _ when k.EndsWith("_us", StringComparison.Ordinal) || k.EndsWith("_micros", StringComparison.Ordinal) => ("duration", 0.001),
            _ when k.EndsWith("_seconds", StringComparison.Ordinal) || k.EndsWith("_sec", StringComparison.Ordinal) || k.EndsWith("_s", StringComparison.Ordinal) => ("duration", 1000),
            _ when k.EndsWith("_mb", StringComparison.Ordinal) || k.EndsWith("_mib", StringComparison.Ordinal) => ("size", 1),
            _ when k.EndsWith("_kb", StringComparison.Ordinal) || k.EndsWith("_kib", StringComparison.Ordinal) => ("size", 1.0 / 1024),
            _ when k.EndsWith("_gb", StringComparison.Ordinal) || k.EndsWith("_gib", StringComparison.Ordinal) => ("size", 1024),
            _ when k.EndsWith("bytes", StringComparison.Ordinal) => ("size", 1.0 / (1024 * 1024)),
            _ when k.EndsWith("_pct", StringComparison.Ordinal) || k.EndsWith("percent", StringComparison.Ordinal) || k.EndsWith("percentage", StringComparison.Ordinal) => ("percent", 1),
            _ => ("count", 1),
        };
    }

    private void Record((int Template, string Slot) key, string kind, string? name, double value, string headline, long line, DateTimeOffset? time)
    {
        if (!_series.TryGetValue(key, out var series))
        {
            if (_series.Count >= MaxSeries)
            {
                return;
            }

            series = new Series(kind, name, line, headline.Length > 300 ? headline[..300] : headline);
            _series[key] = series;
        }

        if (series.Kind == kind)
        {
            series.Add(value, line, time);
        }
    }

    /// <summary>The series with enough points to speak of, their template ids mapped by <paramref name="current"/> (the miner folds
    /// templates as it learns).</summary>
    public IReadOnlyList<MeasureSeries> Report(Func<int, (int Id, string Template)> current) =>
        _series.Where(s => s.Value.Count >= 3)
            .Select(s => s.Value.Summarize(current(s.Key.Template), s.Key.Slot))
            .OrderByDescending(s => s.Count)
            .Take(96)
            .ToList();

    private static (string Kind, double Factor)? Normalise(string unit) => unit.ToLowerInvariant() switch
    {
        "ms" or "msec" or "millisecond" or "milliseconds" => ("duration", 1),
        "s" or "sec" or "secs" or "second" or "seconds" => ("duration", 1000),
        "us" or "µs" or "microsecond" or "microseconds" => ("duration", 0.001),
        "min" or "mins" or "minute" or "minutes" => ("duration", 60_000),
        "kb" or "kib" => ("size", 1.0 / 1024),
        "mb" or "mib" => ("size", 1),
        "gb" or "gib" => ("size", 1024),
        "%" or "percent" => ("percent", 1),
        _ => null,
    };

    // A number with its unit, the unit ending at a word boundary: "10.01 seconds", "5000ms", "812MB", "93.5%".
    [GeneratedRegex(@"(?<![\w.])(?<value>\d{1,12}(?:\.\d{1,6})?)\s?(?<unit>ms|msec|milliseconds?|secs?|seconds?|s|us|µs|microseconds?|mins?|minutes?|[KMG]i?B|%|percent)(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?<![\w.])""?(?<key>[A-Za-z][A-Za-z0-9_.]{1,40})""?\s?[=:]\s?(?<value>\d{1,12})(?![\w.%:/-])", RegexOptions.CultureInvariant)]
    private static partial Regex KeyCount();

    // A duration after these words is a wait someone chose (a retry back-off, a poll interval, a configured timeout), not work done.
    [GeneratedRegex(@"(?:retry|retrying|backoff|back-off|sleep|sleeping|wait|waiting|every|interval|timeout|ttl|expires?|again)\s+(?:in|for|of|after|=|:)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Waiting();

    private sealed class Series(string kind, string? name, long firstLine, string example)
    {
        private readonly List<(long Line, DateTimeOffset? Time, double Value)> _points = [];
        private long _stride = 1;
        private long _seen;
        private double _min = double.MaxValue;
        private double _max = double.MinValue;
        private long _maxLine;
        private long _lastLine;

        public string Kind { get; } = kind;

        public string? Name { get; } = name;

        public long Count => _seen;

        public void Add(double value, long line, DateTimeOffset? time)
        {
            if (value < _min)
            {
                _min = value;
            }

            if (value > _max)
            {
                _max = value;
                _maxLine = line;
            }

            _lastLine = line;
            if (_seen++ % _stride != 0)
            {
                return;
            }

            _points.Add((line, time, value));
            if (_points.Count >= MaxPoints)
            {
                // Keep every other point and sample half as often: an even sample of the whole series at any length.
                for (var i = 0; i < _points.Count / 2; i++)
                {
                    _points[i] = _points[i * 2];
                }

                _points.RemoveRange(_points.Count / 2, _points.Count - _points.Count / 2);
                _stride *= 2;
            }
        }

        public MeasureSeries Summarize((int Id, string Template) template, string slot)
        {
            var values = _points.Select(p => p.Value).ToArray();
            var tenth = Math.Max(1, values.Length / 10);
            return new MeasureSeries(
                template.Id,
                slot,
                template.Template,
                example,
                Kind,
                Name,
                _seen,
                Median(values[..tenth]),
                Median(values[^tenth..]),
                Median(values),
                _min,
                _max,
                RankCorrelation(values),
                firstLine,
                _lastLine,
                _maxLine,
                _points.FirstOrDefault(p => p.Time is not null).Time,
                _points.LastOrDefault(p => p.Time is not null).Time);
        }

        private static double Median(double[] values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        /// <summary>Spearman's rank correlation of the values with their order: 1 when they only grow, −1 when they only fall.</summary>
        private static double RankCorrelation(double[] values)
        {
            var n = values.Length;
            if (n < 3)
            {
                return 0;
            }

            var ranks = new double[n];
            var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
            for (var i = 0; i < n;)
            {
                var j = i;
                while (j + 1 < n && values[order[j + 1]] == values[order[i]])
                {
                    j++;
                }

                for (var k = i; k <= j; k++)
                {
                    ranks[order[k]] = (i + j) / 2.0;
                }

                i = j + 1;
            }

            var mean = (n - 1) / 2.0;
            double covariance = 0, varianceX = 0, varianceY = 0;
            for (var i = 0; i < n; i++)
            {
                covariance += (i - mean) * (ranks[i] - mean);
                varianceX += (i - mean) * (i - mean);
                varianceY += (ranks[i] - mean) * (ranks[i] - mean);
            }

            return varianceY == 0 ? 0 : covariance / Math.Sqrt(varianceX * varianceY);
        }
    }
}

/// <summary>A quantity one log template states, over the whole log: durations in milliseconds, sizes in megabytes, or percentages.</summary>
/// <param name="TemplateId">The template it belongs to.</param>
/// <param name="Slot">Which quantity: <c>q0</c>, <c>q1</c> of the message text, <c>c:key</c> a count after a key in it, <c>f:key</c> a
/// structured field.</param>
/// <param name="Template">The template text.</param>
/// <param name="Example">The first message it was read from.</param>
/// <param name="Kind"><c>duration</c> (ms), <c>size</c> (MB), <c>percent</c> or <c>count</c> (a number after a key).</param>
/// <param name="Name">The key of a count (<c>goroutines</c>), else null.</param>
/// <param name="Count">How many times it was stated.</param>
/// <param name="Start">The median of its first tenth.</param>
/// <param name="End">The median of its last tenth.</param>
/// <param name="Median">The median over the whole log.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Trend">Rank correlation with time, −1 … 1: near 1 when it only grows.</param>
/// <param name="FirstLine">The first line stating it.</param>
/// <param name="LastLine">The last line stating it.</param>
/// <param name="MaxLine">The line of the largest value.</param>
/// <param name="FirstSeen">When it was first stated, when the log has times.</param>
/// <param name="LastSeen">When it was last stated.</param>
public sealed record MeasureSeries(
    int TemplateId,
    string Slot,
    string Template,
    string Example,
    string Kind,
    string? Name,
    long Count,
    double Start,
    double End,
    double Median,
    double Min,
    double Max,
    double Trend,
    long FirstLine,
    long LastLine,
    long MaxLine,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen);
