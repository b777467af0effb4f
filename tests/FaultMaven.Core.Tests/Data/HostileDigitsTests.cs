using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Testing;

namespace FaultMaven.Core.Tests.Data;

/// <summary>
/// Regular expressions' \d also matches other scripts' digits (Arabic-Indic, Devanagari…), which number parsing refuses, and
/// \d+ takes runs too long for an int: a number read from a match must not throw. Each input once ended its upload's
/// analysis (or `fm redact`) with an exception.
/// </summary>
public sealed class HostileDigitsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("<٣٤>Dec 10 06:55:46 host sshd[123]: hello\n<13>Dec 10 06:55:47 host sshd[123]: hello\n")]
    [InlineData("<٣٤>1 2024-03-15T10:00:00Z host app 1 - - hello\n<13>1 2024-03-15T10:00:01Z host app 1 - - hello\n")]
    [InlineData("10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" ٢٠٠ 2326\n10.0.0.1 - - [10/Oct/2000:13:55:37 -0700] \"GET / HTTP/1.0\" 200 2326\n")]
    [InlineData("I٠٣١٥ 10:00:00.000000 1 main.cc:12] hello\nI0315 10:00:01.000000 1 main.cc:12] hello\n")]
    [InlineData("Traceback (most recent call last):\n  File \"/a.py\", line ٣٤, in main\n    x()\nValueError: bad\n")]
    [InlineData("Traceback (most recent call last):\n  File \"/a.py\", line 99999999999999, in main\n    x()\nValueError: bad\n")]
    [InlineData("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:99999999999999 +0x1d\n")]
    [InlineData("NAME   READY   STATUS    RESTARTS   AGE\napi-1  1/1     Running   99999999999999   5m\n")]
    [InlineData("ssn ٣٤٥-٦٧-٨٩٠١ card ٤١١١ ١١١١ ١١١١ ١١١١ end\n")]
    public async Task NumbersInOtherScriptsOrTooLong_AnalysedWithoutException(string text)
    {
        var input = Path.Combine(_dir.Path, "input.txt");
        await File.WriteAllTextAsync(input, text, TestContext.Current.CancellationToken);
        var pipeline = new DataPipeline(Redactor.Default, new DataClassifier());

        var processed = await pipeline.ProcessAsync(input, Path.Combine(_dir.Path, "redacted.txt"), new DataSource("input.txt"), new PseudonymMap(),
            new DataPipelineOptions { Expansion = ExpansionLimit.None }, TestContext.Current.CancellationToken);

        Assert.NotNull(processed);
    }
}
