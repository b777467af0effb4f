using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

public sealed class RedactCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Redact_writes_the_redacted_text_and_reports_counts()
    {
        var input = Write("app.log", "login failed for bob@example.com from 203.0.113.5\nretry by bob@example.com, password=Sn0wfl4ke!99\n");

        var result = await RunAsync("redact", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("login failed for <EMAIL_1> from <IPV4_1>\nretry by <EMAIL_1>, password=<GENERIC_SECRET>\n", result.Output);
        Assert.Contains("redacted 4 values (EMAIL 2, IPV4 1, GENERIC_SECRET 1)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_output_dash_is_standard_output_not_a_file_named_dash()
    {
        var input = Write("app.log", "login failed for bob@example.com\n");
        var dash = Path.GetFullPath("-");
        Assert.False(File.Exists(dash));

        var result = await RunAsync("redact", input, "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("login failed for <EMAIL_1>\n", result.Output);
        Assert.False(File.Exists(dash));
    }

    [Fact]
    public async Task Redact_to_standard_output_of_a_process_writes_every_byte_once_without_a_byte_order_mark()
    {
        // Standard output gets its own buffered writer (Console.Out flushed once per piece of text): what a pipe receives must be
        // the whole redacted text, in order, and nothing else — also with more text than one buffer holds.
        var line = "login by bob@example.com from 203.0.113.5 — café Zoë ok\n";
        var input = Write("big.log", string.Concat(Enumerable.Repeat(line, 5_000)));
        var info = new ProcessStartInfo("dotnet", [FmAssembly(), "redact", input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(info)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync(token);
        await process.StandardOutput.BaseStream.CopyToAsync(stdout, token);
        await process.WaitForExitAsync(token);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("redacted 10,000 values", await error, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("login by <EMAIL_1> from <IPV4_1> — café Zoë ok\n", 5_000))), stdout.ToArray());
    }

    private static string FmAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fm.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("fm.dll is not beside the tests", path);
    }

    [Fact]
    public async Task Redact_jsonl_writes_typed_character_offsets()
    {
        var input = Write("records.jsonl", "{\"id\":\"r1\",\"text\":\"mail ana@example.org now\"}\n{\"id\":\"r2\",\"text\":\"nothing here\"}\n");
        var output = Path.Combine(_dir.Path, "pred.jsonl");

        var result = await RunAsync("redact", "--jsonl", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("r1", first.RootElement.GetProperty("id").GetString());
        var entity = Assert.Single(first.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal("EMAIL", entity.GetProperty("type").GetString());
        Assert.Equal(5, entity.GetProperty("start").GetInt32());
        Assert.Equal(20, entity.GetProperty("end").GetInt32());
        Assert.Equal("{\"id\":\"r2\",\"entities\":[]}", lines[1]);
    }

    [Fact]
    public async Task Redact_jsonl_counts_offsets_in_code_points_past_an_emoji()
    {
        // The record format counts code points (as Python's str does); a C# string counts an emoji as two units.
        var input = Write("emoji.jsonl", "{\"id\":\"e\",\"text\":\"\ud83d\udd25 on fire: \ud83d\udc4d ana@example.org\"}\n");
        var output = Path.Combine(_dir.Path, "emoji-pred.jsonl");

        var result = await RunAsync("redact", "--jsonl", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        using var record = JsonDocument.Parse(File.ReadAllLines(output)[0]);
        var entity = Assert.Single(record.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal(13, entity.GetProperty("start").GetInt32());
        Assert.Equal(28, entity.GetProperty("end").GetInt32());
    }

    [Theory]
    [InlineData("--operator", "EMAIL=shred", 2, "is not an operator")]
    [InlineData("--operator", "NAME=keep", 2, "known type")]
    [InlineData("--operator", "JWT=keep", 2, "can only be redacted or hashed")]
    public async Task Redact_rejects_bad_operators_with_a_usage_error(string option, string value, int exitCode, string message)
    {
        var input = Write("a.txt", "x");

        var result = await RunAsync("redact", input, option, value);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_reports_a_missing_file_and_a_malformed_record()
    {
        var missing = await RunAsync("redact", Path.Combine(_dir.Path, "nope.txt"));
        var malformed = await RunAsync("redact", "--jsonl", Write("bad.jsonl", "{\"id\":1,\"text\":\"ok\"}\nnot json\n"));

        Assert.Equal(4, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
        Assert.StartsWith("fm: error: ", malformed.Error, StringComparison.Ordinal);
        Assert.Contains("line 2: expected a JSON object", malformed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_refuses_binary_input_and_writing_over_its_input()
    {
        var binary = Path.Combine(_dir.Path, "core.bin");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0]);
        var input = Write("app.log", "mail bob@example.com\n");

        var binaryResult = await RunAsync("redact", binary);
        var overwrite = await RunAsync("redact", input, "--output", input);

        Assert.Equal(1, binaryResult.ExitCode);
        Assert.StartsWith("fm: error: ", binaryResult.Error, StringComparison.Ordinal);
        Assert.Equal(2, overwrite.ExitCode);
        Assert.Contains("is the input file", overwrite.Error, StringComparison.Ordinal);
        Assert.Equal("mail bob@example.com\n", File.ReadAllText(input));
    }

    [Fact]
    public async Task Redact_and_logs_parse_refuse_an_output_that_links_to_their_input()
    {
        // A symbolic link to the input, or to its directory, is the input file too: writing it truncated the log.
        var input = Write("same.log", "mail bob@example.com\n");
        var link = Path.Combine(_dir.Path, "link.log");
        File.CreateSymbolicLink(link, input);
        var linkedDirectory = Path.Combine(_dir.Path, "logs");
        Directory.CreateSymbolicLink(linkedDirectory, _dir.Path);

        var results = new[]
        {
            await RunAsync("redact", input, "--output", link),
            await RunAsync("redact", input, "--output", Path.Combine(linkedDirectory, "same.log")),
            await RunAsync("logs", "parse", "--input", input, "--output", input),
            await RunAsync("logs", "parse", "--input", link, "--output", Path.Combine(linkedDirectory, "same.log")),
        };

        Assert.All(results, r => Assert.Equal(2, r.ExitCode));
        Assert.All(results, r => Assert.Contains("is the input file", r.Error, StringComparison.Ordinal));
        Assert.Equal("mail bob@example.com\n", File.ReadAllText(input));
    }

    [Fact]
    public async Task A_directory_given_as_input_or_output_is_named_as_one()
    {
        var input = Write("app.log", "mail bob@example.com\n");

        var results = new[]
        {
            await RunAsync("redact", _dir.Path),
            await RunAsync("redact", input, "--output", _dir.Path),
            await RunAsync("logs", "parse", "--input", _dir.Path, "--output", Path.Combine(_dir.Path, "out.csv")),
            await RunAsync("logs", "parse", "--input", input, "--output", _dir.Path),
        };

        Assert.All(results, r => Assert.NotEqual(0, r.ExitCode));
        Assert.All(results, r => Assert.Contains("it is a directory", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redact_reads_gzip_and_keeps_windows_line_ends()
    {
        var path = Path.Combine(_dir.Path, "app.log.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("from 203.0.113.5\r\nok\r\n"u8);
        }

        var result = await RunAsync("redact", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("from <IPV4_1>\r\nok\r\n", result.Output);
    }

    [Fact]
    public async Task Redact_of_a_cut_off_gzip_writes_what_was_read_and_warns_that_the_rest_is_missing()
    {
        var whole = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(whole, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var i = 0; i < 20_000; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes($"request {i} from 203.0.113.{i % 250}\n"));
            }
        }

        var path = Path.Combine(_dir.Path, "cut.log.gz");
        File.WriteAllBytes(path, whole.ToArray()[..(int)(whole.Length / 2)]);
        var jsonl = Path.Combine(_dir.Path, "cut.jsonl.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(jsonl), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("{\"id\":\"a\",\"text\":\"from 203.0.113.5\"}\n"u8);
        }

        File.WriteAllBytes(jsonl, File.ReadAllBytes(jsonl)[..^4]);

        var text = await RunAsync("redact", path);
        var records = await RunAsync("redact", "--jsonl", jsonl);

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("request 0 from <IPV4_1>\n", text.Output, StringComparison.Ordinal);
        Assert.Contains("fm: warning: The compressed input is truncated", text.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", text.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, records.ExitCode);
        Assert.Contains("fm: warning: The compressed input is truncated", records.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_reads_a_csv_of_many_blocks_whose_quoted_notes_span_lines_as_one_table()
    {
        // Over three blocks of 32K characters; every fiftieth note spans three lines, so block ends fall inside and beside them.
        var csv = new AssigneeCsv { Rows = 6000, NoteLines = 3, Unbalanced = 1234 };
        var text = csv.Write();
        Assert.True(text.Length > 3 * (1 << 15));

        var result = await RunAsync("redact", Write("export.csv", text));

        Assert.Equal(0, result.ExitCode);
        foreach (var name in csv.Names)
        {
            Assert.DoesNotContain(name, result.Output, StringComparison.Ordinal);
        }

        Assert.Equal(csv.Names.Aggregate(text, (all, name) => all.Replace(name, "", StringComparison.Ordinal)),
            System.Text.RegularExpressions.Regex.Replace(result.Output, "<PERSON_[0-9]+>", ""));
    }

    private static Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
