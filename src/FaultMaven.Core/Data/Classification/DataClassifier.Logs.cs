using System.Text.RegularExpressions;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Logs and stack traces: lines read as a log layout or as frames; short error messages.</summary>
public sealed partial class DataClassifier
{
    // Longer than any error message pasted on its own (a .NET message with its inner ones runs to a few hundred characters).
    private const int ShortMessageChars = 4096;

    private static Candidate StackTrace(Sample text)
    {
        var java = text.Lines.Count(l => JavaFrame().IsMatch(l));
        var python = text.Lines.Count(l => PythonFrame().IsMatch(l)) + (text.Text.Contains("Traceback (most recent call last):", StringComparison.Ordinal) ? 2 : 0);
        var go = text.Lines.Count(l => GoFrame().IsMatch(l)) + (GoPanic().IsMatch(text.Text) ? 2 : 0);
        var node = text.Lines.Count(l => NodeFrame().IsMatch(l));
        var frames = java + python + go + node;
        var stamped = text.Lines.Count(l => StampedLine().IsMatch(l));
        if (frames >= 2)
        {
            var share = Math.Min(1, (double)frames / text.Lines.Count);
            var format = new[] { ("java", java), ("python", python), ("go", go), ("javascript", node) }.MaxBy(p => p.Item2).Item1;
            if (format == "java" && DotNetFrame().IsMatch(text.Text))
            {
                format = "dotnet";
            }

            // Frames among time-stamped lines are a log with exceptions in it, not a trace on its own.
            var score = (0.55 + 0.4 * share) * (stamped > frames ? 0.5 : 1);
            return new(DataType.StackTrace, format, score, [$"content: {frames} stack frame lines of {text.Lines.Count} ({format})", $"content: {stamped} time-stamped lines"]);
        }

        // A pasted error message is short. A sample of one to three lines that is long (a line of 100,000 digits in NDJSON, a
        // minified document, a line cut at the sample's end) is data that happens to hold the word "error", not a message.
        if (text.Text.Length > ShortMessageChars)
        {
            return Candidate.None(DataType.StackTrace);
        }

        if (text.Lines.Count <= 3 && stamped == 0 && ErrorHeadline().IsMatch(text.Lines[0]))
        {
            return new(DataType.StackTrace, "error-message", 0.8, ["content: a short error message (exception or error prefix) without a log header"]);
        }

        if (text.Lines.Count <= 3 && stamped == 0 && ErrorMessage().IsMatch(text.Text))
        {
            return new(DataType.StackTrace, "error-message", 0.55, ["content: a short error message without a log header"]);
        }

        return Candidate.None(DataType.StackTrace);
    }

    private static Candidate Log(Sample text)
    {
        var (layout, share) = LayoutDetector.Detect(text.Lines, text.Time);
        var stamped = text.Lines.Count(l => StampedLine().IsMatch(l));
        var stampedShare = (double)stamped / text.Lines.Count;
        if (layout != LogLayouts.Plain && share >= 0.3)
        {
            // logfmt reads any key=value file and a JSON layout any single JSON object; one or two lines without a
            // timestamp are a pasted message rather than a log.
            var logKeys = text.Lines.Count(l => LogfmtKeys().IsMatch(l));
            var weak = layout.Name is "logfmt" && stampedShare < 0.3 && logKeys < text.Lines.Count / 2
                || text.Lines.Count <= 2 && stamped == 0
                || CsvSeries(text).Score >= 0.8;
            var score = (0.5 + 0.45 * share) * (weak ? 0.5 : 1);
            return new(DataType.Log, layout.Name, score, [$"content: {share:P0} of lines read as {layout.Name} log lines", $"content: {stamped} of {text.Lines.Count} lines start with a timestamp"]) { Layout = layout, LayoutShare = share };
        }

        if (stampedShare >= 0.5 && CsvSeries(text).Score < 0.8)
        {
            return new(DataType.Log, "plain", 0.45 + 0.4 * stampedShare, [$"content: {stamped} of {text.Lines.Count} lines start with a timestamp"]);
        }

        return UnstampedLog(text);
    }

