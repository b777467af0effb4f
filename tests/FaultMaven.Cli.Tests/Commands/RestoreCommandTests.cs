using System.IO.Compression;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Cli.Tests.Commands;

/// <summary><c>fm restore</c> reads its archive as hostile: corrupt or cut archives, names that escape the data directory, entries that
/// expand past their declared size or fail their checksum, unknown versions, and a non-empty target without --force are each refused with
/// one line and exit 1, and the target is left as it was.</summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task CorruptArchive_IsRefused_AndTheTargetIsNotCreated()
    {
        var archive = Path.Combine(_work.Path, "random.zip");
        await File.WriteAllBytesAsync(archive, RandomNumberGenerator.GetBytes(4096), Token);
        var target = Path.Combine(_work.Path, "data");

        var result = await CliRunner.RunAsync("restore", archive, "--data-dir", target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal($"fm: error: '{archive}' is not a usable FaultMaven backup: it is not a readable zip archive.", result.Error.Trim());
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task CutShortRealBackup_IsRefused()
    {
        var archive = await RealBackupAsync();
        var bytes = await File.ReadAllBytesAsync(archive, Token);
        await File.WriteAllBytesAsync(archive, bytes[..(bytes.Length / 2)], Token);
        var target = Directory.CreateDirectory(Path.Combine(_work.Path, "cut")).FullName;

        var result = await CliRunner.RunAsync("restore", archive, "--data-dir", target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("is not a usable FaultMaven backup", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Theory]
    [InlineData("../escaped.txt")]
    [InlineData("uploads/../../escaped.txt")]
    [InlineData("/tmp/escaped.txt")]
    [InlineData("uploads\\..\\..\\escaped.txt")]
    [InlineData("faultmaven.lock")]
    public async Task EntryEscapingTheDataDirectory_IsRefused_AndNothingIsWritten(string name)
    {
        var archive = Write("traversal.zip", [("faultmaven.db", "db"), (name, "owned")]);
        var target = Path.Combine(_work.Path, "nested", "data");

        var result = await CliRunner.RunAsync("restore", archive, "--data-dir", target);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("unsafe or repeated path", result.Error);
        Assert.Empty(Directory.GetFiles(_work.Path, "escaped.txt", SearchOption.AllDirectories));
        Assert.False(File.Exists("/tmp/escaped.txt"));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task EntryNotInTheManifest_IsRefused()
    {
        var archive = Write("extra.zip", [("faultmaven.db", "db")]);
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            using var writer = new StreamWriter(zip.CreateEntry("uploads/smuggled.txt").Open());
            writer.Write("not listed");
        }

        var result = await CliRunner.RunAsync("restore", archive, "--data-dir", Path.Combine(_work.Path, "data"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("its entry 'uploads/smuggled.txt' is not in the manifest", result.Error);
    }

    [Fact]
    public async Task EntryLargerThanDeclared_OrWithAnotherChecksum_IsRefused()
    {
        var lying = Write("lying.zip", [("faultmaven.db", "a database of more than one byte")], lie: ("faultmaven.db", 1));
        var tampered = Write("tampered.zip", [("faultmaven.db", "db")], sha: ("faultmaven.db", new string('0', 64)));

        var tooLarge = await CliRunner.RunAsync("restore", lying, "--data-dir", Path.Combine(_work.Path, "a"));
        var changed = await CliRunner.RunAsync("restore", tampered, "--data-dir", Path.Combine(_work.Path, "b"));

        Assert.Contains("the manifest says 1", tooLarge.Error);
        Assert.Contains("its entry 'faultmaven.db' does not match its checksum", changed.Error);
        Assert.False(Directory.Exists(Path.Combine(_work.Path, "b", "faultmaven.db")));
    }

    [Fact]
    public async Task UnknownVersion_IsRefusedNamingIt()
    {
        var archive = Write("future.zip", [("faultmaven.db", "db")], version: 99);

        var result = await CliRunner.RunAsync("restore", archive, "--data-dir", Path.Combine(_work.Path, "data"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("is a version 99 backup; this fm reads version 1", result.Error);
    }

    [Fact]
    public async Task ManifestOfAnotherFormat_OrNone_IsRefused()
    {
        var other = Write("other.zip", [("faultmaven.db", "db")], manifest: "{\"format\":\"something-else\",\"version\":1}");
        var none = Path.Combine(_work.Path, "none.zip");
        using (var zip = ZipFile.Open(none, ZipArchiveMode.Create))
        {
            zip.CreateEntry("faultmaven.db");
        }

        Assert.Contains("is not a FaultMaven backup manifest", (await CliRunner.RunAsync("restore", other, "--data-dir", Path.Combine(_work.Path, "a"))).Error);
        Assert.Contains("it has no manifest.json", (await CliRunner.RunAsync("restore", none, "--data-dir", Path.Combine(_work.Path, "b"))).Error);
    }

    [Fact]
    public async Task NotEmptyTarget_IsRefusedWithoutForce_AndReplacedWithIt()
    {
        var archive = await RealBackupAsync();
        var target = Directory.CreateDirectory(Path.Combine(_work.Path, "occupied")).FullName;
        var old = Path.Combine(target, "notes.txt");
        await File.WriteAllTextAsync(old, "keep me unless forced", Token);

        var refused = await CliRunner.RunAsync("restore", archive, "--data-dir", target);
        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Equal($"fm: error: '{target}' is not empty; restore into an empty directory, or pass --force to replace what it holds.", refused.Error.Trim());
        Assert.Equal("keep me unless forced", await File.ReadAllTextAsync(old, Token));

        var forced = await CliRunner.RunAsync("restore", archive, "--data-dir", target, "--force");
        Assert.True(forced.ExitCode == ExitCodes.Success, forced.Error);
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(Path.Combine(target, "faultmaven.db")));
        Assert.True(File.Exists(Path.Combine(target, "privacy.key")));
        Assert.Empty(Directory.GetDirectories(target, ".restore-*"));
    }

    [Fact]
    public async Task BackupWithoutKey_SaysSo_AndRestoreKeepsTheKeyAlreadyThere()
    {
        var archive = await RealBackupAsync("--without-key");
        var target = Directory.CreateDirectory(Path.Combine(_work.Path, "keyed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(target, "privacy.key"), "the key kept apart", Token);

        var restored = await CliRunner.RunAsync("restore", archive, "--data-dir", target, "--force");

        Assert.True(restored.ExitCode == ExitCodes.Success, restored.Error);
        Assert.Contains("the backup holds no privacy.key", restored.Error);
        Assert.Equal("the key kept apart", await File.ReadAllTextAsync(Path.Combine(target, "privacy.key"), Token));
    }

    private async Task<string> RealBackupAsync(params string[] extra)
    {
        var data = Directory.CreateDirectory(Path.Combine(_work.Path, "source-" + Guid.NewGuid().ToString("N"))).FullName;
        await using (var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_DATA_WARMUP"] = "false" }, data, Token))
        {
            using var created = await server.Client.PostAsJsonAsync("/api/v1/cases", new { title = "for ana@example.com" }, Token);
            created.EnsureSuccessStatusCode();
        }

        var archive = Path.Combine(_work.Path, Guid.NewGuid().ToString("N") + ".zip");
        var backup = await CliRunner.RunAsync(["backup", "--output", archive, "--data-dir", data, .. extra]);
        Assert.True(backup.ExitCode == ExitCodes.Success, backup.Error);
        return archive;
    }

    // A zip of these entries and a manifest listing them, optionally lying about one size or checksum, or a manifest given whole.
    private string Write(string name, (string Name, string Text)[] entries, int version = 1, (string Name, long Bytes)? lie = null, (string Name, string Sha)? sha = null, string? manifest = null)
    {
        manifest ??= JsonSerializer.Serialize(new
        {
            format = "faultmaven-backup",
            version,
            createdAt = DateTimeOffset.UnixEpoch,
            counts = new { cases = 0, turns = 0, uploads = 0, knowledgeDocuments = 0 },
            includesPrivacyKey = false,
            files = entries.Select(e => new
            {
                path = e.Name,
                bytes = lie is { } l && l.Name == e.Name ? l.Bytes : Encoding.UTF8.GetByteCount(e.Text),
                sha256 = sha is { } s && s.Name == e.Name ? s.Sha : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Text))),
            }),
        });
        var path = Path.Combine(_work.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, text) in entries.Append(("manifest.json", manifest)))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(text);
        }

        return path;
    }
}
