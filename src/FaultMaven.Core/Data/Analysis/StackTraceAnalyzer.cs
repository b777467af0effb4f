using System.Text.RegularExpressions;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>One frame of a stack trace.</summary>
/// <param name="Function">The method or function.</param>
/// <param name="File">The source file, when the trace names it.</param>
/// <param name="SourceLine">The line in that file.</param>
/// <param name="Application">Whether the frame is in the application rather than the runtime, the framework or a dependency.</param>
/// <param name="Line">The line of the upload the frame is on.</param>
public sealed record StackFrame(string Function, string? File, int? SourceLine, bool Application, long Line);

/// <summary>One exception or panic with its frames, innermost first whatever the language prints.</summary>
public sealed record ParsedStackTrace(
    string Language,
    string Type,
    string Message,
    IReadOnlyList<StackFrame> Frames,
    StackFrame? FirstApplicationFrame,
    IReadOnlyList<string> Causes,
    EvidenceRange Lines);

/// <summary>Traces with the same type and top frames.</summary>
public sealed record StackTraceGroup(string Type, string Message, string Language, int Count, StackFrame? FirstApplicationFrame, IReadOnlyList<EvidenceRange> Occurrences);

/// <summary>The traces in an upload and their groups.</summary>
public sealed record StackTraceAnalysis(IReadOnlyList<ParsedStackTrace> Traces, IReadOnlyList<StackTraceGroup> Groups);

/// <summary>Parses Java/Kotlin, .NET, Python, Go and Node.js stack traces (and bare error messages) out of text: exception type,
/// message, frames, causes, and the first frame in application code.</summary>
public static partial class StackTraceAnalyzer
{
    private const int TopFrames = 3;

    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static (StackTraceAnalysis Result, IReadOnlyList<DataFinding> Findings, string Summary) Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var traces = new List<ParsedStackTrace>();
        Builder? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1L;
            if (current is not null && current.TryAdd(line, number, lines, ref i))
            {
                continue;
            }

