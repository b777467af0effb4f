using System.Net;
using System.Net.Http.Headers;
using FaultMaven.Core.Data;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>The hostile pass's case deletion, on the PostgreSQL store (the SQLite path is <c>DataEndpointsTests</c>'): deleting a case
/// removes its upload text files, its pseudonyms and its rows at once, leaves another case's alone, and the clean-up sweeps text no
/// live upload names.</summary>
public sealed class PostgresCaseDeletionTests(ServerStores servers)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteCase_OnPostgres_RemovesItsFilesPseudonymsAndRows_AndKeepsAnotherCases()
    {
        using var data = new TempDirectory();
        var connection = (await servers.NewSettingsAsync())["FM_POSTGRES"]!;
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_POSTGRES"] = connection }, data.Path, Token);
        var uploads = Path.Combine(server.DataDirectory, "uploads");
        var doomed = await CreateCaseAsync(server);
        var first = await UploadAsync(server, doomed, "a.log", "2026-11-30 10:00:00 ERROR login failed for ops.bob@corp-mail.example.org\n");
        var second = await UploadAsync(server, doomed, "b.log", "2026-11-30 10:00:01 WARN retry for ana.ruiz@corp-mail.example.org\n");
        var other = await CreateCaseAsync(server);
        var kept = await UploadAsync(server, other, "c.log", "2026-11-30 10:00:02 ERROR login failed for carl.may@corp-mail.example.org\n");
        Assert.True(await CountAsync(connection, "SELECT count(*) FROM pseudonyms WHERE scope = $1", doomed) > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.DeleteAsync($"/api/v1/cases/{doomed}", Token)).StatusCode);

        Assert.False(File.Exists(Path.Combine(uploads, first + ".txt")));
        Assert.False(File.Exists(Path.Combine(uploads, second + ".txt")));
        Assert.True(File.Exists(Path.Combine(uploads, kept + ".txt")));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM cases WHERE id = $1", doomed));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM uploads WHERE case_id = $1", doomed));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM upload_contents WHERE case_id = $1", doomed));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM turns WHERE case_id = $1", doomed));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM pseudonyms WHERE scope = $1", doomed));
        Assert.Equal(1, await CountAsync(connection, "SELECT count(*) FROM uploads WHERE case_id = $1", other));
        Assert.Equal(1, await CountAsync(connection, "SELECT count(*) FROM upload_contents WHERE case_id = $1", other));
        Assert.True(await CountAsync(connection, "SELECT count(*) FROM pseudonyms WHERE scope = $1", other) > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/v1/cases/{doomed}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.DeleteAsync($"/api/v1/cases/{doomed}", Token)).StatusCode);
    }

    [Fact]
    public async Task CleanUp_OnPostgres_RemovesOldTextNoLiveUploadNames_AndKeepsALiveUploadsText()
    {
        using var data = new TempDirectory();
        var connection = (await servers.NewSettingsAsync())["FM_POSTGRES"]!;
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_POSTGRES"] = connection }, data.Path, Token);
        var uploads = Path.Combine(server.DataDirectory, "uploads");
        var live = await CreateCaseAsync(server);
        var kept = await UploadAsync(server, live, "a.log", "2026-11-30 10:00:00 INFO one\n");
        File.SetLastWriteTimeUtc(Path.Combine(uploads, kept + ".txt"), DateTime.UtcNow.AddDays(-1));
        // What an older version left behind: the text of a deleted case's upload, old enough for no running upload to own it.
        var orphan = Path.Combine(uploads, "dat_0000000000000000orphan.txt");
        await File.WriteAllTextAsync(orphan, "text of a deleted case", Token);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));

        var removed = await server.Services.GetRequiredService<DataService>().CleanUpAsync(Token);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(Path.Combine(uploads, kept + ".txt")));
    }

    private static async Task<long> CountAsync(string connectionString, string sql, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = id } } };
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    private static async Task<string> CreateCaseAsync(InProcessServer server) =>
        (await (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "deletion" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private static async Task<string> UploadAsync(InProcessServer server, string caseId, string fileName, string text)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await server.Client.PostAsync($"/api/v1/cases/{caseId}/data", form, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
    }
}
