using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Logs.Reading;

/// <summary>
/// Turns lines into events: detects the layout from the first lines (unless given), reads each line's fields,
/// keeps stack traces and continuation lines with their event, and gives lines of another layout in a mixed
/// file to the layout that reads them. One event is held in memory at a time.
/// </summary>
public sealed partial class LogEventReader : IDisposable
{
    private readonly LineReader _lines;
    private readonly LogEventReaderOptions _options;
    private readonly Queue<(string Line, long Number)> _replay = new();
    private readonly LogFields _fields = new();
    private readonly StringBuilder _detail = new();
    private Pending? _pending;
    private readonly LineParser _parser;
    private bool _exhausted;

    /// <summary>Reads events from <paramref name="lines"/>; the reader owns it.</summary>
    public LogEventReader(LineReader lines, LogEventReaderOptions? options = null, TimeProvider? timeProvider = null)
    {
        _lines = lines;
        _options = options ?? new LogEventReaderOptions();
        Time = new TimestampParser(_options.ReferenceDate ?? DateOnly.FromDateTime((timeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime));
        if (_options.Layout is { } layout)
        {
            Layout = layout;
            LayoutShare = _options.LayoutShare;
        }
        else
        {
            var sample = new List<string>();
            while (sample.Count < LayoutDetector.SampleLines * 2 && _lines.TryReadLine(out var line))
            {
                _replay.Enqueue((line, _lines.LineNumber));
                sample.Add(line);
            }

            (Layout, LayoutShare) = LayoutDetector.Detect(sample, Time);
        }

        _parser = new LineParser(Layout, Time);
    }

    /// <summary>The layout the file is read with.</summary>
    public LogLayout Layout { get; }

    /// <summary>The share of sampled lines the layout read (1 when the layout was given).</summary>
    public double LayoutShare { get; }

    /// <summary>The timestamp reader in use.</summary>
    public TimestampParser Time { get; }

    /// <summary>The line reader underneath (encoding, counters, warnings).</summary>
    public LineReader Lines => _lines;

    /// <summary>How many lines were read with a layout other than the detected one (mixed files).</summary>
    public long OtherLayoutLines => _parser.OtherLayoutLines;

    /// <summary>How many continuation lines joined an event.</summary>
    public long ContinuationLines { get; private set; }

    /// <summary>How many blank lines were skipped.</summary>
    public long BlankLines { get; private set; }

    /// <summary>Reads the next event; false at the end of the input.</summary>
    public bool TryRead([NotNullWhen(true)] out LogEvent? logEvent)
    {
        while (NextLine(out var line, out var number))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                BlankLines++;
                if (_pending is not null && _options.JoinContinuationLines && _pending.DetailLines > 0)
                {
                    _pending.LineCount++;
                }

                continue;
            }

            _fields.Reset();
            var layout = _parser.Read(line, _fields);
            if (layout is null && _pending is not null && _options.JoinContinuationLines && IsContinuation(line))
            {
                AppendDetail(line);
                continue;
            }

            if (layout is not null && _pending is { Partial: true } && ReferenceEquals(layout, _pending.LayoutUsed))
            {
                // A long line split by the container runtime: this piece continues it.
                _pending.Message += _fields.Message;
                _pending.Partial = _fields.Partial;
                _pending.LineCount++;
                continue;
            }

            if (layout is null)
            {
                _fields.Reset();
                LogLayouts.Plain.TryParse(line, _fields, Time);
                layout = LogLayouts.Plain;
            }

            var finished = Finish();
            var first = new LogEvent(number, 1, _fields.Timestamp, _fields.Severity, _fields.Source, _fields.Message, null, _fields.TraceId, _fields.SpanId, _fields.RequestId, _fields.HttpStatus, layout.Name)
            {
                Numbers = _fields.Numbers.Count > 0 ? _fields.Numbers.ToArray() : null,
            };
            _pending = new Pending(first, layout, _fields.Partial);
            if (finished is not null)
            {
                logEvent = finished;
                return true;
            }
        }