    /// <summary>Program output without timestamps (stdout of a container, a shell script's trace): short lines, many opening the way
    /// log lines do (a level, <c>key: value</c>, an exception, a frame, <c>+ cmd</c>, <c>/bin/sh: …</c>), few sentences, no headings.
    /// Prose has headings, long lines and sentences ending in a period, and stays documentation.</summary>
    private static Candidate UnstampedLog(Sample text)
    {
        if (text.Lines.Count < 3 || text.Lines.Any(l => MarkdownHeading().IsMatch(l)))
        {
            return Candidate.None(DataType.Log);
        }

        // Aligned "Key:    value" fields are a status listing (kubectl or argocd describe/get), not program output.
        if (text.Lines.Count(l => AlignedField().IsMatch(l)) >= text.Lines.Count * 0.3)
        {
            return Candidate.None(DataType.Log);
        }

        var averageLength = text.Lines.Average(l => (double)l.Length);
        var logish = text.Lines.Count(l => LogishLine().IsMatch(l));
        var sentences = text.Lines.Count(l => l.EndsWith('.') && !l.EndsWith("..", StringComparison.Ordinal) && IsProse(l));
        var share = (double)logish / text.Lines.Count;
        if (averageLength > 200 || share < 0.4 || sentences > text.Lines.Count * 0.25)
        {
            return Candidate.None(DataType.Log);
        }

        return new(DataType.Log, "plain", 0.4 + 0.4 * share, [$"content: {logish} of {text.Lines.Count} lines open like log lines (level, key: value, exception, frame, shell trace) without timestamps", $"content: {sentences} sentences, average line {averageLength:F0} characters"]);
    }

    [GeneratedRegex(@"^\s+at\s+[\w$.<>/`\[\],+-]+\(.*\)(?:\s+in\s+.+)?\s*$|^\s*---\s+End of (?:inner exception )?stack trace|^(?:Caused by: |Exception in thread )|^\s+\.\.\. \d+ (?:more|common frames omitted)")]
    private static partial Regex JavaFrame();

    [GeneratedRegex(@"\)\s+in\s+\S+:line\s+\d+|^\s*---\s+End of (?:inner exception )?stack trace", RegexOptions.Multiline)]
    private static partial Regex DotNetFrame();

    [GeneratedRegex(@"^\s+File "".+"", line \d+")]
    private static partial Regex PythonFrame();

    [GeneratedRegex(@"^goroutine \d+ \[|^\s+/\S+\.go:\d+|^[\w./*()-]+\(.*\)$")]
    private static partial Regex GoFrame();

    [GeneratedRegex(@"^panic: |^fatal error: ", RegexOptions.Multiline)]
    private static partial Regex GoPanic();

    [GeneratedRegex(@"^\s+at (?:async )?(?:[\w$.<>\[\] ]+ \()?(?:file://|node:|/|[A-Za-z]:\\)?[^()]*:\d+:\d+\)?$")]
    private static partial Regex NodeFrame();

    [GeneratedRegex(@"^\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{2}/\w{3}/\d{4}:\d{2}|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}[.,]\d|\d{10,13}\b|\d{6} \d{6}|\d{2}/\d{2}/\d{2,4} \d{2}:\d{2})")]
    private static partial Regex StampedLine();

    [GeneratedRegex(@"\b(?:[A-Z]\w*(?:Exception|Error)|error|failed|fatal|refused|timed? ?out|denied|panic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"^(?:[\w.]+(?:Exception|Error)\b|(?:ERROR|FATAL|fatal|error|Error|panic)\s*:)")]
    private static partial Regex ErrorHeadline();

    [GeneratedRegex(@"(?:^|\s)(?:time|ts|level|lvl|msg|message)=")]
    private static partial Regex LogfmtKeys();

    [GeneratedRegex(@"^\s*(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC|Info|Warning|Error|Fatal|Debug)\]?(?:[:\s]|$)|\[[\w .:/@-]{1,40}\]|[A-Za-z][\w .()-]{0,40}:\s+\S|(?:[\w$]+\.){1,12}[\w$]*(?:Exception|Error)\b|[A-Z]\w{0,60}(?:Exception|Error)\b|at\s+[\w$.<>]{1,200}\(|\+{1,3}\s\S|/[\w./-]{1,100}:\s|\w[\w-]{0,30}:\s\(\d+\)|[EWIF]\d{4}\s|(?:>>>|==>|--->|\*\*\*|\$ )\s*\S)")]
    private static partial Regex LogishLine();

    [GeneratedRegex(@"^[A-Z][\w -]{0,40}:\s{2,}\S")]
    private static partial Regex AlignedField();
}
