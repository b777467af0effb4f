using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm redact</c>: private data and secrets taken out of a text locally, or (<c>--jsonl</c>) the spans found in labelled records.</summary>
internal static class RedactCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "The text to redact, plain or gzip ('-' or nothing for standard input)", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl") { Description = "Read JSON lines {\"id\",\"text\"} from this file and write {\"id\",\"entities\":[{\"type\",\"start\",\"end\",\"score\"}]} instead of redacted text" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write (standard output when left out)" };
        var operators = new Option<string[]>("--operator") { Description = "TYPE=OPERATOR, e.g. EMAIL=hash, PHONE=mask, PERSON=keep (operators: redact, pseudonymize, hash, mask, keep; secrets: redact or hash)", AllowMultipleArgumentsPerToken = false };
        var privateAddresses = new Option<bool>("--redact-private-ips") { Description = "Also redact private network addresses (kept by default: they matter for troubleshooting)" };
        var command = new Command("redact", "Take private data and secrets out of a text: secrets redacted, personal data pseudonymised (<EMAIL_1>)") { file, jsonl, output, operators, privateAddresses };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var policy = BuildPolicy(p.GetValue(operators) ?? [], p.GetValue(privateAddresses));
                var redactor = new Redactor(new PiiDetector(), policy);
                if (p.GetValue(jsonl) is { } records)
                {
                    if (p.GetValue(file) is not null)
                    {
                        throw new CliException("give either FILE or --jsonl, not both.", ExitCodes.Usage);
                    }

                    var (count, entities) = await DetectRecordsAsync(redactor.Detector, records, p.GetValue(output), context, cancellationToken);
                    await context.Error.WriteLineAsync($"fm: {count.ToString("N0", CultureInfo.InvariantCulture)} records, {entities.ToString("N0", CultureInfo.InvariantCulture)} entities");
                    return ExitCodes.Success;
                }

                var counts = await RedactTextAsync(redactor, p.GetValue(file) ?? "-", p.GetValue(output), context, cancellationToken);
                var summary = counts.Count == 0 ? "nothing to redact" : string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key.Label()} {c.Value}"));
                await context.Error.WriteLineAsync($"fm: redacted {counts.Values.Sum().ToString("N0", CultureInfo.InvariantCulture)} values ({summary})");
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

    internal static RedactionPolicy BuildPolicy(IEnumerable<string> operators, bool redactPrivateAddresses)
    {
        var policy = RedactionPolicy.Default.WithPrivateAddresses(!redactPrivateAddresses);
        foreach (var assignment in operators)
        {
            var parts = assignment.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !PiiTypes.TryParse(parts[0], out var type))
            {
                throw new CliException($"--operator '{assignment}' is not TYPE=OPERATOR with a known type ({string.Join(", ", PiiTypes.All.Select(t => t.Label()))}).", ExitCodes.Usage);
            }

            if (!Enum.TryParse<RedactionOperator>(parts[1], ignoreCase: true, out var op) || int.TryParse(parts[1], out _))
            {
                throw new CliException($"--operator '{assignment}': '{parts[1]}' is not an operator (redact, pseudonymize, hash, mask, keep).", ExitCodes.Usage);
            }

            try
            {
                policy = policy.With(type, op);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"--operator '{assignment}': {ex.Message[..(ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : ex.Message.Length)]}", ExitCodes.Usage);
            }
        }

        return policy;
    }

    private static async Task<IReadOnlyDictionary<PiiType, long>> RedactTextAsync(Redactor redactor, string path, string? outputPath, CliContext context, CancellationToken cancellationToken)
    {
        using var input = OpenText(path);
        await using var output = outputPath is null ? null : CreateOutput(outputPath);
        return await new StreamRedactor(redactor).RedactAsync(input, output ?? context.Output, cancellationToken: cancellationToken);
    }

    private static async Task<(long Records, long Entities)> DetectRecordsAsync(PiiDetector detector, string path, string? outputPath, CliContext context, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        using (var input = OpenText(path))
        {
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                lines.Add(line);
            }
        }

        var results = new string?[lines.Count];
        var entityCount = 0L;
        Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                return;
            }

            var (id, text) = ReadRecord(lines[i], i + 1, path);
            var entities = new JsonArray();
            foreach (var entity in detector.Detect(text))
            {
                entities.Add(new JsonObject { ["type"] = entity.Type.Label(), ["start"] = entity.Start, ["end"] = entity.End, ["score"] = Math.Round(entity.Score, 3) });
            }

            Interlocked.Add(ref entityCount, entities.Count);
            results[i] = new JsonObject { ["id"] = id, ["entities"] = entities }.ToJsonString();
        });

        await using var file = outputPath is null ? null : CreateOutput(outputPath);
        var output = file ?? context.Output;
        var records = 0L;
        foreach (var result in results)
        {
            if (result is not null)
            {
                await output.WriteLineAsync(result);
                records++;
            }
        }

        return (records, entityCount);
    }

    private static (JsonNode Id, string Text) ReadRecord(string line, int lineNumber, string path)
    {
        try
        {
            if (JsonNode.Parse(line) is JsonObject record && record["id"] is { } id && record["text"] is JsonValue text && text.TryGetValue<string>(out var value))
            {
                return (id.DeepClone(), value);
            }
        }
        catch (JsonException)
        {
        }

        throw new CliException($"{LogFiles.Name(path)} line {lineNumber}: expected a JSON object with \"id\" and a string \"text\".", ExitCodes.Failure);
    }

    private static StreamReader OpenText(string path)
    {
        Stream stream;
        try
        {
            stream = path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"cannot read '{path}': no such file.", ExitCodes.NotFound);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliException($"cannot read '{path}': {ex.Message}", ExitCodes.Failure);
        }

        var buffered = new BufferedStream(stream, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = buffered.CanSeek && buffered.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        if (buffered.CanSeek)
        {
            buffered.Position = 0;
        }

        return new StreamReader(isGzip ? new GZipStream(buffered, CompressionMode.Decompress) : buffered, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    private static StreamWriter CreateOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new CliException($"cannot write '{path}': {ex.Message}", ExitCodes.Failure);
        }
    }
}