        logEvent = Finish();
        return logEvent is not null;
    }

    private void AppendDetail(string line)
    {
        var pending = _pending!;
        pending.LineCount++;
        ContinuationLines++;
        if (pending.DetailLines < _options.MaxDetailLines)
        {
            if (_detail.Length > 0)
            {
                _detail.Append('\n');
            }

            _detail.Append(line.Length > 1024 ? line[..1024] : line);
            pending.DetailLines++;
        }
    }

    private LogEvent? Finish()
    {
        if (_pending is not { } p)
        {
            return null;
        }

        _pending = null;
        var detail = _detail.Length > 0 ? _detail.ToString() : null;
        _detail.Clear();
        return p.LineCount == 1 && detail is null && ReferenceEquals(p.Message, p.First.Message)
            ? p.First
            : p.First with { LineCount = p.LineCount, Message = p.Message, Detail = detail };
    }

    private bool NextLine([NotNullWhen(true)] out string? line, out long number)
    {
        if (_replay.TryDequeue(out var queued))
        {
            (line, number) = queued;
            return true;
        }

        if (!_exhausted && _lines.TryReadLine(out line))
        {
            number = _lines.LineNumber;
            return true;
        }

        _exhausted = true;
        line = null;
        number = 0;
        return false;
    }

    /// <summary>Whether a line that no layout reads continues the event before it (stack frames, indented or wrapped text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsContinuation(string line) => IsContinuation(line.AsSpan());

    /// <summary>Whether a line that no layout reads continues the event before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsContinuation(ReadOnlySpan<char> line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        if (line[0] is ' ' or '\t' or '}' or ']')
        {
            return true;
        }

        // The expression runs on every line another layout has to try; most such lines cannot match it: it needs one of its
        // literal starts, an exception name in the first word, or a call "name(…)" ending the line.
        var span = line;
        var space = span.IndexOfAny(' ', '\t');
        var firstWord = space < 0 ? span : span[..space];
        var candidate = span[^1] == ')' || firstWord.IndexOfAny(ExceptionNames) >= 0;
        if (!candidate && ContinuationInitials.Contains(span[0]))
        {
            // Only a line starting with one of their first characters can start with one of them (this runs on every line of
            // a mixed file that the file's own layout does not read).
            foreach (var start in ContinuationStarts)
            {
                candidate |= span.StartsWith(start, StringComparison.Ordinal);
            }
        }

        return candidate && ContinuationPattern().IsMatch(line);
    }

    private static readonly string[] ContinuationStarts =
        ["at ", "Caused by:", "Suppressed:", "... ", "Traceback (", "During handling", "The above exception", "panic: ", "fatal error: ", "goroutine ", "created by ", "---"];

    // After ContinuationStarts: static fields are set in the order written.
    private static readonly System.Buffers.SearchValues<char> ContinuationInitials =
        System.Buffers.SearchValues.Create(string.Concat(ContinuationStarts.Select(start => start[0])));

    private static readonly System.Buffers.SearchValues<string> ExceptionNames =
        System.Buffers.SearchValues.Create(["Exception", "Error", "Throwable", "Panic"], StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:at |Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|Traceback \(most recent call last\)|During handling of the above exception|The above exception was the direct cause|panic: |fatal error: |goroutine \d+ \[|created by |[\w.$]+(?:Exception|Error|Throwable|Panic)(?::|$)|[\w./*()\[\]-]+\(.*\)$|[}\]]|---)")]
    private static partial Regex ContinuationPattern();

    /// <inheritdoc/>
    public void Dispose() => _lines.Dispose();

    // The event being assembled: its first line's fields, plus what continuation and partial lines add.
    private sealed class Pending(LogEvent first, LogLayout layout, bool partial)
    {
        public LogEvent First { get; } = first;

        public LogLayout LayoutUsed { get; } = layout;

        public int LineCount { get; set; } = 1;

        public int DetailLines { get; set; }

        public string Message { get; set; } = first.Message;

        public bool Partial { get; set; } = partial;
    }

}
