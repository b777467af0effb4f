using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Issue 18: an upload's response and its stored row carried the SHA-256 of the raw bytes, which lets whoever reads them confirm a
/// guess at a short secret pasted alone. They now carry an HMAC under a per-installation key (owner-only file in the data directory);
/// the same bytes sent twice to one case are still recognised.</summary>
public sealed class UploadDigestTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Issue18_Upload_DigestIsKeyed_NotTheSha256OfTheRawBytes_AndStillDeduplicates()
    {
        const string Pasted = "hunter2-Prod!\n";
        var caseId = (await (await _server.Client.PostJsonAsync("/api/v1/cases", new { title = "digest" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

        var first = await (await _server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = Pasted, filename = "note.txt" }, Token)).ReadJsonAsync(Token);
        var again = await (await _server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = Pasted, filename = "note.txt" }, Token)).ReadJsonAsync(Token);

        var digest = first.GetProperty("sha256").GetString()!;
        var guess = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Pasted)));
        Assert.NotEqual(guess, digest);
        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(digest, again.GetProperty("sha256").GetString());

        var key = Path.Combine(_server.DataDirectory, UploadDigest.KeyFileName);
        Assert.True(File.Exists(key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }

        Assert.DoesNotContain(guess, await AllTextUnderAsync(_server.DataDirectory), StringComparison.Ordinal);
    }

    // The database is a file in the data directory: the raw SHA-256 must not be in any of its bytes either.
    private static async Task<string> AllTextUnderAsync(string directory)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            try
            {
                text.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Token)));
            }
            catch (IOException)
            {
                // A file held open exclusively (a lock file) holds no upload rows.
            }
        }

        return text.ToString();
    }
}
