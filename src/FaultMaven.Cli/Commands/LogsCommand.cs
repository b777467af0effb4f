using System.Buffers.Binary;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm logs parse</c>: mine the templates of a log file, one CSV row per input line.</summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The log file to parse, plain or gzip ('-' for standard input)", Required = true };
        var format = new Option<string?>("--log-format") { Description = "The line layout, e.g. '<Date> <Time> <Level> <Component>: <Content>'; detected when left out" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the CSV (LineId,EventId,EventTemplate)", Required = true };
        var similarity = new Option<double?>("--similarity") { Description = "Share of positions that must agree for a message to join a template (default 0.5; for tuning)" };
        var variants = new Option<int?>("--variants") { Description = "Distinct values a word must show before it becomes a variable (default 3; for tuning)" };
        var parse = new Command("parse", "Mine message templates: writes LineId,EventId,EventTemplate for every input line") { input, format, output, similarity, variants };
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
                };
                var (lines, templates, warning) = await ParseAsync(p.GetValue(input)!, layout, options, p.GetValue(output)!, cancellationToken);
                if (warning is not null)
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

    internal static HeaderFormat ParseFormat(string pattern)
    {
        var parsed = HeaderFormat.Parse(pattern);
        return parsed.Succeeded ? parsed.Value : throw new CliException(parsed.Failure.Detail, ExitCodes.Usage);
    }

    // Lines are mined in one pass; each line's template id goes to a scratch file so that the CSV, written in a
    // second pass, shows every line's final template while memory stays bounded by the number of templates.
    // Reading (decode, layout, fields) runs on its own thread and hands batches of messages to the miner on this one.
    private static async Task<(long Lines, int Templates, string? Warning)> ParseAsync(string path, LogLayout? layout, TemplateMinerOptions options, string outputPath, CancellationToken cancellationToken)
    {
        using var reader = new LogEventReader(LogFiles.Open(path), new LogEventReaderOptions { Layout = layout, JoinContinuationLines = false });
        var miner = new TemplateMiner(options);
        var scratchPath = Path.GetTempFileName();
        try
        {
            long written = 0;
            await using (var scratch = new FileStream(scratchPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var ids = new byte[MessageBatch.Size * sizeof(int)];
                var batches = Channel.CreateBounded<MessageBatch>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
                var reading = Task.Factory.StartNew(() => ReadBatches(reader, batches.Writer, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    var count = 0;
                    for (var i = 0; i < batch.Count; i++)
                    {
                        // Blank lines have no event; they get template 0 so that every input line has its row, in order: the ids
                        // buffered so far go first.
                        if (written < batch.Lines[i] - 1 && count > 0)
                        {
                            scratch.Write(ids, 0, count * sizeof(int));
                            count = 0;
                        }

                        for (; written < batch.Lines[i] - 1; written++)
                        {
                            scratch.Write(NoTemplate);
                        }

                        BinaryPrimitives.WriteInt32LittleEndian(ids.AsSpan(count * sizeof(int)), miner.Match(batch.Messages[i]).Id);
                        count++;
                        written++;
                    }

                    scratch.Write(ids, 0, count * sizeof(int));
                }

                await reading;
                for (; written < reader.Lines.LineNumber; written++)
                {
                    scratch.Write(NoTemplate);
                }
            }

            miner.Consolidate();
            WriteCsv(scratchPath, written, miner, outputPath);
            return (written, miner.TemplateCount, reader.Lines.Warning);
        }
        finally
        {
            File.Delete(scratchPath);
        }
    }

    private static void ReadBatches(LogEventReader reader, ChannelWriter<MessageBatch> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new MessageBatch();
            while (reader.TryRead(out var logEvent))
            {
                batch.Lines[batch.Count] = logEvent.LineNumber;
                batch.Messages[batch.Count++] = logEvent.Headline;
                if (batch.Count == MessageBatch.Size)
                {
                    Publish(writer, batch, cancellationToken);
                    batch = new MessageBatch();
                }
            }

            if (batch.Count > 0)
            {
                Publish(writer, batch, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    // The reading thread blocks while the miner is four batches behind; memory stays bounded.
    private static void Publish(ChannelWriter<MessageBatch> writer, MessageBatch batch, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(batch))
        {
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    private static readonly byte[] NoTemplate = new byte[sizeof(int)];

    private sealed class MessageBatch
    {
        public const int Size = 4096;

        public long[] Lines { get; } = new long[Size];

        public string[] Messages { get; } = new string[Size];

        public int Count { get; set; }
    }

    private static void WriteCsv(string scratchPath, long lines, TemplateMiner miner, string outputPath)
    {
        using var ids = new BinaryReader(new FileStream(scratchPath, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16));
        using var writer = OpenOutput(outputPath);
        writer.Write("LineId,EventId,EventTemplate\n");
        for (long line = 1; line <= lines; line++)
        {
            var id = ids.ReadInt32();
            writer.Write(line.ToString(CultureInfo.InvariantCulture));
            if (id == 0)
            {
                writer.Write(",E0,\n");
                continue;
            }

            var template = miner.GetTemplate(id).Current;
            writer.Write(",E");
            writer.Write(template.Id.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Csv(template.Text));
            writer.Write('\n');
        }
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return path == "-" ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}", ExitCodes.Failure);
        }
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
