using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO.Pipelines;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Diagnostics;
using FaultMaven.Core.Logs.Analysis;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Data;

/// <summary>Where a piece of evidence came from.</summary>
/// <param name="FileName">The file name, when uploaded as a file.</param>
/// <param name="SourceUrl">The page or API it was captured from.</param>
/// <param name="PageTitle">The title of that page.</param>
public sealed record DataSource(string? FileName = null, string? SourceUrl = null, string? PageTitle = null);

/// <summary>What the pipeline made of one input.</summary>
public sealed record ProcessedData
{
    /// <summary>Gets what the input is.</summary>
    public required DataClassification Classification { get; init; }

    /// <summary>Gets the type-specific analysis of the redacted text.</summary>
    public required DataAnalysis Analysis { get; init; }

    /// <summary>Gets how many values of each type were redacted.</summary>
    public required IReadOnlyDictionary<string, long> RedactionCounts { get; init; }

    /// <summary>Gets every replacement, with offsets into the stored text.</summary>
    public required IReadOnlyList<Redaction> Redactions { get; init; }

    /// <summary>Gets the length of the stored (redacted) text in characters.</summary>
    public long Characters { get; init; }

    /// <summary>Gets the number of lines of the stored text.</summary>
    public long Lines { get; init; }

    /// <summary>Gets the encoding the input was decoded with.</summary>
    public required string Encoding { get; init; }

    /// <summary>Gets whether the input was gzip-compressed.</summary>
    public bool Compressed { get; init; }

    /// <summary>Gets problems with the input that did not stop it (a truncated gzip stream).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}

/// <summary>Choices for one run of the <see cref="DataPipeline"/>.</summary>
public sealed record DataPipelineOptions
{
    /// <summary>Gets whether the text is redacted before it is written and analysed; only <c>fm analyze --no-redact</c> turns it off.</summary>
    public bool Redact { get; init; } = true;

    /// <summary>Gets a type that overrides the classifier's.</summary>
    public DataType? Type { get; init; }

    /// <summary>Gets a log layout that overrides detection.</summary>
    public LogLayout? LogLayout { get; init; }

    /// <summary>Gets the log analysis options (time window).</summary>
    public LogAnalysisOptions? Log { get; init; }

    /// <summary>Gets how far a gzip input may expand; <see cref="ExpansionLimit.Default"/> when null.</summary>
    public ExpansionLimit? Expansion { get; init; }
}

/// <summary>The data service's pipeline: decode (gzip, encoding; binary refused) → classify → redact (the privacy engine, with the
/// case's pseudonyms) → analyse the redacted text by type. Only redacted text is written out or analysed, so nothing it produces
/// carries a private value. Used by the server on uploads and by <c>fm analyze</c> locally.</summary>
/// <param name="redactor">The privacy engine.</param>
/// <param name="classifier">The classifier.</param>
public sealed class DataPipeline(Redactor redactor, DataClassifier classifier)
{
    /// <summary>Texts other than logs are analysed whole in memory up to this many characters; the rest is stored but not analysed.</summary>
    public const int MaxAnalysedChars = 16 * 1024 * 1024;

    private static readonly Histogram<double> Duration = FaultMavenTelemetry.Meter.CreateHistogram<double>("faultmaven.data.process.duration", "s", "Time to classify, redact and analyse one input");

    /// <summary>Processes the input at <paramref name="inputPath"/>, writing the redacted text (UTF-8) to <paramref name="redactedPath"/>.</summary>
    /// <exception cref="LogInputException">The input is binary or not valid gzip.</exception>
    /// <exception cref="ExpansionLimitException">A gzip input expands past its limit.</exception>
    public async Task<ProcessedData> ProcessAsync(
        string inputPath, string redactedPath, DataSource source, PseudonymMap pseudonyms, DataPipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var input = File.OpenRead(inputPath);
        return await ProcessAsync(input, ContentEncryption.None.Text(redactedPath, uploadId: ""), source, pseudonyms, options, cancellationToken);
    }

