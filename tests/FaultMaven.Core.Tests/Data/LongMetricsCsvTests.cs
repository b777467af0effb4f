using System.Globalization;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Tests.Data;

/// <summary>Long-format metrics CSV (one row per series and time, the series named by label columns), as Grafana, CloudWatch and
/// database exports write it: read as metrics with one series per label combination, while a log exported as CSV stays a log.</summary>
public sealed class LongMetricsCsvTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static string LongTable(string header = "timestamp,host,metric,value")
    {
        var csv = new StringBuilder(header + "\n");
        for (var i = 0; i < 40; i++)
        {
            foreach (var host in new[] { "api-1", "api-2", "api-3" })
            {
                var cpu = 0.30 + i % 3 * 0.01 + (host == "api-2" && i == 25 ? 0.65 : 0);
                csv.Append(CultureInfo.InvariantCulture, $"{Start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{host},cpu,{cpu:0.00}\n");
                csv.Append(CultureInfo.InvariantCulture, $"{Start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{host},rss_mb,{512 + i % 4}\n");
            }
        }

        return csv.ToString();
    }

    [Theory]
    [InlineData("metrics.csv")]
    [InlineData(null)]
    public void LongTable_IsClassifiedAsMetrics(string? name)
    {
        var result = new DataClassifier().Classify(LongTable(), name);

        Assert.Equal(DataType.Metrics, result.Type);
        Assert.Equal("csv", result.Format);
    }

    [Fact]
    public void LongTable_GivesOneSeriesPerLabelCombination_NamedByTheMetricColumn_AndFindsTheSpikeOnItsLine()
    {
        var (result, findings, _) = MetricsAnalyzer.Analyze(LongTable(), "csv");

        Assert.Equal(6, result.Series.Count);
        Assert.All(result.Series, s => Assert.Equal(40, s.Points));
        Assert.Contains(result.Series, s => s.Name == "cpu{host=api-2}");
        Assert.Contains(result.Series, s => s.Name == "rss_mb{host=api-3}");
        var spike = Assert.Single(result.Events, e => e.Kind == "spike");
        Assert.Equal("cpu{host=api-2}", spike.Series);
        Assert.Equal(Start.AddMinutes(25), spike.Time);
        Assert.Equal(EvidenceRange.Line(2 + 25 * 6 + 2), spike.Evidence);
        Assert.Contains(findings, f => f.Title.StartsWith("cpu{host=api-2} spiked", StringComparison.Ordinal));
    }

    [Fact]
    public void LongTable_WithoutAMetricNameColumn_NamesSeriesByTheValueColumn()
    {
        var (result, _, _) = MetricsAnalyzer.Analyze(LongTable("time,instance,kind,latency"), "csv");

        Assert.Contains(result.Series, s => s.Name == "latency{instance=api-1, kind=cpu}");
    }

    [Fact]
    public void LongTable_WithThousandsOfLabelColumns_NamesAFewInItsSignal()
    {
        var csv = new StringBuilder("timestamp," + string.Join(',', Enumerable.Range(0, 2000).Select(i => $"l{i}")) + ",value\n");
        for (var i = 0; i < 20; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{string.Join(',', Enumerable.Repeat(i % 2 == 0 ? "a" : "b", 2000))},{i}\n");
        }

        var result = new DataClassifier().Classify(csv.ToString(), "wide.csv");

        Assert.Equal(DataType.Metrics, result.Type);
        var signal = Assert.Single(result.Signals, s => s.Contains("long-format", StringComparison.Ordinal));
        Assert.Contains("l0, l1, l2, l3, l4 and 1995 more", signal, StringComparison.Ordinal);
    }

    [Fact]
    public void LogExportedAsCsv_WithAMessageColumn_IsNotReadAsMetrics()
    {
        var csv = new StringBuilder("timestamp,level,message,latency_ms\n");
        for (var i = 0; i < 60; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Start.AddSeconds(i):yyyy-MM-ddTHH:mm:ssZ},{(i % 7 == 0 ? "ERROR" : "INFO")},request {i} to /orders/{i * 13} took a while,{100 + i}\n");
        }

        var result = new DataClassifier().Classify(csv.ToString(), null);

        Assert.NotEqual(DataType.Metrics, result.Type);
    }

    [Fact]
    public void LongTable_WithMoreLabelCombinationsThanTheCap_KeepsTheFirstOnes()
    {
        var csv = new StringBuilder("timestamp,pod,value\n");
        for (var pod = 0; pod < LongCsv.MaxSeries + 500; pod++)
        {
            for (var i = 0; i < 3; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{Start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},pod-{pod},{i}\n");
            }
        }

        var (result, _, _) = MetricsAnalyzer.Analyze(csv.ToString(), "csv");

        Assert.Equal(LongCsv.MaxSeries, result.Series.Count);
        Assert.All(result.Series, s => Assert.Equal(3, s.Points));
    }
}
