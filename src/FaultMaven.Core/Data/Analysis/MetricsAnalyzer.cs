using System.Globalization;
using System.Text.Json;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>Statistics of one series.</summary>
public sealed record SeriesStatistics(
    string Name, int Points, double Min, double Max, double Mean, double StdDev, double P50, double P95, double First, double Last,
    DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>A spike (one point far from the series' median) or a change point (the level shifts and stays).</summary>
public sealed record MetricEvent(string Series, string Kind, DateTimeOffset? Time, double Value, double Baseline, EvidenceRange Evidence);

/// <summary>The series in a metrics upload, their statistics and the spikes and change points found in them.</summary>
public sealed record MetricsAnalysis(string Format, IReadOnlyList<SeriesStatistics> Series, IReadOnlyList<MetricEvent> Events);

/// <summary>Reads CSV time series (one column per series, or long: label columns and a value column), Prometheus exposition text, Prometheus query API results and JSON
/// point lists; computes per-series statistics, spikes (robust z-score on median and MAD) and change points (the split with
/// the largest difference of means, by Welch's t).</summary>
public static partial class MetricsAnalyzer
{
    private const double SpikeSigmas = 5;
    private const double ChangeT = 6;
    private const int MaxEventsPerSeries = 3;

    /// <summary>Analyses metrics text in the given <paramref name="format"/> (as the classifier named it).</summary>
    /// <param name="text">The metrics text.</param>
    /// <param name="format">Its format.</param>
    /// <param name="timeProvider">Gives the date assumed for a time of day alone (the system clock when null).</param>
    public static (MetricsAnalysis Result, IReadOnlyList<DataFinding> Findings, string Summary) Analyze(string text, string? format, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var series = format switch
        {
            "prometheus" => ReadExposition(text),
            "prometheus-json" or "json" => ReadJson(text),
            _ => ReadCsv(text, new TimestampParser(DateOnly.FromDateTime((timeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime))),
        };

        var statistics = new List<SeriesStatistics>();
        var events = new List<MetricEvent>();
        foreach (var (name, points) in series)
        {
            if (points.Count == 0)
            {
                continue;
            }

            statistics.Add(Statistics(name, points));
            events.AddRange(Spikes(name, points));
            if (ChangePoint(name, points) is { } change)
            {
                events.Add(change);
            }
        }

        events.Sort((a, b) => Nullable.Compare(a.Time, b.Time));
        var findings = events.Select((e, n) => new DataFinding(
            $"metric-{n + 1}",
            e.Kind,
            FindingSeverity.Warning,
            e.Kind == "spike"
                ? $"{e.Series} spiked to {Format(e.Value)} (median {Format(e.Baseline)}){At(e.Time)}"
                : $"{e.Series} shifted from {Format(e.Baseline)} to {Format(e.Value)} on average{At(e.Time)}",
            e.Evidence)).ToList();
        var span = statistics.Where(s => s.Start is not null).ToList();
        var summary = $"{statistics.Count} series ({format ?? "csv"})"
            + (span.Count > 0 ? $" from {span.Min(s => s.Start):u} to {span.Max(s => s.End):u}" : "")
            + $"; {events.Count(e => e.Kind == "spike")} spikes and {events.Count(e => e.Kind == "change-point")} change points.";
        return (new MetricsAnalysis(format ?? "csv", statistics, events), findings, summary);
    }

    private static string At(DateTimeOffset? time) => time is null ? "" : $" at {time:yyyy-MM-dd HH:mm:ss}Z";

    private static string Format(double value) => value.ToString(Math.Abs(value) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture);

    private static SeriesStatistics Statistics(string name, List<Point> points)
    {
        var values = points.Select(p => p.Value).ToArray();
        var sorted = values.Order().ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Length;
        return new SeriesStatistics(
            name, values.Length, sorted[0], sorted[^1], mean, Math.Sqrt(variance), Quantile(sorted, 0.5), Quantile(sorted, 0.95),
            values[0], values[^1], points[0].Time, points[^1].Time);
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];

    private static IEnumerable<MetricEvent> Spikes(string name, List<Point> points)
    {
        if (points.Count < 5)
        {
            return [];
        }

        var sorted = points.Select(p => p.Value).Order().ToArray();
        var median = Quantile(sorted, 0.5);
        var deviations = points.Select(p => Math.Abs(p.Value - median)).Order().ToArray();
        var scale = 1.4826 * Quantile(deviations, 0.5);
        // A flat series (MAD 0) has a spike wherever it moves by more than half its median.
        bool IsSpike(double v) => scale > 0 ? Math.Abs(v - median) > SpikeSigmas * scale : Math.Abs(v - median) > Math.Max(1e-9, Math.Abs(median) * 0.5);
        return points.Where(p => IsSpike(p.Value))
            .OrderByDescending(p => Math.Abs(p.Value - median))
            .Take(MaxEventsPerSeries)
            .Select(p => new MetricEvent(name, "spike", p.Time, p.Value, median, p.Evidence));
    }

    private static MetricEvent? ChangePoint(string name, List<Point> points)
    {
        var n = points.Count;
        if (n < 8)
        {
            return null;
        }

        var sum = new double[n + 1];
        var squares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            sum[i + 1] = sum[i] + points[i].Value;
            squares[i + 1] = squares[i] + points[i].Value * points[i].Value;
        }

        var (bestT, bestK) = (0.0, -1);
        for (var k = 4; k <= n - 4; k++)
        {
            var (left, right) = (Moments(0, k), Moments(k, n));
            var error = Math.Sqrt(left.Variance / k + right.Variance / (n - k));
            var t = error > 0 ? Math.Abs(right.Mean - left.Mean) / error : 0;
            if (t > bestT)
            {
                (bestT, bestK) = (t, k);
            }
        }

        if (bestK < 0 || bestT < ChangeT)
        {
            return null;
        }

        var (before, after) = (Moments(0, bestK), Moments(bestK, n));
        if (Math.Abs(after.Mean - before.Mean) < Math.Max(Math.Abs(before.Mean), 1e-9) * 0.2)
        {
            return null;
        }

        return new MetricEvent(name, "change-point", points[bestK].Time, after.Mean, before.Mean, points[bestK].Evidence);

        (double Mean, double Variance) Moments(int from, int to)
        {
            var count = to - from;
            var mean = (sum[to] - sum[from]) / count;
            return (mean, Math.Max(0, (squares[to] - squares[from]) / count - mean * mean));
        }
    }

    private static Dictionary<string, List<Point>> ReadExposition(string text)
    {
        var series = new Dictionary<string, List<Point>>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // name{labels} value [timestamp]: one point per series; a family's series are summarised together.
            var end = line.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : line.IndexOf(' ');
            if (end <= 0 || end >= line.Length)
            {
                continue;
            }

            var fields = line[end..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var family = line[..(line.IndexOf('{') is var open and > 0 ? open : end)].Trim();
            if (fields.Length > 0 && double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                DateTimeOffset? at = fields.Length > 1 && long.TryParse(fields[1], out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
                Add(series, family, new Point(at, value, EvidenceRange.Line(i + 1)));
            }
        }

        return series;
    }

    private static Dictionary<string, List<Point>> ReadJson(string text)
    {
        var series = new Dictionary<string, List<Point>>();
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        var record = 0L;
        Walk(document.RootElement, "value");
        return series;

        void Walk(JsonElement element, string name)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object when element.TryGetProperty("metric", out var metric) && element.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array:
                    var label = metric.ValueKind == JsonValueKind.Object ? SeriesName(metric) : metric.ToString();
                    foreach (var pair in values.EnumerateArray())
                    {
                        if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2 && Number(pair[1]) is { } v)
                        {
                            Add(series, label, new Point(Time(pair[0]), v, EvidenceRange.Records(record, record)));
                        }

                        record++;
                    }

                    break;
                case JsonValueKind.Object when Number(Property(element, "value")) is { } v && Property(element, "timestamp", "time", "ts") is { } at:
                    Add(series, name, new Point(Time(at), v, EvidenceRange.Records(record, record)));
                    record++;
                    break;
                case JsonValueKind.Object:
                    var own = element.TryGetProperty("metric", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : name;
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, property.Name is "points" or "datapoints" or "values" or "data" or "result" ? own : property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() == 2 && Number(item[1]) is { } pv)
                        {
                            Add(series, name, new Point(Time(item[0]), pv, EvidenceRange.Records(record, record)));
                            record++;
                        }
                        else
                        {
                            Walk(item, name);
                        }
                    }

                    break;
            }
        }
    }

    private static string SeriesName(JsonElement labels)
    {
        var name = labels.TryGetProperty("__name__", out var n) ? n.GetString() ?? "" : "";
        var rest = labels.EnumerateObject().Where(p => p.Name != "__name__").Select(p => $"{p.Name}=\"{p.Value}\"");
        return $"{name}{{{string.Join(',', rest)}}}";
    }

    private static JsonElement? Property(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static double? Number(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    private static DateTimeOffset? Time(JsonElement? element)
    {
        if (element is not { } e)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number)
        {
            var seconds = e.GetDouble();
            return seconds > 1e11 ? DateTimeOffset.FromUnixTimeMilliseconds((long)seconds) : DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        }

        return e.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUniversalTime() : null;
    }

    private static void Add(Dictionary<string, List<Point>> series, string name, Point point)
    {
        if (!series.TryGetValue(name, out var points))
        {
            series[name] = points = [];
        }

        points.Add(point);
    }

    private sealed record Point(DateTimeOffset? Time, double Value, EvidenceRange Evidence);
}