    /// <summary>Processes <paramref name="input"/> from its current position, writing the redacted text (UTF-8) to
    /// <paramref name="redacted"/>; the stream is left open for its owner. Without redaction it must be seekable (it is read twice).</summary>
    /// <exception cref="LogInputException">The input is binary or not valid gzip.</exception>
    /// <exception cref="ExpansionLimitException">A gzip input expands past its limit.</exception>
    public async Task<ProcessedData> ProcessAsync(
        Stream input, StoredText redacted, DataSource source, PseudonymMap pseudonyms, DataPipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(redacted);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new DataPipelineOptions();
        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("data.process");
        var started = Stopwatch.GetTimestamp();
        DataClassification classification;
        var redactions = new List<Redaction>();
        IReadOnlyDictionary<Privacy.PiiType, long> counts = new Dictionary<Privacy.PiiType, long>();
        string encoding;
        bool compressed;
        string? warning;
        Task<DataAnalysis>? concurrentLog = null;
        (long Characters, long Lines)? measured = null;
        var start = input.CanSeek ? input.Position : 0;
        using (var text = LogInput.OpenText(new BorrowedStream(input), options.Expansion))
        {
            // Everything after this reads lines one way: a lone carriage return ends a line for the classifier and for the stored text alike.
            using var unified = new CarriageReturnReader(text);
            var sample = new char[DataClassifier.SampleChars];
            var sampled = await unified.ReadBlockAsync(sample.AsMemory(), cancellationToken);
            var head = new string(sample, 0, sampled);
            classification = options.Type is { } forced
                ? new DataClassification(forced, options.LogLayout?.Name, 1, ["given by the caller"])
                : classifier.Classify(head, source.FileName, source.SourceUrl, complete: sampled < sample.Length);
            if (options.Redact)
            {
                // A log is analysed while it is being redacted: the redacted bytes go to the file and, through a bounded pipe,
                // to the log analyser on another thread.
                var pipe = classification.Type == DataType.Log ? new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 512 << 10)) : null;
                if (pipe is not null)
                {
                    // Its own thread, not the CPU scheduler's: it blocks on the pipe, and must not hold a thread the redaction needs to feed it.
                    concurrentLog = Task.Factory.StartNew(
                        () => AnalyzeLog(pipe.Reader.AsStream(), classification, source, options), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                }

                try
                {
                    await using var file = redacted.Create();
                    await using var tee = new RedactedOutput(file, pipe?.Writer.AsStream());
                    await using (var output = new StreamWriter(tee, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                    {
                        counts = await new StreamRedactor(redactor, scheduler: CpuWorkScheduler.Shared).RedactAsync(new PrefixedTextReader(head, unified), output, pseudonyms, redactions, cancellationToken);
                    }

                    measured = (tee.Characters, tee.Lines);
                    if (pipe is not null)
                    {
                        await pipe.Writer.CompleteAsync();
                    }
                }
                catch (Exception ex)
                {
                    if (pipe is not null)
                    {
                        await pipe.Writer.CompleteAsync(ex);
                        await concurrentLog!.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    }

                    throw;
                }
            }
            else if (classification.Type != DataType.Log)
            {
                // Nothing is stored and nothing leaves the machine: the analysis reads the input itself (a log analysis
                // reports a damaged input in its own warnings; other types learn of it here).
                while (await unified.ReadAsync(sample.AsMemory(), cancellationToken) > 0)
                {
                }
            }

            (encoding, compressed, warning) = (text.EncodingName, text.Compressed, text.Warning);
        }

        DataAnalysis analysis;
        long characters;
        long lines;
        if (concurrentLog is not null)
        {
            analysis = await concurrentLog;
            (characters, lines) = measured!.Value;
        }
        else
        {
            Stream analysed;
            if (options.Redact)
            {
                analysed = redacted.OpenRead();
            }
            else
            {
                input.Position = start;
                analysed = new BorrowedStream(input);
            }

            (analysis, characters, lines) = await AnalyzeAsync(analysed, classification, source, options, cancellationToken);
            (characters, lines) = measured ?? (characters, lines);
        }

        activity?.SetTag("faultmaven.data.type", classification.Type.Name());
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("type", classification.Type.Name()));
        return new ProcessedData
        {
            Classification = classification,
            Analysis = Printable(analysis),
            RedactionCounts = counts.ToDictionary(c => Privacy.PiiTypes.Label(c.Key), c => c.Value),
            Redactions = redactions,
            Characters = characters,
            Lines = lines,
            Encoding = encoding,
            Compressed = compressed,
            Warnings = warning is null ? [] : [warning],
        };
    }

    /// <summary>The analysis with its summary and finding titles as printable text: they quote the evidence (an exception's message, an
    /// alert's name) and are shown to people, so terminal escapes, control characters and bidirectional overrides in the upload do not
    /// reach them. The upload itself stays byte-exact.</summary>
    private static DataAnalysis Printable(DataAnalysis analysis) => analysis with
    {
        Summary = PrintableText.Of(analysis.Summary, keepLineBreaks: true),
        Findings = [.. analysis.Findings.Select(f => f with { Title = PrintableText.Of(f.Title) })],
    };