            if (Builder.TryStart(line, number) is { } started)
            {
                Flush();
                current = started;
            }
            else if (current is not null && !string.IsNullOrWhiteSpace(line) && !current.Continues(line))
            {
                Flush();
            }
        }

        Flush();
        var groups = traces
            .GroupBy(t => (t.Type, Frames: string.Join('|', t.Frames.Take(TopFrames).Select(f => f.Function))))
            .Select(g => new StackTraceGroup(g.Key.Type, g.First().Message, g.First().Language, g.Count(), g.First().FirstApplicationFrame, [.. g.Select(t => t.Lines)]))
            .OrderByDescending(g => g.Count)
            .ToList();
        var findings = groups.Select((g, n) => new DataFinding(
            $"trace-{n + 1}",
            "exception",
            FindingSeverity.Error,
            $"{g.Type}{(g.Message.Length > 0 ? ": " + g.Message : "")}{(g.Count > 1 ? $" (×{g.Count})" : "")}"
                + (g.FirstApplicationFrame is { } frame ? $" at {frame.Function}{(frame.File is null ? "" : $" ({Path.GetFileName(frame.File)}:{frame.SourceLine})")}" : ""),
            g.Occurrences[0])).ToList();
        var summary = traces.Count == 0
            ? "No stack trace was found."
            : $"{traces.Count} {(traces.Count == 1 ? "trace" : "traces")} in {groups.Count} {(groups.Count == 1 ? "group" : "groups")}; most frequent: {findings[0].Title}.";
        return (new StackTraceAnalysis(traces, groups), findings, summary);

        void Flush()
        {
            if (current?.Build() is { } trace)
            {
                traces.Add(trace);
            }

            current = null;
        }
    }

    /// <summary>Gets whether a frame belongs to the runtime, a framework or a dependency rather than the application.</summary>
    internal static bool IsLibrary(string function, string? file) =>
        LibraryFunction().IsMatch(function)
        || file is not null && LibraryFile().IsMatch(file);

    private sealed class Builder(string language, string type, string message, long firstLine)
    {
        private static string Namespace(string function) => string.Join('.', function.Split('.').Take(2));

        private readonly List<StackFrame> _frames = [];
        private readonly List<string> _causes = [];
        private readonly long _firstLine = firstLine;
        private long _lastLine = firstLine;
        private string _type = type;
        private string _message = message;

        public static Builder? TryStart(string line, long number)
        {
            if (line.StartsWith("Traceback (most recent call last)", StringComparison.Ordinal))
            {
                return new Builder("python", "", "", number);
            }

            if (GoPanicLine().Match(line) is { Success: true } panic)
            {
                return new Builder("go", "panic", panic.Groups["message"].Value.Trim(), number);
            }

            if (Headline().Match(line) is { Success: true } headline)
            {
                return new Builder("java", headline.Groups["type"].Value, headline.Groups["message"].Value.Trim(), number);
            }

            return null;
        }

        /// <summary>Takes a line that belongs to this trace: a frame, a cause, the final line of a Python traceback.</summary>
        public bool TryAdd(string line, long number, string[] lines, ref int index)
        {
            if (language == "python")
            {
                if (PythonFrameLine().Match(line) is { Success: true } py)
                {
                    var file = py.Groups["file"].Value;
                    _frames.Insert(0, new StackFrame(py.Groups["function"].Value, file, SourceLine(py.Groups["line"].ValueSpan), !IsLibrary("", file), number));
                    _lastLine = number;
                    if (index + 1 < lines.Length && lines[index + 1].StartsWith("    ", StringComparison.Ordinal) && !PythonFrameLine().IsMatch(lines[index + 1]))
                    {
                        index++;
                        _lastLine = index + 1;
                    }

                    return true;
                }

                if (_type.Length == 0 && PythonFinal().Match(line) is { Success: true } final)
                {
                    _type = final.Groups["type"].Value;
                    _message = final.Groups["message"].Value.Trim();
                    _lastLine = number;
                    return true;
                }

                return false;
            }

            if (language == "go")
            {
                if (line.StartsWith("goroutine ", StringComparison.Ordinal) || line.StartsWith("[signal ", StringComparison.Ordinal) || line.Length == 0)
                {
                    _lastLine = number;
                    return true;
                }

                if (GoFunction().Match(line) is { Success: true } fn && index + 1 < lines.Length && GoLocation().Match(lines[index + 1]) is { Success: true } at)
                {
                    var file = at.Groups["file"].Value;
                    var function = fn.Groups["function"].Value;
                    _frames.Add(new StackFrame(function, file, SourceLine(at.Groups["line"].ValueSpan), !IsLibrary(function, file), number));
                    index++;
                    _lastLine = index + 1;
                    return true;
                }

                return false;
            }

            if (JvmFrame().Match(line) is { Success: true } jvm)
            {
                var function = jvm.Groups["function"].Value;
                var file = jvm.Groups["file"].Success ? jvm.Groups["file"].Value : null;
                var sourceLine = jvm.Groups["line"].Success ? int.Parse(jvm.Groups["line"].Value) : (int?)null;
                language = jvm.Groups["dotnet"].Success || line.Contains(":line ", StringComparison.Ordinal) ? "dotnet" : language;
                _frames.Add(new StackFrame(function, file, sourceLine, !IsLibrary(function, file), number));
                _lastLine = number;
                return true;
            }

            if (NodeFrame().Match(line) is { Success: true } node)
            {
                var file = node.Groups["file"].Value;
                var function = node.Groups["function"].Success ? node.Groups["function"].Value : "<anonymous>";
                language = "javascript";
                _frames.Add(new StackFrame(function, file, int.Parse(node.Groups["line"].Value), !IsLibrary(function, file), number));
                _lastLine = number;
                return true;
            }

            if (Cause().Match(line) is { Success: true } cause)
            {
                _causes.Add(cause.Groups["cause"].Value.Trim());
                _lastLine = number;
                return true;
            }

            if (Omitted().IsMatch(line))
            {
                _lastLine = number;
                return true;
            }

            return false;
        }

        /// <summary>Lines inside a traceback that are neither frames nor the end (Python's source excerpts) keep it open.</summary>
        public bool Continues(string line) => language == "python" && _type.Length == 0 && line.StartsWith(' ');

        public ParsedStackTrace? Build()
        {
            if (_type.Length == 0)
            {
                return null;
            }

            // Dependencies are not all known by name: among frames not in a known library, the namespace (first two segments) seen
            // most often is the application's; ties go to the outermost, where the entry points are.
            var candidates = _frames.Where(f => f.Application && language is "java" or "dotnet").Select(f => Namespace(f.Function)).ToList();
            if (candidates.Count > 1)
            {
                var own = candidates.Select((n, i) => (n, i)).GroupBy(x => x.n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(x => x.i)).First().Key;
                for (var i = 0; i < _frames.Count; i++)
                {
                    if (_frames[i].Application && Namespace(_frames[i].Function) != own)
                    {
                        _frames[i] = _frames[i] with { Application = false };
                    }
                }
            }

            var application = _frames.FirstOrDefault(f => f.Application);
            return new ParsedStackTrace(language, _type, _message.Length > 300 ? _message[..300] : _message, _frames, application, _causes, EvidenceRange.Lines(_firstLine, _lastLine));
        }
    }

    // A line number as written; \d also matches other scripts' digits and runs too long for an int, which are no line number.
    private static int? SourceLine(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : null;

    [GeneratedRegex(@"^(?:.*?Exception in thread ""[^""]*"" )?(?<type>(?:[a-zA-Z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Exception|Error|Throwable|Failure|Fault))(?::\s*(?<message>.*))?$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^(?:panic|fatal error): (?<message>.*)$")]
    private static partial Regex GoPanicLine();

    [GeneratedRegex(@"^\s+at\s+(?<function>[\w$.<>/-]+)\((?<file>[^():\s]+\.(?:java|kt|scala|groovy|clj))(?::(?<line>\d+))?\)\s*$|^\s+at\s+(?<function>[\w$.<>`\[\],+/-]+)\((?<args>[^)]*)\)(?:\s+in\s+(?<dotnet>(?<file>.+)):line\s+(?<line>\d+))?\s*$")]
    private static partial Regex JvmFrame();

    [GeneratedRegex(@"^\s+at\s+(?:async\s+)?(?:(?<function>[^\s(]+(?: \[as \w+\])?)\s+\()?(?<file>[^()\s]+?):(?<line>\d+):\d+\)?\s*$")]
    private static partial Regex NodeFrame();

    [GeneratedRegex(@"^\s+File ""(?<file>[^""]+)"", line (?<line>\d+)(?:, in (?<function>\S+))?")]
    private static partial Regex PythonFrameLine();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Fault|[A-Z]\w*)):?(?<message>.*)$")]
    private static partial Regex PythonFinal();

    [GeneratedRegex(@"^(?<function>[\w./*()-]+)\([^()]*\)$")]
    private static partial Regex GoFunction();

    [GeneratedRegex(@"^\s+(?<file>/\S+\.go):(?<line>\d+)")]
    private static partial Regex GoLocation();

    [GeneratedRegex(@"^(?:Caused by:|\s*---> )\s*(?<cause>.+)$")]
    private static partial Regex Cause();

    [GeneratedRegex(@"^\s+\.\.\. \d+ (?:more|common frames omitted)|^\s*--- End of (?:inner exception )?stack trace")]
    private static partial Regex Omitted();

    [GeneratedRegex(@"^(?:java\.|javax\.|jdk\.|sun\.|com\.sun\.|kotlin\.|scala\.|org\.springframework\.|org\.apache\.|org\.hibernate\.|io\.netty\.|reactor\.|System\.|Microsoft\.|runtime\.|net/http\.|internal/|processTicksAndRejections|node:)")]
    private static partial Regex LibraryFunction();

    [GeneratedRegex(@"site-packages|dist-packages|/lib/python\d|<frozen|node_modules|node:internal|^internal/|/usr/local/go/|/go/pkg/mod/|^node:|Native Method|Unknown Source")]
    private static partial Regex LibraryFile();
}
