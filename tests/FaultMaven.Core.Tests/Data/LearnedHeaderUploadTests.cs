using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Testing;

namespace FaultMaven.Core.Tests.Data;

/// <summary>Issue 18: an upload's analysis reads the header fields layout detection learns from the file (bracketed stamp, level
/// and component here), not only <c>fm logs parse</c>. The classifier passes a layout by name, and a name cannot carry them.</summary>
public sealed class LearnedHeaderUploadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Upload_BracketedHeader_TemplatesHoldOnlyTheMessage()
    {
        string[] levels = ["INFO", "INFO", "WARN", "ERROR"];
        string[] components = ["cache.Evictor", "net.Pool", "db.Writer"];
        var lines = Enumerable.Range(0, 60).Select(i =>
            $"[2024-03-15 10:{i % 60:00}:{i * 7 % 60:00},{i * 37 % 1000:000}][{levels[i % 4],-5}][{components[i % 3]}] evicted {i * 3} entries from shard {i % 7}");
        var input = Path.Combine(_dir.Path, "app.log");
        await File.WriteAllLinesAsync(input, lines, TestContext.Current.CancellationToken);

        var processed = await new DataPipeline(Redactor.Default, new DataClassifier()).ProcessAsync(
            input, Path.Combine(_dir.Path, "redacted.txt"), new DataSource("app.log"), new PseudonymMap(), cancellationToken: TestContext.Current.CancellationToken);

        var log = processed.Analysis.Log!;
        Assert.Equal("evicted <*> entries from shard <*>", Assert.Single(log.Templates).Template);
        Assert.Equal(15, log.Levels.Single(l => l.Key.Equals("error", StringComparison.OrdinalIgnoreCase)).Value);
    }
}
