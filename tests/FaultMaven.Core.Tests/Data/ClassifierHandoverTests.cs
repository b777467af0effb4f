using System.Globalization;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Logs.Formats;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Core.Tests.Data;

// Issue 18: the classifier hands the layout it detected (with the header it learned) to the reading of the upload, which detected it
// a second time on its own sample; and the date assumed for stamps without one comes from the TimeProvider, not the system clock.
public sealed class ClassifierHandoverTests
{
    [Fact]
    public void Issue18_Classify_LearnedHeaderLog_HandsOverTheLayoutItDetected()
    {
        string[] levels = ["INFO", "WARN", "ERROR"];
        var log = string.Join('\n', Enumerable.Range(0, 60).Select(i =>
            $"[2024-03-15 10:{i % 60:00}:{i * 7 % 60:00},{i * 37 % 1000:000}][{levels[i % 3],-5}][net.Pool] evicted {i * 3} entries from shard {i % 7}"));

        var classification = new DataClassifier().Classify(log, "app.log");

        Assert.Equal(DataType.Log, classification.Type);
        var layout = Assert.IsAssignableFrom<LogLayout>(classification.Layout);
        Assert.Equal(classification.Format, layout.Name);
        Assert.InRange(classification.LayoutShare, 0.9, 1);
    }

    [Fact]
    public void Issue18_Classify_Configuration_HandsOverNoLayout()
    {
        var classification = new DataClassifier().Classify("server:\n  port: 8080\n  host: 0.0.0.0\nlogging:\n  level: debug\n", "config.yaml");

        Assert.NotEqual(DataType.Log, classification.Type);
        Assert.Null(classification.Layout);
    }

    [Fact]
    public void Issue18_MetricsTimeOfDayOnly_ReadOnTheTimeProvidersDate()
    {
        var csv = new StringBuilder("time,latency_ms\n");
        for (var i = 0; i < 60; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"10:{i:00}:00,{100 + (i % 5) + (i == 20 ? 900 : 0)}\n");
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 12, 0, 0, TimeSpan.Zero));

        var (result, _, _) = MetricsAnalyzer.Analyze(csv.ToString(), "csv", clock);

        var spike = Assert.Single(result.Events, e => e.Kind == "spike");
        Assert.Equal(new DateOnly(2031, 5, 6), DateOnly.FromDateTime(spike.Time!.Value.UtcDateTime));
    }
}
