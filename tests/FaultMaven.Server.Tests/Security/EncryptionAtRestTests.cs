using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Npgsql;

namespace FaultMaven.Server.Tests.Security;

/// <summary>FM_ENCRYPTION_KEY against real servers: uploads' text rests sealed on disk, in PostgreSQL and in each instance's copy,
/// while the API serves it whole, in ranges and to the agent; text stored before the key still reads; another key or none is a
/// 500 of a stable type, and the key is never in a response or a log line.</summary>
public sealed class EncryptionAtRestTests(ServerStores servers)
{
    // Only the stored text carries it: one INFO line of thousands alike, which the log analysis keeps no example of.
    private const string Marker = "tenant-Q7ZK9MARKER";

    private static readonly string Key = NewKey();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Embedded_TextRestsSealed_AndIsServedWholeInRangesAndToTheAgent()
    {
        using var data = new TempDirectory();
        await using var server = await InProcessServer.StartAsync(Settings(Key), data.Path, Token);

        var (caseId, id) = await UploadAsync(server.Client);

        AssertNowhereOnDisk(data.Path);
        await AssertServedAsync(server.Client, caseId, id);
    }

    [Fact]
    public async Task TextStoredBeforeTheKey_StillReads_AndNewTextIsSealed()
    {
        using var data = new TempDirectory();
        string caseId, id;
        await using (var plain = await InProcessServer.StartAsync(Settings(key: null), data.Path, Token))
        {
            (caseId, id) = await UploadAsync(plain.Client);
        }

        Assert.Contains(Marker, await File.ReadAllTextAsync(ContentFile(data.Path, id), Token));

        await using var server = await InProcessServer.StartAsync(Settings(Key), data.Path, Token);
        await AssertServedAsync(server.Client, caseId, id);
        var (_, sealedId) = await UploadAsync(server.Client);
        Assert.Equal(0xFF, (await File.ReadAllBytesAsync(ContentFile(data.Path, sealedId), Token))[0]);
        Assert.DoesNotContain(Marker, await File.ReadAllTextAsync(ContentFile(data.Path, sealedId), Token));
    }

