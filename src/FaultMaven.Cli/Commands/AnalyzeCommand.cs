using FaultMaven.Core.Common;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Logs.Analysis;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Privacy.Redaction;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm analyze FILE…</c>: the data service's pipeline (classify, redact, analyse) run locally, no server needed.</summary>
internal static class AnalyzeCommand
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static Command Create(CliContext context, Option<bool> json)
    {
        var files = new Argument<string[]>("FILE") { Description = "Files, plain or gzip ('-' for standard input): logs, stack traces, metrics, configs, kubectl output…", Arity = ArgumentArity.OneOrMore }.NamesFilesArgument();
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (e.g. 2024-05-01T10:00:00Z); treats the input as a log" };
        var until = new Option<string?>("--until") { Description = "Only events before this time; treats the input as a log" };
        var format = new Option<string?>("--log-format") { Description = "The line layout, e.g. '<Date> <Time> <Level> <Component>: <Content>'; treats the input as a log" };
        var noRedact = new Option<bool>("--no-redact") { Description = "Skip redaction (nothing leaves this machine either way); output then shows private values" };
        var maxExpanded = CommonOptions.MaxExpandedBytes(CommonOptions.OwnFiles);
        var command = new Command("analyze", "Classify, redact and analyse files locally, as the server does with uploads: logs (templates, clusters, anomalies, "
            + "incident start), stack traces, metrics, configuration, Kubernetes output") { files, since, until, format, noRedact, maxExpanded };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var time = new TimestampParser(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
                var logOptions = new LogAnalysisOptions { Since = ParseTime(p.GetValue(since), "--since", time), Until = ParseTime(p.GetValue(until), "--until", time) };
                var layout = p.GetValue(format) is { } pattern ? LogLayouts.FromFormat(LogsCommand.ParseFormat(pattern)) : null;
                var asLog = layout is not null || logOptions.Since is not null || logOptions.Until is not null;
                var pipeline = new DataPipeline(Redactor.Default, new DataClassifier());
                var results = new List<AnalyzedFile>();
                foreach (var file in p.GetValue(files)!)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results.Add(await AnalyzeAsync(pipeline, file, new DataPipelineOptions { Redact = !p.GetValue(noRedact), LogLayout = layout, Log = logOptions, Type = asLog ? DataType.Log : null, Expansion = CommonOptions.ExpansionLimitFor(p.GetValue(maxExpanded), CommonOptions.OwnFiles) }, cancellationToken));
                }

                if (p.GetValue(json))
                {
                    await context.Output.WriteLineAsync(results.Count == 1 ? JsonSerializer.Serialize(results[0], CommandActions.Indented) : JsonSerializer.Serialize(results, CommandActions.Indented));
                }
                else
                {
                    foreach (var result in results)
                    {
                        Render(context.Console, result);
                    }
                }

                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });

        return command;
    }

    /// <summary>What <c>fm analyze --json</c> prints for one file.</summary>
    internal sealed record AnalyzedFile(
        string File, string Encoding, bool Compressed, DataClassification Classification, IReadOnlyDictionary<string, long> Redactions, IReadOnlyList<string> Warnings, DataAnalysis Analysis);

    private static async Task<AnalyzedFile> AnalyzeAsync(DataPipeline pipeline, string file, DataPipelineOptions options, CancellationToken cancellationToken)
    {
        var input = LogFiles.Require(file);
        var stdin = file == "-" ? Path.GetTempFileName() : null;
        var redacted = Path.GetTempFileName();
        // Standard input is copied as it came so that it can be read twice, and with --no-redact the "redacted" file holds the text
        // as it came too: both are sealed under a key that lives only in this process, so no private text rests on disk readable.
        // Both files go on a signal too.
        var sealing = new ContentEncryption(RandomNumberGenerator.GetBytes(ContentEncryption.KeySize));
        using var trackedInput = stdin is null ? null : TemporaryFiles.Track(stdin);
        using var trackedRedacted = TemporaryFiles.Track(redacted);
        try
        {
            if (stdin is not null)
            {
                await using var target = sealing.Text(stdin, uploadId: "stdin").Create();
                await input.CopyToAsync(target, cancellationToken);
                input.Dispose();
            }

            await using var source = stdin is null ? input : sealing.Text(stdin, uploadId: "stdin").OpenRead();
            // An empty input has nothing to classify; it is reported as a log without events.
            if (source.CanSeek && source.Length == 0)
            {
                options = options with { Type = DataType.Log };
            }

            var processed = await pipeline.ProcessAsync(source, sealing.Text(redacted, uploadId: "analysis"), new DataSource(LogFiles.Name(file)), new PseudonymMap(), options, cancellationToken);
            return new AnalyzedFile(LogFiles.Name(file), processed.Encoding, processed.Compressed, processed.Classification, processed.RedactionCounts, processed.Warnings, processed.Analysis);
        }
        catch (LogInputException ex)
        {
            throw new CliException($"{LogFiles.Name(file)}: {ex.Message}", ExitCodes.Failure);
        }
        catch (ExpansionLimitException ex)
        {
            throw new CliException($"{LogFiles.Name(file)}: {ex.Message} Nothing was analysed; for a file you trust, give --max-expanded-bytes.", ExitCodes.Failure);
        }
        finally
        {
            input.Dispose();
            File.Delete(redacted);
            if (stdin is not null)
            {
                File.Delete(stdin);
            }
        }
    }

    private static void Render(IAnsiConsole console, AnalyzedFile file)
    {
        var c = file.Classification;
        var redacted = file.Redactions.Count == 0 ? "nothing redacted" : "redacted " + string.Join(", ", file.Redactions.Select(r => $"{r.Key} {r.Value:N0}"));
        console.MarkupLine($"[dim]{file.File.Escape()}: {c.Type.Name()}{(c.Format is null ? "" : $" ({c.Format.Escape()})")}, confidence {c.Confidence:0.00}, {file.Encoding}{(file.Compressed ? ", gzip" : "")}; {redacted}[/]");
        foreach (var warning in file.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {warning.Escape()}");
        }

        if (file.Analysis.Log is { } log)
        {
            Render(console, log);
            return;
        }

        console.MarkupLine($"[bold]{file.File.Escape()}[/] — {file.Analysis.Summary.Escape()}");
        console.MarkupLine($"[dim]Signals: {string.Join("; ", c.Signals).Escape()}[/]");
        if (file.Analysis.Findings.Count == 0)
        {
            console.WriteLine();
            return;
        }

        var table = new Table().AddColumn("ID").AddColumn("SEVERITY").AddColumn("FINDING").AddColumn(new TableColumn("WHERE").NoWrap());
        foreach (var finding in file.Analysis.Findings)
        {
            var where = finding.Evidence.First == finding.Evidence.Last ? $"{finding.Evidence.Unit} {finding.Evidence.First}" : $"{finding.Evidence.Unit}s {finding.Evidence.First}–{finding.Evidence.Last}";
            table.AddRow(finding.Id, finding.Severity.ToString().ToLowerInvariant(), finding.Title.Escape(), where);
        }

        console.Write(table);
        console.WriteLine();
    }

    private static DateTimeOffset? ParseTime(string? text, string option, TimestampParser time)
    {
        if (text is null)
        {
            return null;
        }

        return time.TryParse(text, out var value) || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value
            : throw new CliException($"{option} '{text}' is not a time; use e.g. 2024-05-01T10:00:00Z.", ExitCodes.Usage);
    }

    private static void Render(IAnsiConsole console, LogAnalysisResult r)
    {
        var input = r.Input;
        console.MarkupLine($"[bold]{input.Name.Escape()}[/] — {input.Layout} layout ({input.LayoutShare:P0} of sampled lines), {input.Encoding}{(input.Compressed ? ", gzip" : "")}, {input.Lines:N0} lines, {input.Events:N0} events, {r.TemplateCount:N0} templates");
        if (r.FirstTimestamp is { } first && r.LastTimestamp is { } last)
        {
            console.MarkupLine($"Time: {first:yyyy-MM-dd HH:mm:ss}Z → {last:yyyy-MM-dd HH:mm:ss}Z ({LogAnalyzer.Describe(last - first)})");
        }

        foreach (var warning in input.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {warning.Escape()}");
        }

        console.MarkupLine("Levels: " + string.Join(" · ", r.Levels.Select(l => $"{l.Key} {l.Value:N0}")));
        if (r.Timeline is { Points.Count: > 1 } timeline)
        {
            console.MarkupLine($"Timeline ({LogAnalyzer.Describe(TimeSpan.FromSeconds(timeline.IntervalSeconds))} per mark):");
            console.MarkupLine($"  all    {Sparkline(timeline.Points.Select(p => p.Total).ToList())}");
            console.MarkupLine($"  errors [red]{Sparkline(timeline.Points.Select(p => p.Errors).ToList())}[/]");
        }

        if (r.IncidentStart is { } start)
        {
            console.MarkupLine($"[bold red]Likely incident start:[/] {(start.Start is { } t ? $"{t:yyyy-MM-dd HH:mm:ss}Z" : $"line {(start.EvidenceLines.Count > 0 ? start.EvidenceLines[0] : 0)}")} — {start.Id}: {start.Summary.Escape()} (lines {Lines(start.EvidenceLines)})");
        }

        if (r.Anomalies.Count > 0)
        {
            var table = new Table().Title("Top anomalies").AddColumns("ID", "KIND", "SEV", "START (UTC)", "WHAT", "LINES");
            foreach (var a in r.Anomalies.OrderByDescending(a => a.Severity).ThenBy(a => a.Id, StringComparer.Ordinal).Take(10))
            {
                table.AddRow(a.Id, a.Kind.ToString(), a.Severity.ToString("0.00", CultureInfo.InvariantCulture), a.Start is { } t ? $"{t:MM-dd HH:mm:ss}" : "-", a.Summary.Escape(), Lines(a.EvidenceLines));
            }

            console.Write(table);
        }

        ClusterTable(console, "Error clusters", r.ErrorClusters, c => c.Errors);
        ClusterTable(console, "Warning clusters", r.WarningClusters, c => c.Warnings);
        if (r.Exceptions.Count > 0)
        {
            var table = new Table().Title("Exceptions").AddColumns("COUNT", "TYPE", "TOP FRAMES", "LINES");
            foreach (var e in r.Exceptions.Take(10))
            {
                table.AddRow(e.Count.ToString("N0", CultureInfo.InvariantCulture), e.Type.Escape(), string.Join(" ← ", e.Frames).Escape(), Lines(e.ExampleLines));
            }

            console.Write(table);
        }

        if (r.Traces.Count > 0 && r.Traces[0].Errors > 0)
        {
            var table = new Table().Title("Traces and requests with errors").AddColumns("ID", "EVENTS", "ERRORS", "LINES");
            foreach (var t in r.Traces.Where(t => t.Errors > 0).Take(5))
            {
                table.AddRow($"{t.Kind} {t.Id}".Escape(), t.Events.ToString(CultureInfo.InvariantCulture), t.Errors.ToString(CultureInfo.InvariantCulture), Lines(t.Lines));
            }

            console.Write(table);
        }

        console.WriteLine();
    }

    private static void ClusterTable(IAnsiConsole console, string title, IReadOnlyList<TemplateSummary> clusters, Func<TemplateSummary, long> count)
    {
        if (clusters.Count == 0)
        {
            return;
        }

        var table = new Table().Title(title).AddColumns("COUNT", "FIRST (UTC)", "LAST (UTC)", "TEMPLATE", "LINES");
        foreach (var c in clusters.Take(10))
        {
            table.AddRow(count(c).ToString("N0", CultureInfo.InvariantCulture), c.FirstSeen is { } f ? $"{f:MM-dd HH:mm:ss}" : "-", c.LastSeen is { } l ? $"{l:MM-dd HH:mm:ss}" : "-", c.Template.Escape(), Lines(c.ExampleLines));
        }

        console.Write(table);
    }

    private static string Lines(IReadOnlyList<long> lines) => string.Join(", ", lines.Take(5).Select(l => l.ToString(CultureInfo.InvariantCulture)));

    internal static string Sparkline(IReadOnlyList<long> values)
    {
        var max = values.Count == 0 ? 0 : values.Max();
        return string.Concat(values.Select(v => v == 0 ? ' ' : Bars[(int)Math.Min(Bars.Length - 1, (v * (Bars.Length - 1) + max - 1) / Math.Max(1, max))]));
    }
}
