using System.Diagnostics;
using System.Text;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary>An output named with <c>-o</c> is written to a new file beside it and renamed into place (or, when the old output keeps
/// its inode, copied over it once whole): a run stopped by Ctrl-C or SIGTERM, or whose write fails (the file-size limit, in the
/// output or in a scratch file), leaves no new file behind and the earlier output as it was. A folder that
/// is not there is an argument to correct (exit 2), like a directory given as the output. Paths are read as the kernel reads them:
/// "linkdir/.." is the folder above the one linkdir leads to.</summary>
public sealed class OutputInterruptionTests : IDisposable
{
    private const string Old = "the earlier output\n";

    // What a test allows before calling the command stuck: a failure bound, not a speed the test expects.
    private static readonly TimeSpan Stuck = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _dir = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_run_stopped_by_a_signal_leaves_no_temporary_file_and_the_earlier_output(string signal, int code)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");
        // A signal ignored by whoever started the tests (SIGINT in a background job of a non-interactive shell) stays ignored in the
        // processes they start, as it should: the run is not ours to stop then.
        Assert.SkipWhen(IgnoredHere(signal == "INT" ? 2 : 15), $"SIG{signal} is ignored by the process that started the tests");
        var output = Path.Combine(_dir.Path, "out.txt");
        File.WriteAllText(output, Old);
        // Standard input stays open: the command has made its new file and waits for more text, for as long as the test likes. More
        // than the first block the reader looks at is sent, so the output is open by then.
        using var process = Start(["redact", "-o", output], redirectInput: true);
        await process.StandardInput.WriteAsync(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"mail bob{i}@example.com\n")).AsMemory(), Token);
        await process.StandardInput.FlushAsync(Token);
        await WaitUntilAsync(() => Temporaries().Length == 1);

        await RunAsync("kill", $"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await process.WaitForExitAsync(Token).WaitAsync(Stuck, Token);

        Assert.Equal(code, process.ExitCode);
        Assert.Empty(Temporaries());
        Assert.Equal(Old, File.ReadAllText(output));
    }

    [Fact]
    public async Task Analyze_of_standard_input_keeps_no_readable_copy_of_it_on_disk_and_leaves_none()
    {
        // Standard input is copied so that it can be read twice; the copy rests in the temp folder while the run lasts.
        var info = new ProcessStartInfo("dotnet", [FmDll, "analyze", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        info.Environment["TMPDIR"] = _dir.Path + "/";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.StandardInput.WriteAsync(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"login failed for bob{i}@example.com password=Hunter{i}zQ!\n")).AsMemory(), Token);
        await process.StandardInput.FlushAsync(Token);
        await WaitUntilAsync(() => new DirectoryInfo(_dir.Path).GetFiles().Any(f => f.Length > 256 * 1024));

        // The runtime keeps its diagnostics socket and debugger pipes in the temp folder too (opening a pipe to read would wait
        // for a writer for ever): the command's own files are the temp files it made.
        foreach (var file in new DirectoryInfo(_dir.Path).GetFiles("*.tmp"))
        {
            Assert.DoesNotContain("@example.com", Encoding.UTF8.GetString(File.ReadAllBytes(file.FullName)), StringComparison.Ordinal);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(Token).WaitAsync(Stuck, Token);
        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("standard input", await output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public async Task Logs_parse_of_standard_input_keeps_no_copy_of_its_text_on_disk_and_leaves_none()
    {
        // Lines are mined as they stream in; the only file in the temp folder is the scratch of template ids (four bytes a line).
        var info = new ProcessStartInfo("dotnet", [FmDll, "logs", "parse", "-i", "-", "-o", Path.Combine(_dir.Path, "out.csv")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        info.Environment["TMPDIR"] = _dir.Path + "/";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.StandardInput.WriteAsync(string.Concat(Enumerable.Range(0, 400_000).Select(i => $"login failed for bob{i}@example.com password=Hunter{i}zQ!\n")).AsMemory(), Token);
        await process.StandardInput.FlushAsync(Token);
        await WaitUntilAsync(() => new DirectoryInfo(_dir.Path).GetFiles("*.tmp").Any(f => f.Length > 64 * 1024));

        // The scratch file is held with FileShare.None (an advisory lock .NET honours): read by another program, as anyone could.
        foreach (var file in new DirectoryInfo(_dir.Path).GetFiles("*.tmp"))
        {
            using var cat = Process.Start(new ProcessStartInfo("cat", [file.FullName]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await cat.StandardOutput.ReadToEndAsync(Token);
            await cat.WaitForExitAsync(Token);
            Assert.True(text.Length > 0 || file.Length == 0, file.Name);
            Assert.DoesNotContain("@example.com", text, StringComparison.Ordinal);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(Token).WaitAsync(Stuck, Token);
        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("400,000 lines", await error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    private static bool IgnoredHere(int signal) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;

    [Fact]
    public async Task A_file_that_looks_like_ours_but_is_not_this_runs_is_left_alone()
    {
        // A run killed with SIGKILL (which no program can handle) leaves its new file; a later run cannot tell it from a file another
        // run is writing at this moment, so it deletes only its own.
        var input = Path.Combine(_dir.Path, "app.log");
        File.WriteAllText(input, "mail bob@example.com\n");
        var output = Path.Combine(_dir.Path, "out.txt");
        var stale = Path.Combine(_dir.Path, ".out.txt.0123456789ab.tmp");
        File.WriteAllText(stale, "half an output");

        var run = await CliRunner.RunAsync("redact", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("half an output", File.ReadAllText(stale));
        Assert.Equal([stale], Temporaries());
    }

    [Fact]
    public async Task A_write_past_the_file_size_limit_is_one_line_exit_1_and_keeps_the_earlier_output()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "ulimit");
        var input = Path.Combine(_dir.Path, "app.log");
        File.WriteAllText(input, string.Concat(Enumerable.Range(0, 40_000).Select(i => $"2026-12-07T01:00:00Z INFO request {i} served to user{i}@example.com\n")));
        var output = Path.Combine(_dir.Path, "out.txt");
        File.WriteAllText(output, Old);

        // 512 KiB at most per file (in 512-byte blocks for sh, 1 KiB for bash: either is far below the 2.6 MB output). The runtime
        // maps its code through a file of its own unless W^X is off, and that file is held to the limit too.
        var (code, error) = await ShellAsync($"ulimit -f 1024; DOTNET_EnableWriteXorExecute=0 exec dotnet \"{FmDll}\" redact \"{input}\" -o \"{output}\"");

        Assert.Equal(1, code);
        Assert.Equal($"fm: error: cannot write '{output}': the file would be larger than this process may write (ulimit -f) or the file system allows. The earlier output is kept.", error.Trim());
        Assert.Equal(Old, File.ReadAllText(output));
        Assert.Empty(Temporaries());
    }

    [Theory]
    [InlineData("a second hard link")]
    [InlineData("another owner")]
    public async Task An_output_that_keeps_its_inode_is_written_whole_or_not_at_all(string kind)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "ulimit, hard links and owners");
        Assert.SkipWhen(kind == "another owner" && Environment.UserName != "root", "giving a file to another user needs root");
        var input = Path.Combine(_dir.Path, "app.log");
        File.WriteAllText(input, string.Concat(Enumerable.Range(0, 40_000).Select(i => $"2026-12-07T01:00:00Z INFO request {i} served to user{i}@example.com\n")));
        var output = Path.Combine(_dir.Path, "out.txt");
        File.WriteAllText(output, Old);
        var other = Path.Combine(_dir.Path, "other-name.txt");
        if (kind == "a second hard link")
        {
            await RunAsync("ln", output, other);
        }
        else
        {
            await RunAsync("chown", "4242:4242", output);
        }

        var before = global::FaultMaven.Cli.Commands.FileIdentity.Of(output)!.Value;

        // The output is written to a private file first, copied over the target only when whole: the limit stops the first.
        var (code, error) = await ShellAsync($"ulimit -f 1024; DOTNET_EnableWriteXorExecute=0 exec dotnet \"{FmDll}\" redact \"{input}\" -o \"{output}\"");

        Assert.Equal(1, code);
        Assert.Equal($"fm: error: cannot write '{output}': the file would be larger than this process may write (ulimit -f) or the file system allows. The earlier output is kept.", error.Trim());
        Assert.Equal(Old, File.ReadAllText(output));
        Assert.Empty(Temporaries());

        var run = await CliRunner.RunAsync("redact", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var after = global::FaultMaven.Cli.Commands.FileIdentity.Of(output)!.Value;
        Assert.Equal(before.Inode, after.Inode);
        Assert.Equal(before.Owner, after.Owner);
        var written = File.ReadAllText(output);
        Assert.StartsWith("2026-12-07T01:00:00Z INFO request 0 served to <EMAIL_", written, StringComparison.Ordinal);
        Assert.Equal(40_000, written.Count(c => c == '\n'));
        if (kind == "a second hard link")
        {
            Assert.Equal(File.ReadAllText(output), File.ReadAllText(other));
        }

        Assert.Empty(Temporaries());
    }

    [Fact]
    public async Task Logs_parse_past_the_file_size_limit_in_its_scratch_file_is_one_line_exit_1_and_keeps_the_earlier_output()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "ulimit");
        // Four bytes a line go to the scratch file before the output is opened: 300,000 lines pass a limit of 512 KiB there.
        var input = Path.Combine(_dir.Path, "app.log");
        File.WriteAllText(input, string.Concat(Enumerable.Range(0, 300_000).Select(i => $"session {i} opened\n")));
        var output = Path.Combine(_dir.Path, "out.txt");
        File.WriteAllText(output, Old);

        var (code, error) = await ShellAsync($"ulimit -f 1024; DOTNET_EnableWriteXorExecute=0 exec dotnet \"{FmDll}\" logs parse -i \"{input}\" -o \"{output}\"");

        Assert.Equal(1, code);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.StartsWith("fm: error: cannot write the template ids of each line to a scratch file in ", error.Trim(), StringComparison.Ordinal);
        Assert.EndsWith($": it would be larger than this process may write (ulimit -f) or the file system allows. '{output}' is left as it was.", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(Old, File.ReadAllText(output));
        Assert.Empty(Temporaries());
    }

    [Fact]
    public async Task An_output_in_a_folder_that_is_not_there_is_a_usage_error_before_any_work()
    {
        var input = Path.Combine(_dir.Path, "app.log");
        File.WriteAllText(input, "mail bob@example.com\n");
        var output = Path.Combine(_dir.Path, "missing", "out.txt");

        var results = new[]
        {
            await CliRunner.RunAsync("redact", input, "-o", output),
            await CliRunner.RunAsync("logs", "parse", "-i", input, "-o", output),
        };

        Assert.All(results, r => Assert.Equal(ExitCodes.Usage, r.ExitCode));
        Assert.All(results, r => Assert.Equal($"fm: error: cannot write '{output}': there is no folder {Path.Combine(_dir.Path, "missing")}.", r.Error.Trim()));
    }

    [Fact]
    public async Task Dot_dot_after_a_linked_folder_is_read_where_the_kernel_reads_it_for_input_output_and_the_same_file_check()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links");
        // here/linkdir -> ../else/sub, so here/linkdir/../in.log is else/in.log (as cat and the shell read it), not here/in.log.
        var here = Directory.CreateDirectory(Path.Combine(_dir.Path, "here")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_dir.Path, "else", "sub")).Parent!.FullName;
        File.CreateSymbolicLink(Path.Combine(here, "linkdir"), "../else/sub");
        File.WriteAllText(Path.Combine(here, "in.log"), "here ana@example.com\n");
        File.WriteAllText(Path.Combine(elsewhere, "in.log"), "else bob@example.com\n");

        var written = await ShellAsync($"cd \"{here}\" && dotnet \"{FmDll}\" redact in.log -o linkdir/../in.log");
        var read = await ShellAsync($"cd \"{here}\" && dotnet \"{FmDll}\" redact linkdir/../in.log -o out.txt");
        var same = await ShellAsync($"cd \"{here}\" && dotnet \"{FmDll}\" redact linkdir/../in.log -o ../else/in.log");

        Assert.Equal(0, written.Code);
        Assert.Equal("here ana@example.com\n", File.ReadAllText(Path.Combine(here, "in.log")));
        Assert.Equal("here <EMAIL_1>\n", File.ReadAllText(Path.Combine(elsewhere, "in.log")));
        Assert.Equal(0, read.Code);
        Assert.Equal("here <EMAIL_1>\n", File.ReadAllText(Path.Combine(here, "out.txt")));
        Assert.Equal(ExitCodes.Usage, same.Code);
        Assert.Contains("is the input file", same.Error, StringComparison.Ordinal);
    }

    private static string FmDll => Path.Combine(AppContext.BaseDirectory, "fm.dll");

    private string[] Temporaries() => Directory.GetFiles(_dir.Path, ".out.txt.*.tmp");

    private Process Start(string[] args, bool redirectInput)
    {
        var info = new ProcessStartInfo("dotnet", [FmDll, .. args])
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        return Process.Start(info)!;
    }

    private async Task<(int Code, string Error)> ShellAsync(string script)
    {
        var info = new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token).WaitAsync(Stuck, Token);
        await output;
        return (process.ExitCode, await error);
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        await process.WaitForExitAsync(Token);
        Assert.Equal(0, process.ExitCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var stuck = CancellationTokenSource.CreateLinkedTokenSource(Token);
        stuck.CancelAfter(Stuck);
        while (!condition())
        {
            await Task.Delay(50, stuck.Token);
        }
    }
}
