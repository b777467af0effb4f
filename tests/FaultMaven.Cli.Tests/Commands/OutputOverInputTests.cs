using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FaultMaven.Testing;
using static FaultMaven.Cli.Tests.Commands.CliRunner;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>No way of naming the output loses the input: hard links, standard input or output redirected from or to the input,
/// and outputs put in place whole (an earlier output kept when a run fails; its mode kept; a symbolic link kept a link; a FIFO and
/// /dev/stdout written as they are).</summary>
public sealed class OutputOverInputTests : IDisposable
{
    private const string Text = "mail bob@example.com\n";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_hard_link_to_the_input_is_refused_as_the_input_by_every_command_that_writes_a_file()
    {
        // A hard link shares no path with the file: only the device and inode say it is the same one. Writing it truncated the log.
        var input = Write("same.log", Text);
        var records = Write("records.jsonl", "{\"id\":\"r1\",\"text\":\"mail ana@example.org\"}\n");
        var link = Path.Combine(_dir.Path, "hard.log");
        var recordsLink = Path.Combine(_dir.Path, "hard.jsonl");
        await RunProcessAsync("ln", input, link);
        await RunProcessAsync("ln", records, recordsLink);

        var results = new[]
        {
            await RunAsync("redact", input, "--output", link),
            await RunAsync("logs", "parse", "--input", input, "--output", link),
            await RunAsync("redact", "--jsonl", records, "--output", recordsLink),
        };

        Assert.All(results, r => Assert.Equal(2, r.ExitCode));
        Assert.All(results, r => Assert.Contains("is the input file", r.Error, StringComparison.Ordinal));
        Assert.Equal(Text, File.ReadAllText(input));
        Assert.Equal("{\"id\":\"r1\",\"text\":\"mail ana@example.org\"}\n", File.ReadAllText(records));
    }

    [Fact]
    public async Task Standard_input_read_from_the_output_file_and_standard_output_appended_to_the_input_are_refused()
    {
        var input = Write("app.log", Text);
        Write("out.txt", Text);

        var stdinRedact = await ShellAsync("dotnet \"$FMDLL\" redact -o out.txt < out.txt");
        var stdinParse = await ShellAsync("dotnet \"$FMDLL\" logs parse -i - -o out.txt < out.txt");
        // Appending to the input while reading it would never end.
        var appended = await ShellAsync("dotnet \"$FMDLL\" redact app.log >> app.log");
        var appendedDevice = await ShellAsync("dotnet \"$FMDLL\" redact app.log -o /dev/stdout >> app.log");

        Assert.Equal(2, stdinRedact.Code);
        Assert.Contains("is the file standard input reads", stdinRedact.Error, StringComparison.Ordinal);
        Assert.Equal(2, stdinParse.Code);
        Assert.Equal(2, appended.Code);
        Assert.Contains("standard output is the input file", appended.Error, StringComparison.Ordinal);
        Assert.Equal(2, appendedDevice.Code);
        Assert.Equal(Text, File.ReadAllText(input));
        Assert.Equal(Text, File.ReadAllText(Path.Combine(_dir.Path, "out.txt")));
    }

    [Fact]
    public async Task Standard_output_and_a_fifo_are_written_as_they_are()
    {
        Write("app.log", Text);
        var piped = await ShellAsync("dotnet \"$FMDLL\" redact app.log -o /dev/stdout | cat");
        var dash = await ShellAsync("dotnet \"$FMDLL\" logs parse -i app.log -o - | cat");
        var fifo = Path.Combine(_dir.Path, "out.fifo");
        await RunProcessAsync("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var result = await RunAsync("redact", Path.Combine(_dir.Path, "app.log"), "-o", fifo);

        Assert.Equal(0, piped.Code);
        Assert.Equal("mail <EMAIL_1>\n", piped.Output);
        Assert.Equal(0, dash.Code);
        Assert.StartsWith("LineId,EventId,EventTemplate\n1,E1,", dash.Output, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("mail <EMAIL_1>\n", await reader);
    }

    [Fact]
    public async Task A_failed_run_leaves_an_earlier_output_as_it_was_and_a_finished_one_keeps_its_mode_and_leaves_no_temporary_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var output = Write("out.txt", "the earlier output\n");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var bomb = Path.Combine(_dir.Path, "bomb.log.gz");
        using (var gzip = new GZipStream(File.Create(bomb), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("mail bob@example.com\n", 10_000))));
        }

        var failed = await RunAsync("redact", bomb, "-o", output, "--max-expanded-bytes", "4096");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("the earlier output\n", File.ReadAllText(output));

        var input = Write("app.log", Text);
        var done = await RunAsync("redact", input, "-o", output);
        var parsed = await RunAsync("logs", "parse", "-i", input, "-o", output);

        Assert.Equal(0, done.ExitCode);
        Assert.Equal(0, parsed.ExitCode);
        Assert.StartsWith("LineId,EventId,EventTemplate\n", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(output));
        Assert.Equal(["app.log", "bomb.log.gz", "out.txt"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_output_that_is_a_symbolic_link_stays_a_link_and_the_file_it_leads_to_gets_the_text()
    {
        var input = Write("app.log", Text);
        var real = Write("real.txt", "old\n");
        var link = Path.Combine(_dir.Path, "link.txt");
        File.CreateSymbolicLink(link, "real.txt");

        var result = await RunAsync("redact", input, "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
        Assert.Equal("mail <EMAIL_1>\n", File.ReadAllText(real));
    }

    [Fact]
    public async Task A_bare_output_name_that_is_a_link_with_a_relative_target_writes_the_file_beside_it_not_one_under_the_root()
    {
        // The link "link.txt" -> "<temp>/<decoy>/real.txt" without its leading slash: read from the root instead of the link's
        // folder it names the decoy, which exists, and the decoy was replaced while the file the link leads to kept its text.
        var decoy = Directory.CreateTempSubdirectory("fm-decoy-");
        try
        {
            File.WriteAllText(Path.Combine(decoy.FullName, "real.txt"), "decoy\n");
            var relative = Path.GetRelativePath("/", Path.Combine(decoy.FullName, "real.txt"));
            Directory.CreateDirectory(Path.Combine(_dir.Path, Path.GetDirectoryName(relative)!));
            var real = Write(relative, "old\n");
            Write("app.log", Text);
            File.CreateSymbolicLink(Path.Combine(_dir.Path, "link.txt"), relative);

            var result = await ShellAsync("dotnet \"$FMDLL\" redact app.log -o link.txt");

            Assert.Equal(0, result.Code);
            Assert.Equal("mail <EMAIL_1>\n", File.ReadAllText(real));
            Assert.Equal("decoy\n", File.ReadAllText(Path.Combine(decoy.FullName, "real.txt")));
        }
        finally
        {
            decoy.Delete(recursive: true);
        }
    }

    private static async Task RunProcessAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
    }

    // Runs a shell line in the test's folder, with $FMDLL the command line beside the tests.
    private async Task<(int Code, string Output, string Error)> ShellAsync(string script)
    {
        var info = new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        info.Environment["FMDLL"] = Path.Combine(AppContext.BaseDirectory, "fm.dll");
        using var process = Process.Start(info)!;
        var token = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(token);
        var error = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        return (process.ExitCode, await output, await error);
    }
}