    /// <summary>Analyses the text in <paramref name="input"/>, which it disposes.</summary>
    private static async Task<(DataAnalysis Analysis, long Characters, long Lines)> AnalyzeAsync(
        Stream input, DataClassification classification, DataSource source, DataPipelineOptions options, CancellationToken cancellationToken)
    {
        if (classification.Type == DataType.Log)
        {
            var log = AnalyzeLog(input, classification, source, options);
            return (log, 0, log.Log!.Input.Lines);
        }

        var text = await ReadCappedAsync(input, options.Expansion, cancellationToken);
        var measured = (text.Length, text.AsSpan().Count('\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0));
        DataAnalysis analysis;
        switch (classification.Type)
        {
            case DataType.StackTrace:
                var (traces, traceFindings, traceSummary) = StackTraceAnalyzer.Analyze(text);
                analysis = new DataAnalysis { Summary = traceSummary, Findings = traceFindings, StackTraces = traces };
                break;
            case DataType.Metrics when classification.Format == "report":
                var reportFindings = TableReportReader.Findings(text, "report");
                analysis = new DataAnalysis { Summary = ReportSummary("text report", reportFindings), Findings = reportFindings };
                break;
            case DataType.Metrics:
                var (metrics, metricFindings, metricSummary) = MetricsAnalyzer.Analyze(text, classification.Format);
                analysis = new DataAnalysis { Summary = metricSummary, Findings = metricFindings, Metrics = metrics };
                break;
            case DataType.Alert when classification.Format == "monitor-table":
                var monitorFindings = TableReportReader.MonitorFindings(text, "alert");
                analysis = new DataAnalysis { Summary = ReportSummary("monitor table", monitorFindings), Findings = monitorFindings };
                break;
            case DataType.Alert:
                var alert = DocumentSignalReader.Read(text, classification.Format is "text" ? "text" : "json");
                var alertFindings = DocumentSignalReader.Findings(alert, "alert");
                analysis = new DataAnalysis { Summary = DocumentSummary(alert, alertFindings), Findings = alertFindings, Document = alert };
                break;
            case DataType.Config:
                var (config, configFindings, configSummary) = ConfigAnalyzer.Analyze(text, classification.Format);
                var configDocument = classification.Format is "json" or "yaml" ? DocumentSignalReader.Read(text, classification.Format) : null;
                var configAll = Merge(configFindings, configDocument, "config");
                analysis = new DataAnalysis { Summary = configDocument is { Unhealthy.Count: > 0 } ? $"{configSummary} {DocumentSummary(configDocument, configAll)}" : configSummary, Findings = configAll, Config = config, Document = configDocument };
                break;
            case DataType.Kubernetes:
                var (kubernetes, k8sFindings, k8sSummary) = KubernetesAnalyzer.Analyze(text, classification.Format);
                var manifest = classification.Format switch
                {
                    "manifest" => DocumentSignalReader.Read(text, "yaml"),
                    "manifest-json" => DocumentSignalReader.Read(text, "json"),
                    "describe" => DocumentSignalReader.Read(text, "text"),
                    _ => null,
                };
                var k8sAll = Merge(k8sFindings, manifest, "k8s");
                analysis = new DataAnalysis { Summary = manifest is { Unhealthy.Count: > 0 } ? $"{k8sSummary} {DocumentSummary(manifest, k8sAll)}" : k8sSummary, Findings = k8sAll, Kubernetes = kubernetes, Document = manifest };
                break;
            default:
                analysis = new DataAnalysis { Summary = $"{classification.Type.Name().Replace('-', ' ')}, {measured.Item2:N0} lines; kept as evidence without a type-specific analysis.", Findings = [] };
                break;
        }

        return (analysis, measured.Item1, measured.Item2);
    }

    private static List<DataFinding> Merge(IReadOnlyList<DataFinding> findings, DocumentSignals? document, string prefix)
    {
        var all = findings.ToList();
        if (document is not null)
        {
            all.AddRange(DocumentSignalReader.Findings(document, prefix).Where(f => !all.Any(a => a.Evidence == f.Evidence)));
        }

        return all.OrderByDescending(f => f.Severity).Select((f, n) => f with { Id = $"{prefix}-{n + 1}" }).ToList();
    }

    private static string ReportSummary(string what, List<DataFinding> findings) =>
        findings.Count == 0 ? $"A {what}; nothing stands out." : $"A {what}; {findings.Count} findings: {string.Join("; ", findings.Take(3).Select(f => f.Title))}.";

    private static string DocumentSummary(DocumentSignals document, List<DataFinding> findings)
    {
        var alert = document.Alert is { } a ? $"Alert {a.Name ?? "(unnamed)"}{(a.State is null ? "" : $" ({a.State})")}. " : "";
        return $"{alert}{document.Fields} fields read{(document.Truncated ? " (stopped at the reader's limits)" : "")}; {document.Unhealthy.Count} read as unhealthy"
            + (findings.Count == 0 ? "." : $"; first: {findings[0].Title}.");
    }

    private static DataAnalysis AnalyzeLog(Stream text, DataClassification classification, DataSource source, DataPipelineOptions options)
    {
        var name = source.FileName ?? source.PageTitle ?? "pasted text";
        using var reader = LogInput.Open(text, limit: options.Expansion);
        // The classifier hands over the layout it detected, with the header fields it learned from the file's own lines (a name
        // cannot carry them), so the reader does not detect it again. A format named otherwise (a caller's type) is found by name; a
        // generic one without the object (text, plain) is left to the reader to detect.
        var layout = options.LogLayout ?? classification.Layout
            ?? (LogLayouts.Find(classification.Format ?? "") is { } named && !IsGeneric(named) ? named : null);
        var share = options.LogLayout is null && classification.Layout is not null ? classification.LayoutShare : 1;
        var events = new LogEventReader(reader, new LogEventReaderOptions { Layout = layout, LayoutShare = share });
        var log = new LogAnalyzer(options.Log).Analyze(events, name);
        return new DataAnalysis { Summary = LogSummary(log), Findings = LogFindings(log), Log = log };
    }

    private static bool IsGeneric(LogLayout layout) => layout is TextLayout || ReferenceEquals(layout, LogLayouts.Plain);

    private static List<DataFinding> LogFindings(LogAnalysisResult log)
    {
        var findings = new List<DataFinding>();
        foreach (var anomaly in log.Anomalies)
        {
            var lines = anomaly.EvidenceLines;
            var range = lines.Count == 0 ? EvidenceRange.Line(1) : EvidenceRange.Lines(lines.Min(), lines.Max());
            findings.Add(new DataFinding($"log-{findings.Count + 1}", System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(anomaly.Kind.ToString()), anomaly.Severity >= 0.5 ? FindingSeverity.Error : FindingSeverity.Warning, anomaly.Summary, range));
        }

        foreach (var cluster in log.ErrorClusters.Take(10))
        {
            var first = cluster.ExampleLines.Count > 0 ? cluster.ExampleLines[0] : 1;
            findings.Add(new DataFinding($"log-{findings.Count + 1}", "error-cluster", FindingSeverity.Error, $"{cluster.Count:N0} × {cluster.Template}", EvidenceRange.Lines(first, Math.Max(first, cluster.LastLine))));
        }

        foreach (var exception in log.Exceptions.Take(10))
        {
            var first = exception.ExampleLines.Count > 0 ? exception.ExampleLines[0] : 1;
            findings.Add(new DataFinding($"log-{findings.Count + 1}", "exception", FindingSeverity.Error, $"{exception.Count:N0} × {exception.Type}: {exception.Message}", EvidenceRange.Line(first)));
        }

        return findings;
    }

    private static string LogSummary(LogAnalysisResult log)
    {
        var errors = log.Levels.Where(l => l.Key is "error" or "fatal" or "critical").Sum(l => l.Value);
        var span = log.FirstTimestamp is { } first && log.LastTimestamp is { } last ? $" from {first:u} to {last:u}" : "";
        var start = log.IncidentStart is { } incident ? $" Likely incident start: {incident.Summary}." : "";
        return $"{log.Input.Events:N0} events ({log.Input.Layout}){span}, {errors:N0} errors in {log.ErrorClusters.Count} clusters, {log.Anomalies.Count} anomalies.{start}";
    }

    private static async Task<string> ReadCappedAsync(Stream input, ExpansionLimit? limit, CancellationToken cancellationToken)
    {
        using var reader = LogInput.OpenText(input, limit);
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while (text.Length < MaxAnalysedChars && (read = await reader.ReadBlockAsync(buffer.AsMemory(0, Math.Min(buffer.Length, MaxAnalysedChars - text.Length)), cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The sample the classifier read, then the rest of the input.</summary>
    private sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Read(Span<char> buffer)
        {
            if (_position < prefix.Length)
            {
                var count = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            return rest.Read(buffer);
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            _position < prefix.Length ? ValueTask.FromResult(Read(buffer.Span)) : rest.ReadAsync(buffer, cancellationToken);

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();
    }
}
