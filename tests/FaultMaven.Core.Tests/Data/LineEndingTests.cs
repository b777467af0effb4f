using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Testing;

namespace FaultMaven.Core.Tests.Data;

/// <summary>A lone carriage return (old Mac OS line endings) ends a line for every reader of an upload: the classifier, the stored text
/// and the log analysis see the same lines; CRLF text is stored as it came.</summary>
public sealed class LineEndingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("a\rb\rc\r", "a\nb\nc\n")]
    [InlineData("a\r\nb\r\nc", "a\r\nb\r\nc")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\r", "a\n")]
    [InlineData("no endings", "no endings")]
    public void CarriageReturnReader_LoneCrBecomesLf_CrLfIsKept(string input, string expected)
    {
        using var reader = new CarriageReturnReader(new StringReader(input));

        Assert.Equal(expected, reader.ReadToEnd());
    }

    [Fact]
    public async Task CarriageReturnReader_CrAtABufferBoundary_IsDecidedByTheNextCharacter()
    {
        // 65,536 characters fill the reader's buffer exactly: the CR before the LF and the CR before "x" each end one.
        var text = new string('a', (1 << 16) - 1) + "\r\nb" + new string('c', (1 << 16) - 3) + "\rx";
        using var reader = new CarriageReturnReader(new StringReader(text));

        var read = await reader.ReadToEndAsync(Token);

        Assert.Equal(text.Replace("c\rx", "c\nx", StringComparison.Ordinal), read);
    }

    [Fact]
    public async Task Pipeline_CrOnlyLog_IsStoredAndAnalysedAsItsLines()
    {
        var lines = Enumerable.Range(0, 20).Select(i => $"2026-07-02T09:{i:00}:00Z INFO worker processed batch {i}").ToList();
        lines[12] = "2026-07-02T09:12:00Z ERROR worker could not connect to ledger-db:5432: connection refused";
        var input = Path.Combine(_dir.Path, "cr.log");
        await File.WriteAllTextAsync(input, string.Join('\r', lines) + "\r", Token);
        var redacted = Path.Combine(_dir.Path, "redacted.txt");

        var processed = await new DataPipeline(Redactor.Default, new DataClassifier()).ProcessAsync(input, redacted, new DataSource("cr.log"), new PseudonymMap(),
            new DataPipelineOptions { Expansion = ExpansionLimit.None }, Token);

        Assert.Equal(DataType.Log, processed.Classification.Type);
        var stored = await File.ReadAllTextAsync(redacted, Token);
        Assert.Equal(20, stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(20, processed.Analysis.Log!.Input.Events);
    }
}
