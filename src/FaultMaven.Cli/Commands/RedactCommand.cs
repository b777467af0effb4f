using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaultMaven.Core.Common;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm redact</c>: private data and secrets taken out of a text locally, or (<c>--jsonl</c>) the spans found in labelled records.</summary>
internal static class RedactCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "The text to redact, plain or gzip ('-' or nothing for standard input)", Arity = ArgumentArity.ZeroOrOne }.NamesFilesArgument();
        var jsonl = new Option<string?>("--jsonl") { Description = "Read JSON lines {\"id\",\"text\"} from this file and write {\"id\",\"entities\":[{\"type\",\"start\",\"end\",\"score\"}]} instead of redacted text (offsets in code points, end exclusive)" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write ('-' or nothing for standard output)" }.NamesFiles();
        var operators = new Option<string[]>("--operator") { Description = "TYPE=OPERATOR, e.g. EMAIL=hash, PHONE=mask, PERSON=keep (operators: redact, pseudonymize, hash, mask, keep; secrets: redact or hash)", AllowMultipleArgumentsPerToken = false };
        var privateAddresses = new Option<bool>("--redact-private-ips") { Description = "Also redact private network addresses (kept by default: they matter for troubleshooting)" };
        var maxExpanded = CommonOptions.MaxExpandedBytes(ExpansionLimit.Default);
        var command = new Command("redact", "Take private data and secrets out of a text: secrets redacted, personal data pseudonymised (<EMAIL_1>)") { file, jsonl, output, operators, privateAddresses, maxExpanded };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var policy = BuildPolicy(p.GetValue(operators) ?? [], p.GetValue(privateAddresses));
                var redactor = new Redactor(new PiiDetector(), policy);
                // '-' is standard output, as it is standard input for FILE (not a file named "-").
                var outputPath = p.GetValue(output) is "-" ? null : p.GetValue(output);
                // Text to redact is often handed over by someone else: the server's limits against compression bombs apply here too.
                var limit = CommonOptions.ExpansionLimitFor(p.GetValue(maxExpanded), ExpansionLimit.Default);
                if (p.GetValue(jsonl) is { } records)
                {
                    if (p.GetValue(file) is not null)
                    {
                        throw new CliException("give either FILE or --jsonl, not both.", ExitCodes.Usage);
                    }

                    var (count, entities) = await DetectRecordsAsync(redactor.Detector, records, limit, outputPath, context, cancellationToken);
                    await context.Error.WriteLineAsync($"fm: {count.ToString("N0", CultureInfo.InvariantCulture)} records, {entities.ToString("N0", CultureInfo.InvariantCulture)} entities");
                    return ExitCodes.Success;
                }

                var counts = await RedactTextAsync(redactor, p.GetValue(file) ?? "-", limit, outputPath, context, cancellationToken);
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

            if (!RedactionPolicy.Allows(type, op))
            {
                throw new CliException($"--operator '{assignment}': {type.Label()} is a secret: it can only be redacted or hashed.", ExitCodes.Usage);
            }

            policy = policy.With(type, op);
        }

        return policy;
    }

    private static async Task<IReadOnlyDictionary<PiiType, long>> RedactTextAsync(Redactor redactor, string path, ExpansionLimit limit, string? outputPath, CliContext context, CancellationToken cancellationToken)
    {
        // Writing over the input would truncate it before it is read.
        RefuseSameFile(path, outputPath, context);
        using var input = LogFiles.OpenText(path, limit);
        await using var file = outputPath is null ? null : OutputFile.Create(outputPath);
        // Console.Out flushes after every write: one system call per piece of text between two replacements (700,000 on 100 MB
        // of dense text, a quarter of the CPU). Standard output gets its own buffered writer instead.
        var output = file is not null ? new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16)
            : ReferenceEquals(context.Output, Console.Out) ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
            : null;
        try
        {
            var counts = await new StreamRedactor(redactor, warmUp: true).RedactAsync(input, output ?? context.Output, cancellationToken: cancellationToken);
            if (output is not null)
            {
                await output.DisposeAsync();
                output = null;
            }

            file?.Commit();
            await WarnAsync(input, context);
            return counts;
        }
        catch (ExpansionLimitException ex)
        {
            // What was written so far is a redacted beginning that looks whole: it never takes the output's place (an earlier
            // output stays as it was), as the server keeps nothing.
            throw new CliException($"{LogFiles.Name(path)}: {ex.Message} Nothing was written{(outputPath is null ? " after the text already printed" : "")}; "
                + "for a file you trust, raise --max-expanded-bytes.", ExitCodes.Failure);
        }
        finally
        {
            if (output is not null)
            {
                await output.DisposeAsync();
            }
        }
    }

    // A damaged or cut-off gzip input is read up to the damage: the user hears that the rest of the text is missing (as from
    // `fm logs parse` and `fm analyze`), on standard error so the redacted text stays clean.
    private static async Task WarnAsync(TextReader input, CliContext context)
    {
        if (input is LogTextReader { Warning: { } warning })
        {
            await context.Error.WriteLineAsync($"fm: warning: {warning}");
        }
    }

    // Standard output is asked only when the text goes there (not to a writer a caller gave).
    private static void RefuseSameFile(string path, string? outputPath, CliContext context)
    {
        if (outputPath is null && !ReferenceEquals(context.Output, Console.Out))
        {
            return;
        }

        if (LogFiles.SameFile(path, outputPath ?? "-"))
        {
            var output = outputPath is null ? "standard output" : $"--output '{outputPath}'";
            var input = path == "-" ? "the file standard input reads" : "the input file";
            throw new CliException($"{output} is {input}; write the redacted text somewhere else.", ExitCodes.Usage);
        }
    }

    private static async Task<(long Records, long Entities)> DetectRecordsAsync(PiiDetector detector, string path, ExpansionLimit limit, string? outputPath, CliContext context, CancellationToken cancellationToken)
    {
        RefuseSameFile(path, outputPath, context);
        // Records are read (and a bad one reported) first; only detection runs in parallel.
        var records = new List<(JsonNode Id, string Text)>();
        using (var input = LogFiles.OpenText(path, limit))
        {
            var lineNumber = 0;
            try
            {
                while (await input.ReadLineAsync(cancellationToken) is { } line)
                {
                    lineNumber++;
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        records.Add(ReadRecord(line, lineNumber, path));
                    }
                }
            }
            catch (ExpansionLimitException ex)
            {
                throw new CliException($"{LogFiles.Name(path)}: {ex.Message} Nothing was written; for a file you trust, raise --max-expanded-bytes.", ExitCodes.Failure);
            }

            await WarnAsync(input, context);
        }

        var results = new string[records.Count];
        var entityCount = 0L;
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (id, text) = records[i];
            var entities = new JsonArray();
            var codePoints = CodePointOffsets(text);
            foreach (var entity in detector.Detect(text))
            {
                var (start, end) = codePoints is null ? (entity.Start, entity.End) : (codePoints[entity.Start], codePoints[entity.End]);
                entities.Add(new JsonObject { ["type"] = entity.Type.Label(), ["start"] = start, ["end"] = end, ["score"] = Math.Round(entity.Score, 3) });
            }

            Interlocked.Add(ref entityCount, entities.Count);
            results[i] = new JsonObject { ["id"] = id, ["entities"] = entities }.ToJsonString();
        });

        await using var file = outputPath is null ? null : OutputFile.Create(outputPath);
        await using (var writer = file is null ? null : new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16))
        {
            var output = writer ?? context.Output;
            foreach (var result in results)
            {
                await output.WriteLineAsync(result);
            }
        }

        file?.Commit();
        return (results.Length, entityCount);
    }

    // Records count offsets in code points (as Python's str does); a string counts UTF-16 units, two for a character outside the
    // Basic Multilingual Plane (an emoji). Null when the text has none, so that the offsets are the same.
    internal static int[]? CodePointOffsets(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return null;
        }

        var offsets = new int[text.Length + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // The low half of a pair is inside the character its high half began.
            var inPair = char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            offsets[i] = inPair ? codePoint - 1 : codePoint++;
        }

        offsets[text.Length] = codePoint;
        return offsets;
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
}
