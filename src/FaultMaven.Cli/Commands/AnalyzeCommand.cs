using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FaultMaven.Core.Logs.Analysis;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm analyze FILE…</c>: the log engine run locally, no server needed.</summary>
internal static class AnalyzeCommand
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static Command Create(CliContext context, Option<bool> json)
    {
        var files = new Argument<string[]>("FILE") { Description = "Log files, plain or gzip ('-' for standard input)", Arity = ArgumentArity.OneOrMore };
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (e.g. 2024-05-01T10:00:00Z)" };
        var until = new Option<string?>("--until") { Description = "Only events before this time" };
        var format = new Option<string?>("--log-format") { Description = "The line layout, e.g. '<Date> <Time> <Level> <Component>: <Content>'; detected when left out" };
        var command = new Command("analyze", "Analyse log files: templates, error clusters, exceptions, timeline, anomalies and the likely incident start") { files, since, until, format };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var time = new TimestampParser(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
                var options = new LogAnalysisOptions { Since = ParseTime(p.GetValue(since), "--since", time), Until = ParseTime(p.GetValue(until), "--until", time) };
                var layout = p.GetValue(format) is { } pattern ? LogLayouts.FromFormat(LogsCommand.ParseFormat(pattern)) : null;
                var results = new List<LogAnalysisResult>();
                foreach (var file in p.GetValue(files)!)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var reader = new LogEventReader(LogFiles.Open(file), new LogEventReaderOptions { Layout = layout });
                    results.Add(new LogAnalyzer(options).Analyze(reader, file));
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
        console.MarkupLine($"[bold]{input.Name.EscapeMarkup()}[/] — {input.Layout} layout ({input.LayoutShare:P0} of sampled lines), {input.Encoding}{(input.Compressed ? ", gzip" : "")}, {input.Lines:N0} lines, {input.Events:N0} events, {r.TemplateCount:N0} templates");
        if (r.FirstTimestamp is { } first && r.LastTimestamp is { } last)
        {
            console.MarkupLine($"Time: {first:yyyy-MM-dd HH:mm:ss}Z → {last:yyyy-MM-dd HH:mm:ss}Z ({LogAnalyzer.Describe(last - first)})");
        }

        foreach (var warning in input.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {warning.EscapeMarkup()}");
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
            console.MarkupLine($"[bold red]Likely incident start:[/] {(start.Start is { } t ? $"{t:yyyy-MM-dd HH:mm:ss}Z" : $"line {(start.EvidenceLines.Count > 0 ? start.EvidenceLines[0] : 0)}")} — {start.Id}: {start.Summary.EscapeMarkup()} (lines {Lines(start.EvidenceLines)})");
        }

        if (r.Anomalies.Count > 0)
        {
            var table = new Table().Title("Top anomalies").AddColumns("ID", "KIND", "SEV", "START (UTC)", "WHAT", "LINES");
            foreach (var a in r.Anomalies.OrderByDescending(a => a.Severity).ThenBy(a => a.Id, StringComparer.Ordinal).Take(10))
            {
                table.AddRow(a.Id, a.Kind.ToString(), a.Severity.ToString("0.00", CultureInfo.InvariantCulture), a.Start is { } t ? $"{t:MM-dd HH:mm:ss}" : "-", a.Summary.EscapeMarkup(), Lines(a.EvidenceLines));
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
                table.AddRow(e.Count.ToString("N0", CultureInfo.InvariantCulture), e.Type.EscapeMarkup(), string.Join(" ← ", e.Frames).EscapeMarkup(), Lines(e.ExampleLines));
            }

            console.Write(table);
        }

        if (r.Traces.Count > 0 && r.Traces[0].Errors > 0)
        {
            var table = new Table().Title("Traces and requests with errors").AddColumns("ID", "EVENTS", "ERRORS", "LINES");
            foreach (var t in r.Traces.Where(t => t.Errors > 0).Take(5))
            {
                table.AddRow($"{t.Kind} {t.Id}".EscapeMarkup(), t.Events.ToString(CultureInfo.InvariantCulture), t.Errors.ToString(CultureInfo.InvariantCulture), Lines(t.Lines));
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
            table.AddRow(count(c).ToString("N0", CultureInfo.InvariantCulture), c.FirstSeen is { } f ? $"{f:MM-dd HH:mm:ss}" : "-", c.LastSeen is { } l ? $"{l:MM-dd HH:mm:ss}" : "-", c.Template.EscapeMarkup(), Lines(c.ExampleLines));
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
