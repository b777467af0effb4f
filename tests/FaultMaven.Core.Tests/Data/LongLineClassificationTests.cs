using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;

namespace FaultMaven.Core.Tests.Data;

/// <summary>The hostile pass's NDJSON holding a 100,000-digit number, classified as a stack trace: a sample of one to three long
/// lines (a huge numeric token, a minified document, a line cut at the sample's end) that holds an error word is data, not a pasted
/// error message; a short pasted error still is one.</summary>
public sealed class LongLineClassificationTests
{
    private readonly DataClassifier _classifier = new();

    [Theory]
    [InlineData(100_000)]
    [InlineData(10_000)]
    public void Classify_NdjsonWithAHugeNumber_IsNotAStackTrace(int digits)
    {
        var record = $$"""{"level":"error","msg":"checksum failed","value":{{new string('7', digits)}}}""";
        var ndjson = string.Join("\n", Enumerable.Repeat(record, 3)) + "\n";

        var classification = _classifier.Classify(ndjson, "events.ndjson");

        Assert.NotEqual(DataType.StackTrace, classification.Type);
    }

    [Fact]
    public void Classify_OneVeryLongLineWithAnErrorWord_IsNotAStackTrace()
    {
        var line = "error " + string.Concat(Enumerable.Repeat("a1b2c3d4 ", 2_000));

        Assert.NotEqual(DataType.StackTrace, _classifier.Classify(line).Type);
    }

    [Theory]
    [InlineData("ERROR: connection refused by db-primary:5432")]
    [InlineData("System.TimeoutException: The operation has timed out after 30000 ms.")]
    public void Classify_AShortPastedError_IsStillAnErrorMessage(string message)
    {
        var classification = _classifier.Classify(message);

        Assert.Equal(DataType.StackTrace, classification.Type);
        Assert.Equal("error-message", classification.Format);
    }
}
