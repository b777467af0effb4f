using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Data.Classification;

/// <summary>Decides what a text is — log, stack trace, metrics, configuration, Kubernetes output, HAR, source code or prose —
/// from its first <see cref="SampleChars"/> characters, its file name and the URL it was captured from. Every kind is scored
/// from its own structural evidence; the file name and URL add weight but rarely decide alone. Thread-safe.</summary>
public sealed partial class DataClassifier
{
    /// <summary>How much of the text the classifier reads.</summary>
    public const int SampleChars = 64 * 1024;

    private const int MaxLines = 400;
    private static readonly char[] CsvSeparators = [',', ';', '\t'];
    private const double Unrecognised = 0.3;

    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a classifier; <paramref name="timeProvider"/> gives the date assumed for timestamps without one (the system
    /// clock when null).</summary>
    public DataClassifier(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Classifies a text from its beginning (<paramref name="sample"/>, at most <see cref="SampleChars"/> are read).</summary>
    /// <param name="sample">The beginning of the text, decoded.</param>
    /// <param name="fileName">The file name, when there is one.</param>
    /// <param name="sourceUrl">The page or API the text was captured from, when known.</param>
    /// <param name="complete">Whether <paramref name="sample"/> is the whole text (lets a JSON document be parsed whole).</param>
    public DataClassification Classify(string sample, string? fileName = null, string? sourceUrl = null, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Length > SampleChars)
        {
            sample = sample[..SampleChars];
            complete = false;
        }

        var lines = Lines(sample);
        if (lines.Count == 0)
        {
            return new DataClassification(DataType.Unknown, null, 1, ["content: empty or only whitespace"]);
        }

        // Read per call: a server runs for days, and a year-less syslog stamp is read in the year of the day it arrives.
        var text = new Sample(sample, lines, complete, new TimestampParser(DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime)));
        List<Candidate> candidates =
        [
            HttpArchive(text), Alert(text), Kubernetes(text), Metrics(text), StackTrace(text), Log(text), Config(text), SourceCode(text), Documentation(text),
        ];
        AddHints(candidates, FileNameHints(fileName));
        AddHints(candidates, UrlHints(sourceUrl));

        var ranked = candidates.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < Unrecognised)
        {
            var signals = ranked.Count == 0 ? ["content: no structure of any known kind"] : ranked[0].Signals.Append($"best guess {ranked[0].Type.Name()} scored only {ranked[0].Score:F2}").ToList();
            return new DataClassification(DataType.Unknown, null, 1 - (ranked.Count == 0 ? 0 : ranked[0].Score), signals);
        }

        var best = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        var confidence = Math.Round(Math.Min(1, best.Score) * best.Score / (best.Score + runnerUp * 0.5), 3);
        return new DataClassification(best.Type, best.Format, confidence, best.Signals)
        {
            Layout = best.Layout is { } layout && layout.Name == best.Format ? layout : null,
            LayoutShare = best.LayoutShare,
        };
    }

    private static List<string> Lines(string sample)
    {
        var lines = new List<string>();
        foreach (var line in sample.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                lines.Add(line.TrimEnd().ToString());
                if (lines.Count == MaxLines)
                {
                    break;
                }
            }
        }

        return lines;
    }

    private sealed record Sample(string Text, IReadOnlyList<string> Lines, bool Complete, TimestampParser Time);

    private sealed record Candidate(DataType Type, string? Format, double Score, IReadOnlyList<string> Signals)
    {
        public LogLayout? Layout { get; init; }

        public double LayoutShare { get; init; }

        public static Candidate None(DataType type) => new(type, null, 0, []);
    }

    private sealed record Hint(DataType Type, string? Format, double Weight, string Signal);
}
