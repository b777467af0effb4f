using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Tests.Logs;

/// <summary>Whether a line continues the event before it is decided by a cheap check in front of the expression; on lines
/// made of stack-trace and log pieces, the answer must be the expression's alone.</summary>
public sealed partial class ContinuationLineTests
{
    [GeneratedRegex(@"^(?:at |Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|Traceback \(most recent call last\)|During handling of the above exception|The above exception was the direct cause|panic: |fatal error: |goroutine \d+ \[|created by |[\w.$]+(?:Exception|Error|Throwable|Panic)(?::|$)|[\w./*()\[\]-]+\(.*\)$|[}\]]|---)")]
    private static partial Regex Reference();

    private static readonly string[] Pieces =
        ["at ", "Caused by:", "Suppressed:", "... 12 more", "... 3 common frames omitted", "Traceback (most recent call last)", "During handling of the above exception",
         "The above exception was the direct cause", "panic: ", "fatal error: ", "goroutine 7 [", "created by ", "java.lang.IllegalStateException", "Error", ":", "Panic",
         "Throwable", "com.example.Foo.bar(Foo.java:42)", "(", ")", " ", "\t", "}", "]", "---", "2024-01-01 INFO x", "é", "$", ".", "-", "/", "*", "[", "x"];

    [Fact]
    public void RandomLines_SameAnswerAsTheExpression()
    {
        var random = new Random(31337);
        var continuations = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var line = new StringBuilder();
            for (var p = random.Next(1, 6); p > 0; p--)
            {
                line.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = line.ToString();
            var expected = text.Length > 0 && (text[0] is ' ' or '\t' || Reference().IsMatch(text));
            Assert.True(expected == LogEventReader.IsContinuation(text), $"'{text}': expression {expected}");
            continuations += expected ? 1 : 0;
        }

        Assert.InRange(continuations, 5_000, 45_000);
    }
}
