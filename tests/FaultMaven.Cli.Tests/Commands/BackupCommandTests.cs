using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm backup</c> while a real server is serving and writing, then <c>fm restore</c> into a fresh data directory: a server
/// started there finds every case, turn, upload (its text readable) and knowledge document the backup counted.</summary>
public sealed class BackupCommandTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["FM_DATA_WARMUP"] = "false" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OutputThatIsNoRegularFile_OrInAMissingFolder_IsRefused_AndLeftAsItWas()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs");
        using var data = new TempDirectory();
        using var backups = new TempDirectory();
        var fifo = Path.Combine(backups.Path, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(Token);
        }

        var run = await CliRunner.RunWithEnvironmentAsync(Quiet, "backup", "--data-dir", data.Path, "-o", fifo, "--force");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no regular file", run.Error, StringComparison.Ordinal);
        Assert.True(global::FaultMaven.Cli.Commands.FileIdentity.Of(fifo) is { IsRegular: false });

        var missing = Path.Combine(backups.Path, "nope", "b.zip");
        run = await CliRunner.RunWithEnvironmentAsync(Quiet, "backup", "--data-dir", data.Path, "-o", missing);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(backups.Path, "nope")));
    }

    [Fact]
    public async Task BackupWhileServing_RestoreIntoFreshDirectory_FindsEverything()
    {
        using var source = new TempDirectory();
        using var restored = new TempDirectory();
        using var backups = new TempDirectory();
        var archive = Path.Combine(backups.Path, "faultmaven-backup.zip");
        var cases = new List<(string Id, string[] Turns, string UploadId, string Marker)>();
        int busyBefore, busyAfter;

        await using (var server = await InProcessServer.StartAsync(Quiet, source.Path, Token))
        {
            var client = server.Client;
            for (var i = 0; i < 3; i++)
            {
                // An address in the title gives the case pseudonyms, sealed under privacy.key, which the backup must carry.
                var caseId = await CreateCaseAsync(client, $"checkout incident {i} for ana{i}@example.com");
                string[] turns = [$"p99 jumped at 09:1{i} UTC", $"rolled back build {i}", $"still failing {i}"];
                foreach (var turn in turns)
                {
                    await PostAsync(client, $"/api/v1/cases/{caseId}/turns", new { role = "user", content = turn });
                }

                var marker = $"marker-{i}-disk-full-on-node";
                var upload = await PostAsync(client, $"/api/v1/cases/{caseId}/data", new { content = $"2026-05-02T10:00:0{i}Z ERROR {marker}\n", filename = $"node{i}.log" });
                cases.Add((caseId, turns, upload.GetProperty("id").GetString()!, marker));
            }

            await PostAsync(client, "/api/v1/knowledge/documents", new { id = "rb-disk", text = "# Disk full\n\nFree the volume, then restart the pod." });
            await PostAsync(client, "/api/v1/knowledge/documents", new { id = "rb-redis", text = "# Redis evictions\n\nRaise maxmemory or shed keys." });

            // The server keeps writing turns to a busy case for the whole backup.
            var busyCase = await CreateCaseAsync(client, "busy case");
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
            var writes = 0;
            var load = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    using var response = await client.PostAsJsonAsync($"/api/v1/cases/{busyCase}/turns", new { role = "user", content = $"load {writes}" }, CancellationToken.None);
                    response.EnsureSuccessStatusCode();
                    Interlocked.Increment(ref writes);
                }
            }, CancellationToken.None);
            while (Volatile.Read(ref writes) < 5)
            {
                await Task.Delay(20, Token);
            }

            busyBefore = Volatile.Read(ref writes);
            var backup = await CliRunner.RunAsync("backup", "--output", archive, "--data-dir", source.Path, "--json");
            busyAfter = Volatile.Read(ref writes);
            // The writer was going before the backup and still is after it (a small backup may fit between two of its writes).
            while (Volatile.Read(ref writes) <= busyAfter && !load.IsCompleted)
            {
                await Task.Delay(10, Token);
            }

            await stop.CancelAsync();
            await load;

            Assert.True(backup.ExitCode == ExitCodes.Success, backup.Error);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));
            }

            Assert.Empty(Directory.GetFiles(backups.Path, ".*"));

            // A restore over a directory a server is using is refused, even with --force.
            var busy = await CliRunner.RunAsync("restore", archive, "--data-dir", source.Path, "--force");
            Assert.Equal(ExitCodes.Failure, busy.ExitCode);
            Assert.Contains("is in use by a FaultMaven server", busy.Error);

            using var manifest = JsonDocument.Parse(backup.Output);
            var counts = manifest.RootElement.GetProperty("counts");
            Assert.Equal(4, counts.GetProperty("cases").GetInt64());
            Assert.Equal(3, counts.GetProperty("uploads").GetInt64());
            Assert.Equal(2, counts.GetProperty("knowledgeDocuments").GetInt64());
            Assert.True(manifest.RootElement.GetProperty("includesPrivacyKey").GetBoolean());
        }

        var restore = await CliRunner.RunAsync("restore", archive, "--data-dir", restored.Path);
        Assert.True(restore.ExitCode == ExitCodes.Success, restore.Error);
        Assert.StartsWith("Restored 4 cases, ", restore.Output);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(source.Path, "privacy.key"), Token), await File.ReadAllBytesAsync(Path.Combine(restored.Path, "privacy.key"), Token));

        await using var again = await InProcessServer.StartAsync(Quiet, restored.Path, Token);
        foreach (var (id, turns, uploadId, marker) in cases)
        {
            var listed = await GetAsync(again.Client, $"/api/v1/cases/{id}/turns?limit=200");
            Assert.Equal(turns, listed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("content").GetString()!).ToArray());
            using var content = await again.Client.GetAsync($"/api/v1/cases/{id}/data/{uploadId}/content", Token);
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
            Assert.Contains(marker, await content.Content.ReadAsStringAsync(Token));
        }

        // The busy case is as of one instant during the backup: every turn written before it began, none lost in between (1..n).
        var all = await GetAsync(again.Client, "/api/v1/cases?limit=200");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        var busyId = all.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("title").GetString() == "busy case").GetProperty("id").GetString();
        var sequences = new List<int>();
        for (var page = await GetAsync(again.Client, $"/api/v1/cases/{busyId}/turns?limit=200"); ; page = await GetAsync(again.Client, $"/api/v1/cases/{busyId}/turns?limit=200&offset={sequences.Count}"))
        {
            sequences.AddRange(page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("sequence").GetInt32()));
            if (sequences.Count >= page.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        Assert.InRange(sequences.Count, busyBefore, busyAfter + 1);
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);

        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/api/v1/knowledge/documents/rb-disk", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/api/v1/knowledge/documents/rb-redis", Token)).StatusCode);
        var search = await GetAsync(again.Client, "/api/v1/knowledge/search?q=redis%20evictions%20maxmemory");
        Assert.Equal("rb-redis", search.GetProperty("results")[0].GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task Backup_CarriesTheTextOfLiveUploadsOnly_NotOfADeletedCaseLeftOnDisk()
    {
        using var source = new TempDirectory();
        using var backups = new TempDirectory();
        var archive = Path.Combine(backups.Path, "faultmaven-backup.zip");
        string live;
        await using (var server = await InProcessServer.StartAsync(Quiet, source.Path, Token))
        {
            var kept = await CreateCaseAsync(server.Client, "kept");
            live = (await PostAsync(server.Client, $"/api/v1/cases/{kept}/data", new { content = "2026-05-02T10:00:00Z ERROR kept\n", filename = "kept.log" })).GetProperty("id").GetString()!;
        }

        // What an older version left behind: the text of an upload whose case was deleted, and its row.
        var dead = "dat_000000000000000000dead";
        await File.WriteAllTextAsync(Path.Combine(source.Path, "uploads", dead + ".txt"), "2026-05-02T10:00:00Z ERROR deleted-case-marker\n", Token);
        await using (var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(source.Path, "faultmaven.db")};Pooling=False"))
        {
            await database.OpenAsync(Token);
            await using var insert = database.CreateCommand();
            insert.CommandText = $"INSERT INTO uploads (id, case_id, sha256, created_at, metadata, analysis, redactions) VALUES ('{dead}', 'cas_gone', 'x', 0, '{{}}', '{{}}', '[]')";
            await insert.ExecuteNonQueryAsync(Token);
        }

        var backup = await CliRunner.RunAsync("backup", "--output", archive, "--data-dir", source.Path, "--json");

        Assert.True(backup.ExitCode == ExitCodes.Success, backup.Error);
        using var zip = System.IO.Compression.ZipFile.OpenRead(archive);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"uploads/{live}.txt", names);
        Assert.DoesNotContain($"uploads/{dead}.txt", names);
    }

    [Fact]
    public async Task Backup_WithoutDatabase_OrOverAnExistingFile_FailsAndWritesNothing()
    {
        using var empty = new TempDirectory();
        using var backups = new TempDirectory();
        var existing = Path.Combine(backups.Path, "old.zip");
        await File.WriteAllTextAsync(existing, "yesterday's backup", Token);

        var noDatabase = await CliRunner.RunAsync("backup", "--output", Path.Combine(backups.Path, "new.zip"), "--data-dir", empty.Path);
        await using (var server = await InProcessServer.StartAsync(Quiet, empty.Path, Token))
        {
            var exists = await CliRunner.RunAsync("backup", "--output", existing, "--data-dir", empty.Path);
            Assert.Equal(ExitCodes.Failure, exists.ExitCode);
            Assert.Contains("exists; choose another file or pass --force", exists.Error);
        }

        Assert.Equal(ExitCodes.Failure, noDatabase.ExitCode);
        Assert.Contains("holds no FaultMaven database", noDatabase.Error);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing, Token));
        Assert.Equal([existing], Directory.GetFiles(backups.Path));
    }

    [Theory]
    [InlineData("the archive")]
    [InlineData("the database's snapshot")]
    public async Task PastTheFileSizeLimit_TheBackupFailsInOneLine_KeepsTheOldArchive_AndLeavesNoCopyOfTheData(string what)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "ulimit");
        using var data = new TempDirectory();
        using var backups = new TempDirectory();
        await using (var server = await InProcessServer.StartAsync(Quiet, data.Path, Token))
        {
            await CreateCaseAsync(server.Client, "disk full on node 7");
        }

        // 2 MiB of random bytes (no zip shrinks them) past a limit of 512 KiB: in a file of the data directory, the archive passes
        // it; in the database, the snapshot does, before the archive holds anything.
        var noise = System.Security.Cryptography.RandomNumberGenerator.GetBytes(2 << 20);
        if (what == "the archive")
        {
            await File.WriteAllBytesAsync(Path.Combine(data.Path, "attachment.bin"), noise, Token);
        }
        else
        {
            await using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data.Path, "faultmaven.db")};Pooling=False");
            await database.OpenAsync(Token);
            await using var insert = database.CreateCommand();
            insert.CommandText = "CREATE TABLE ballast (b BLOB); INSERT INTO ballast VALUES ($b)";
            insert.Parameters.AddWithValue("$b", noise);
            await insert.ExecuteNonQueryAsync(Token);
        }

        var archive = Path.Combine(backups.Path, "nightly.zip");
        await File.WriteAllTextAsync(archive, "yesterday's backup", Token);

        var (code, error) = await ShellAsync(backups.Path, $"ulimit -f 1024; DOTNET_EnableWriteXorExecute=0 FM_DATA_WARMUP=false exec dotnet \"{FmDll}\" backup --data-dir \"{data.Path}\" -o \"{archive}\" --force");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("ulimit -f", error, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(archive, Token));
        Assert.Equal([archive], Directory.GetFileSystemEntries(backups.Path));
    }

    [Fact]
    public async Task WithoutForce_ASymbolicLinkThatLeadsNowhere_IsRefused_AndNothingIsMadeWhereItLeads()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var data = new TempDirectory();
        using var backups = new TempDirectory();
        await using (var server = await InProcessServer.StartAsync(Quiet, data.Path, Token))
        {
            await CreateCaseAsync(server.Client, "disk full on node 7");
        }

        Directory.CreateDirectory(Path.Combine(backups.Path, "other"));
        var link = Path.Combine(backups.Path, "b.zip");
        File.CreateSymbolicLink(link, "other/planted.zip");

        var run = await CliRunner.RunWithEnvironmentAsync(Quiet, "backup", "--data-dir", data.Path, "-o", link);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("--force", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(backups.Path, "other", "planted.zip")));
        Assert.Equal("other/planted.zip", new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task Force_OnASymbolicLink_ReplacesTheFileItLeadsTo_Privately_AndTheLinkStays()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var data = new TempDirectory();
        using var backups = new TempDirectory();
        await using (var server = await InProcessServer.StartAsync(Quiet, data.Path, Token))
        {
            await CreateCaseAsync(server.Client, "disk full on node 7");
        }

        var nightly = Path.Combine(backups.Path, "nightly.zip");
        await File.WriteAllTextAsync(nightly, "yesterday's backup", Token);
        File.SetUnixFileMode(nightly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var latest = Path.Combine(backups.Path, "latest.zip");
        File.CreateSymbolicLink(latest, "nightly.zip");

        var run = await CliRunner.RunWithEnvironmentAsync(Quiet, "backup", "--data-dir", data.Path, "-o", latest, "--force");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal("nightly.zip", new FileInfo(latest).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(nightly));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(nightly))
        {
            Assert.Contains("manifest.json", zip.Entries.Select(e => e.FullName));
        }

        Assert.Equal([latest, nightly], Directory.GetFileSystemEntries(backups.Path).Order(StringComparer.Ordinal));
    }

    private static string FmDll => Path.Combine(AppContext.BaseDirectory, "fm.dll");

    private static async Task<(int Code, string Error)> ShellAsync(string folder, string script)
    {
        var info = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token).WaitAsync(TimeSpan.FromMinutes(3), Token);
        await output;
        return (process.ExitCode, await error);
    }

    private static async Task<string> CreateCaseAsync(HttpClient client, string title) =>
        (await PostAsync(client, "/api/v1/cases", new { title })).GetProperty("id").GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
