using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>Current state read from metrics: a series that moved the bad way (errors, latency, usage, lag up; free space or memory
/// down) by half its typical level or more (typical: the better of its first value and its median) and is back near it at the end of
/// the data has recovered. When every such
/// series has, an alert raised on them describes the past — "nothing is broken now" is the answer the evidence gives.</summary>
internal static class MetricRecovery
{
    /// <summary>A moved series: its name, worst value, typical value (median), last value, and whether it came back.</summary>
    public sealed record Excursion(string Series, string Source, double Worst, double Typical, double Last, DateTimeOffset? End, bool Recovered);

    public static List<Excursion> Read(IReadOnlyList<CaseEvidence> evidence)
    {
        var excursions = new List<Excursion>();
        foreach (var item in evidence.Where(e => e.Analysis.Metrics is not null))
        {
            foreach (var series in item.Analysis.Metrics!.Series.Where(s => s.Points >= 5))
            {
                var lowIsBad = SignalExtractor.IsFree(series.Name);
                var worst = lowIsBad ? series.Min : series.Max;
                // Typical: the better of the first value and the median — a failure that fills most of the window moves the median.
                var typical = lowIsBad ? Math.Max(series.First, series.P50) : Math.Min(series.First, series.P50);
                var scale = Math.Max(Math.Abs(typical), 1e-9);
                if ((lowIsBad ? typical - worst : worst - typical) < 0.5 * scale)
                {
                    continue;
                }

                // Back within a fifth of the excursion of its typical level, or better than typical.
                var recovered = lowIsBad ? series.Last >= typical - 0.2 * (typical - worst) : series.Last <= typical + 0.2 * (worst - typical);
                excursions.Add(new Excursion(series.Name, item.Name, worst, typical, series.Last, series.End, recovered));
            }
        }

        return excursions;
    }

    /// <summary>Whether the evidence behind a signal is a metrics export or an alert (not a log that may still be failing).</summary>
    public static bool FromMetricsOrAlert(Signal signal, IReadOnlyList<CaseEvidence> evidence) =>
        evidence.FirstOrDefault(e => signal.Evidence.Id.StartsWith(e.Upload.Id, StringComparison.Ordinal)) is { } item
        && (item.Analysis.Metrics is not null || item.Upload.Classification.Type == DataType.Alert);

    public static string Describe(Excursion e) => $"{e.Series} went to {SignalExtractor.Number(e.Worst)} (typical {SignalExtractor.Number(e.Typical)}) and is back to {SignalExtractor.Number(e.Last)}{At(e)}";

    public static string DescribeOpen(Excursion e) => $"{e.Series} is still at {SignalExtractor.Number(e.Last)}{At(e)} (worst {SignalExtractor.Number(e.Worst)}, typical {SignalExtractor.Number(e.Typical)})";

    private static string At(Excursion e) => e.End is { } end ? $" at {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "";

}
