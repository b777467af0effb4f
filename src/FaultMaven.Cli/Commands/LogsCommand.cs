using System.Buffers.Binary;
using System.Buffers.Text;
using System.CommandLine;
using System.Globalization;
using System.Text;
using FaultMaven.Core.Common;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm logs parse</c>: mine the templates of a log file, one CSV row per input line.</summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The log file to parse, plain or gzip ('-' for standard input)", Required = true }.NamesFiles();
        var format = new Option<string?>("--log-format") { Description = "The line layout, e.g. '<Date> <Time> <Level> <Component>: <Content>'; detected when left out" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the CSV (LineId,EventId,EventTemplate)", Required = true }.NamesFiles();
        var similarity = new Option<double?>("--similarity") { Description = "Share of positions that must agree for a message to join a template (default 0.5; for tuning)" };
        var variants = new Option<int?>("--variants") { Description = "Distinct values a word must show before it becomes a variable (default 3; for tuning)" };
        var spanFillers = new Option<int?>("--span-fillers") { Description = "Wordings a quoted or bracketed span must show before it is one value (default 2; for tuning)" };
        var labelValues = new Option<int?>("--label-values") { Description = "Labels ('name:', {\"key\":) one place must show before they are values (default 5; for tuning)" };
        // Out of range, the miner would run and write templates that mean nothing (every line one template, or all lines one).
        similarity.Validators.Add(r => r.Require<double?>(v => v is null or > 0 and <= 1, "--similarity must be a share above 0 and at most 1 (e.g. 0.5)."));
        variants.Validators.Add(r => r.Require<int?>(v => v is null or >= 2, "--variants must be at least 2."));
        spanFillers.Validators.Add(r => r.Require<int?>(v => v is null or >= 2, "--span-fillers must be at least 2."));
        labelValues.Validators.Add(r => r.Require<int?>(v => v is null or >= 2, "--label-values must be at least 2."));
        var maxExpanded = CommonOptions.MaxExpandedBytes(CommonOptions.OwnFiles);
        var parse = new Command("parse", "Mine message templates: writes LineId,EventId,EventTemplate for every input line") { input, format, output, similarity, variants, spanFillers, labelValues, maxExpanded };
        parse.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var layout = p.GetValue(format) is { } pattern ? LogLayouts.FromFormat(ParseFormat(pattern)) : null;
                var defaults = new TemplateMinerOptions();
                var options = new TemplateMinerOptions
                {
                    SimilarityThreshold = p.GetValue(similarity) ?? defaults.SimilarityThreshold,
                    VariantsToGeneralize = p.GetValue(variants) ?? defaults.VariantsToGeneralize,
                    SpanFillers = p.GetValue(spanFillers) ?? defaults.SpanFillers,
                    LabelValues = p.GetValue(labelValues) ?? defaults.LabelValues,
                };
                // The CSV is written after the whole input is mined: a directory, or a folder that is not there, is refused before that.
                if (p.GetValue(output) is { } csv and not "-")
                {
                    OutputFile.Check(csv);
                }

                if (LogFiles.SameFile(p.GetValue(input)!, p.GetValue(output)!))
                {
                    throw new CliException($"--output '{p.GetValue(output)}' is {(p.GetValue(input) == "-" ? "the file standard input reads" : "the input file")}; write the CSV somewhere else.", ExitCodes.Usage);
                }

                var limit = CommonOptions.ExpansionLimitFor(p.GetValue(maxExpanded), CommonOptions.OwnFiles);
                List<string> warnings;
                long lines;
                int templates;
                try
                {
                    (lines, templates, warnings) = await ParseAsync(p.GetValue(input)!, layout, options, limit, p.GetValue(output)!, cancellationToken);
                }
                catch (ExpansionLimitException ex)
                {
                    // Also when the first block read to detect gzip is already past a small limit. The CSV is written after the whole
                    // input is mined, so nothing of it exists yet.
                    throw new CliException($"{LogFiles.Name(p.GetValue(input)!)}: {ex.Message} Nothing was written; for a file you trust, give --max-expanded-bytes.", ExitCodes.Failure);
                }

                foreach (var warning in warnings)
                {
                    await context.Error.WriteLineAsync($"fm: warning: {warning}");
                }

                await context.Error.WriteLineAsync($"fm: {lines.ToString("N0", CultureInfo.InvariantCulture)} lines, {templates.ToString("N0", CultureInfo.InvariantCulture)} templates → {p.GetValue(output)}");
                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });

        return new Command("logs", "Work with log files locally (no server needed)") { parse };
    }

    // 16 MB: about a fifth of a second of parsing.
    private const long WarmupBytes = 16L << 20;

    internal static HeaderFormat ParseFormat(string pattern)
    {
        var parsed = HeaderFormat.Parse(pattern);
        return parsed.Succeeded ? parsed.Value : throw new CliException(parsed.Failure.Detail, ExitCodes.Usage);
    }

    // Lines are mined in one pass; each line's template id goes to a scratch file so that the CSV, written in a
    // second pass, shows every line's final template while memory stays bounded by the number of templates.
    private static async Task<(long Lines, int Templates, List<string> Warnings)> ParseAsync(string path, LogLayout? layout, TemplateMinerOptions options, ExpansionLimit limit, string outputPath, CancellationToken cancellationToken)
    {
        // Compiling ahead on the other core pays on a file that takes a second to parse; on a small one the throw-away miner
        // could compile paths the file's real run never reaches. Started first, so that it overlaps opening the file too.
        if (path != "-" && new FileInfo(path) is { Exists: true, Length: >= WarmupBytes })
        {
            JitWarmup.Start(path, limit, options, TimeProvider.System);
        }

        using var lines = LogFiles.Open(path, limit);
        var miner = new TemplateMiner(options);
        var scratchPath = Path.GetTempFileName();
        using var tracked = TemporaryFiles.Track(scratchPath);
        try
        {
            long count;
            // The scratch file holds four bytes a line: a limit on file size (ulimit -f) or a full disk can stop it before the output
            // is opened, and is said as such (the old output is untouched).
            await using (var scratch = new ReportedWrites(new FileStream(scratchPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), ex => ScratchFailed(ex, outputPath)))
            {
                count = await ParallelTemplateMining.MineAsync(lines, layout, miner, scratch, TimeProvider.System, cancellationToken);
            }

            miner.Consolidate();
            WriteCsv(scratchPath, count, miner, outputPath);
            return (count, miner.TemplateCount, Warnings(lines, miner));
        }
        finally
        {
            File.Delete(scratchPath);
        }
    }

    private static CliException ScratchFailed(Exception ex, string outputPath)
    {
        var reason = ex is ArgumentOutOfRangeException ? "it would be larger than this process may write (ulimit -f) or the file system allows"
            : ex is IOException && ex.HResult == 28 ? "the disk is full"
            : ex.Message.Split(" : '")[0].TrimEnd('.');
        var kept = outputPath != "-" && File.Exists(outputPath) ? $" '{outputPath.Printable()}' is left as it was." : "";
        return new CliException($"cannot write the template ids of each line to a scratch file in {Path.GetTempPath().Printable()}: {reason}.{kept}", ExitCodes.Failure);
    }

    // What the CSV does not show by itself: input that ended early, lines cut at the length limit (their template is of the first
    // 64 K characters), and lines past the template limit (their template says so, but not how many there are).
    internal static List<string> Warnings(LineReader lines, TemplateMiner miner)
    {
        var warnings = new List<string>();
        if (lines.Warning is { } warning)
        {
            warnings.Add(warning);
        }

        if (lines.TruncatedLines > 0)
        {
            warnings.Add($"{lines.TruncatedLines.ToString("N0", CultureInfo.InvariantCulture)} line(s) were longer than {lines.MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters and were cut: their templates are of the first {lines.MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");
        }

        if (miner.UnminedCount > 0)
        {
            warnings.Add($"the template limit was reached ({(miner.CreatedCount - 1).ToString("N0", CultureInfo.InvariantCulture)} templates): {miner.UnminedCount.ToString("N0", CultureInfo.InvariantCulture)} line(s) that would have opened a new template were not mined (template E{miner.Unmined!.Id.ToString(CultureInfo.InvariantCulture)}, \"{TemplateMiner.UnminedText}\").");
        }

        return warnings;
    }

    // Rows are written as bytes: each template's tail (",E12,text\n") is encoded once, so a row costs its line number.
    private static void WriteCsv(string scratchPath, long lines, TemplateMiner miner, string outputPath)
    {
        var tails = new byte[miner.CreatedCount + 1][];
        tails[0] = Encoding.UTF8.GetBytes(",E0,\n");
        for (var id = 1; id < tails.Length; id++)
        {
            var template = miner.GetTemplate(id).Current;
            tails[id] = Encoding.UTF8.GetBytes($",E{template.Id.ToString(CultureInfo.InvariantCulture)},{Csv(template.Text)}\n");
        }

        using var ids = new FileStream(scratchPath, FileMode.Open, FileAccess.Read, FileShare.None, bufferSize: 0);
        using var file = outputPath == "-" ? null : OutputFile.Create(outputPath);
        using var output = file?.Stream ?? Console.OpenStandardOutput();
        var buffer = new byte[1 << 16];
        var used = 0;
        "LineId,EventId,EventTemplate\n"u8.CopyTo(buffer);
        used += "LineId,EventId,EventTemplate\n"u8.Length;
        // The ids are read a block at a time, not with a stream call per row (832,000 calls for a 100 MB log).
        var rowIds = new byte[1 << 16];
        var idAt = rowIds.Length;
        for (long line = 1; line <= lines; line++)
        {
            if (idAt == rowIds.Length)
            {
                ids.ReadExactly(rowIds, 0, (int)Math.Min(rowIds.Length, (lines - line + 1) * sizeof(int)));
                idAt = 0;
            }

            var tail = tails[BinaryPrimitives.ReadInt32LittleEndian(rowIds.AsSpan(idAt))];
            idAt += sizeof(int);
            if (used + 20 + tail.Length > buffer.Length)
            {
                output.Write(buffer, 0, used);
                used = 0;
                if (20 + tail.Length > buffer.Length)
                {
                    Array.Resize(ref buffer, 20 + tail.Length);
                }
            }

            Utf8Formatter.TryFormat(line, buffer.AsSpan(used), out var digits);
            used += digits;
            tail.CopyTo(buffer, used);
            used += tail.Length;
        }

        output.Write(buffer, 0, used);
        file?.Commit();
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