    [Fact]
    public async Task AnotherKeyOrNone_Gets500StoredTextUnreadable_NamingNoKey()
    {
        using var data = new TempDirectory();
        string caseId, id;
        await using (var server = await InProcessServer.StartAsync(Settings(Key), data.Path, Token))
        {
            (caseId, id) = await UploadAsync(server.Client);
        }

        var other = NewKey();
        foreach (var key in new[] { other, null })
        {
            await using var server = await InProcessServer.StartAsync(Settings(key), data.Path, Token);
            using var plain = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{caseId}/data/{id}/content");
            plain.Headers.Accept.ParseAdd("text/plain");
            plain.Headers.Range = new RangeHeaderValue(0, 9);
            var responses = new[]
            {
                await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token),
                await server.Client.SendAsync(plain, Token),
                await server.Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why is payments failing?" }, Token),
            };

            foreach (var response in responses)
            {
                var problem = await ApiAssert.AssertProblemAsync(response, 500, ProblemTypes.StoredTextUnreadable);
                Assert.Contains("FM_ENCRYPTION_KEY", problem.GetProperty("detail").GetString());
                var body = problem.GetRawText();
                Assert.DoesNotContain(Key, body);
                Assert.DoesNotContain(other, body);
            }

            // The case itself is unaffected: only its text is unreadable.
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{id}", Token)).StatusCode);
        }
    }

    [Fact]
    public async Task TheKey_IsNeverLogged_NotEvenWhenTextFailsToDecrypt()
    {
        using var data = new TempDirectory();
        var other = NewKey();
        var environment = new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_LOG_LEVEL"] = "Trace", ["FM_ENCRYPTION_KEY"] = Key };
        string caseId, id, output;
        await using (var first = ServerProcess.Start(environment))
        {
            await first.WaitUntilLiveAsync(Token);
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            (caseId, id) = await UploadAsync(client);
            Assert.Contains(Marker, await client.GetStringAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token));
            first.Terminate();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30), Token);
            output = first.StandardOutput + first.StandardError;
        }

        environment["FM_ENCRYPTION_KEY"] = other;
        await using (var second = ServerProcess.Start(environment))
        {
            await second.WaitUntilLiveAsync(Token);
            using var client = new HttpClient { BaseAddress = second.BaseAddress };
            Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token)).StatusCode);
            second.Terminate();
            await second.WaitForExitAsync(TimeSpan.FromSeconds(30), Token);
            output += second.StandardOutput + second.StandardError;
        }

        // The log says which upload and why; no key, in any form, is in it.
        Assert.Contains($"upload '{id}' cannot be read: it does not decrypt with FM_ENCRYPTION_KEY", output);
        foreach (var key in new[] { Key, other })
        {
            var bytes = Convert.FromBase64String(key);
            Assert.DoesNotContain(key, output);
            Assert.DoesNotContain(Convert.ToHexString(bytes), output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ScaledOut_TextRestsSealedInPostgresAndInEachInstancesCopy()
    {
        var settings = await servers.NewSettingsAsync();
        settings["FM_ENCRYPTION_KEY"] = Key;
        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        await using var a = await InProcessServer.StartAsync(settings, dataA.Path, Token);
        await using var b = await InProcessServer.StartAsync(settings, dataB.Path, Token);

        var (caseId, id) = await UploadAsync(a.Client);
        // B has no copy yet: it fetches the sealed bytes from PostgreSQL and keeps them sealed.
        await AssertServedAsync(b.Client, caseId, id);
        await AssertServedAsync(a.Client, caseId, id);

        await using var connection = new NpgsqlConnection(settings["FM_POSTGRES"]);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand("SELECT content FROM upload_contents WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
        var stored = (byte[])(await command.ExecuteScalarAsync(Token))!;
        Assert.Equal(0xFF, stored[0]);
        Assert.True(stored.Length > Text.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker)));
        Assert.True(File.Exists(ContentFile(dataB.Path, id)));
        AssertNowhereOnDisk(dataA.Path);
        AssertNowhereOnDisk(dataB.Path);
    }

    /// <summary>About 200 KB of log (four segments): the marker on one line past the first segment, an error at the end.</summary>
    private static string Text { get; } = BuildText();

    private static string BuildText()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 200_000; i++)
        {
            var tenant = i == 1500 ? Marker : $"tenant-{i % 977:000}";
            text.Append(CultureInfo.InvariantCulture, $"2026-12-05T01:{i / 60 % 60:00}:{i % 60:00}Z INFO payments served request {i} for {tenant}\n");
        }

        return text.Append("2026-12-05T02:00:00Z ERROR payments could not connect to ledger-db:5432: connection refused\n").ToString();
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static Dictionary<string, string?> Settings(string? key) => new() { ["FM_ENCRYPTION_KEY"] = key };

    private static string ContentFile(string dataDirectory, string id) => Path.Combine(dataDirectory, "uploads", id + ".txt");

    private static async Task<(string CaseId, string Id)> UploadAsync(HttpClient client)
    {
        var caseId = (await (await client.PostJsonAsync("/api/v1/cases", new { title = "payments down" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        using var body = new StringContent(Text, Encoding.UTF8, "text/plain");
        var upload = await (await client.PostAsync($"/api/v1/cases/{caseId}/data?filename=payments.log", body, Token)).ReadJsonAsync(Token);
        return (caseId, upload.GetProperty("id").GetString()!);
    }

    /// <summary>The text comes back whole (JSON and plain), a range across a segment boundary is 206 with those bytes, and the agent
    /// quotes the error from it.</summary>
    private static async Task AssertServedAsync(HttpClient client, string caseId, string id)
    {
        var content = $"/api/v1/cases/{caseId}/data/{id}/content";
        Assert.Equal(Text, (await (await client.GetAsync(content, Token)).ReadJsonAsync(Token)).GetProperty("text").GetString());

        using var whole = new HttpRequestMessage(HttpMethod.Get, content);
        whole.Headers.Accept.ParseAdd("text/plain");
        using var wholeResponse = await client.SendAsync(whole, Token);
        Assert.Equal(HttpStatusCode.OK, wholeResponse.StatusCode);
        Assert.Equal(Text, await wholeResponse.Content.ReadAsStringAsync(Token));
        Assert.NotNull(wholeResponse.Content.Headers.LastModified);
        Assert.Contains("bytes", wholeResponse.Headers.AcceptRanges);

        var start = Text.IndexOf(Marker, StringComparison.Ordinal) - 70_000;
        using var range = new HttpRequestMessage(HttpMethod.Get, content);
        range.Headers.Accept.ParseAdd("text/plain");
        range.Headers.Range = new RangeHeaderValue(start, start + 70_000 + Marker.Length - 1);
        using var partial = await client.SendAsync(range, Token);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(Text.Length, partial.Content.Headers.ContentRange!.Length);
        Assert.Equal(Text.Substring(start, 70_000 + Marker.Length), await partial.Content.ReadAsStringAsync(Token));

        var turn = await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why is payments failing?" }, Token)).ReadJsonAsync(Token);
        Assert.Contains("ledger-db", turn.GetProperty("root_cause").GetString());
    }

    /// <summary>No file under the data directory — stored text, copies, temporary files, the database — holds the marker.</summary>
    private static void AssertNowhereOnDisk(string dataDirectory)
    {
        var marker = Encoding.UTF8.GetBytes(Marker);
        var files = Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".txt", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(marker) < 0, $"{file} holds the marker");
        }
    }
}
