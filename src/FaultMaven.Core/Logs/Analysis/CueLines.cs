using System.Buffers;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Core.Logs.Analysis;

/// <summary>Lines whose words can name a cause ("not set", "exhausted", "refused", "syntax", …) at any level: one plain line among
/// tens of thousands may be the whole answer. Collected while the log is analysed at upload, so that a turn reads them from the stored
/// analysis instead of the whole text. Bounded: at most <see cref="MaxShapes"/> shapes (digits folded), each with its first and last
/// line and a count.</summary>
public sealed partial class CueLines
{
    private const int MaxShapes = 400;
    private const int MaxText = 2000;
    private const int MaxDetailLines = 40;

    private static readonly SearchValues<string> Words = SearchValues.Create(
        ["undefined", "not set", "missing", "exhaust", "no space", "out of", "refused", "timed out", "denied", "oom", "unreachable",
         "cannot", "could not", "unable", "invalid", "insufficient", "expired", "not found", "too many", "full", "panic", "timeout", "lock",
         "syntax", "duplicate", "constraint", "throttl", "lag", "not available", "approaching", "137", "does not exist", "nxdomain",
         "no such", "resolve", "lookup", "reset", "broken pipe", "killed", "evicted", "forbidden", "unauthori", "certificate", "x509",
         "deadlock", "exceeded", "overflow", "leak", "corrupt", "abort"],
        StringComparison.OrdinalIgnoreCase);

    private readonly Dictionary<string, CueLine> _shapes = new(StringComparer.Ordinal);

    /// <summary>A line's shape: digit and hex runs folded, so repeats of one message with other numbers count as one.</summary>
    public static string Shape(string line) => Digits().Replace(line, "#");

    /// <summary>Whether a line has a cue word.</summary>
    public static bool HasCue(string line) => line.AsSpan().IndexOfAny(Words) >= 0;

    /// <summary>Reads an event's message and continuation lines.</summary>
    public void Add(LogEvent logEvent)
    {
        var number = logEvent.LineNumber;
        foreach (var line in logEvent.Message.Split('\n'))
        {
            Add(line, number);
        }

        if (logEvent.Detail is { } detail)
        {
            foreach (var (line, i) in detail.Split('\n').Take(MaxDetailLines).Select((l, i) => (l, i)))
            {
                Add(line, number + 1 + i);
            }
        }
    }

    /// <summary>The lines collected, in order of first appearance.</summary>
    public IReadOnlyList<CueLine> Report() => _shapes.Values.OrderBy(c => c.FirstLine).ToList();

    private void Add(string line, long number)
    {
        if (line.Length == 0 || !HasCue(line))
        {
            return;
        }

        var text = line.Length > MaxText ? line[..MaxText] : line;
        var shape = Shape(text);
        if (_shapes.TryGetValue(shape, out var seen))
        {
            _shapes[shape] = seen with { LastLine = number, Count = seen.Count + 1 };
        }
        else if (_shapes.Count < MaxShapes)
        {
            _shapes[shape] = new CueLine(number, number, 1, text.Trim());
        }
    }

    [GeneratedRegex(@"\b(?:0x)?[0-9a-f]*\d[0-9a-f]*\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Digits();
}

/// <summary>A line with a cue word: where it first and last occurs (1-based lines of the stored text), how often, its text.</summary>
public sealed record CueLine(long FirstLine, long LastLine, long Count, string Text);
