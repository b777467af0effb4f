using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Every field a person types into a case is redacted with the case's pseudonyms before it is stored — titles, messages,
/// file names, page addresses and titles — so neither the API, the database nor the model ever holds a secret typed there, and
/// the same address gets the same token in a title as in an upload.</summary>
public sealed class FieldRedactionTests : IAsyncLifetime
{
    private const string Email = "maria.garcia@example.com";
    private const string Password = "Sup3r-S3cret-Pa55";
    private const string GitHubToken = "ghp_R8kQ2mZ7xV4nW9pL3sT6yB1cD5fH0jA2uE8g";

    private ScriptedLlmServer? _model;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _model = await ScriptedLlmServer.StartAsync(Token);

    public async ValueTask DisposeAsync() => await _model!.DisposeAsync();

    [Fact]
    public async Task Titles_names_addresses_and_messages_are_stored_redacted_and_never_reach_the_model()
    {
        _model!.Then(LlmStep.Reply("## Root cause\n\nThe login service rejects the credentials."));
        await using var server = await InProcessServer.StartAsync(
            new Dictionary<string, string?> { ["FM_OPENAI_API_KEY"] = "sk-test", ["FM_OPENAI_URL"] = _model.OpenAIEndpoint.ToString() },
            cancellationToken: Token);
        var client = server.Client;

        using var created = await client.PostJsonAsync("/api/v1/cases", new { title = $"Login fails for {Email} with password={Password}" }, Token);
        var @case = await created.ReadJsonAsync(Token);
        Assert.True(created.IsSuccessStatusCode, @case.ToString());
        var caseId = @case.GetProperty("id").GetString()!;
        var title = @case.GetProperty("title").GetString()!;
        Assert.Equal("Login fails for <EMAIL_1> with password=<PASSWORD>", title.Replace("<GENERIC_SECRET>", "<PASSWORD>", StringComparison.Ordinal));

        using var renamed = await client.PatchAsync($"/api/v1/cases/{caseId}", JsonContent.Create(new { title = $"{Email}: token {GitHubToken} rejected" }), Token);
        var renamedBody = await renamed.ReadJsonAsync(Token);
        Assert.True(renamed.IsSuccessStatusCode, renamedBody.ToString());
        Assert.StartsWith("<EMAIL_1>: token <", renamedBody.GetProperty("title").GetString(), StringComparison.Ordinal);

        using var uploaded = await client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new
        {
            content = "2026-05-02T10:00:01Z ERROR login: 401 for user\n",
            filename = $"{Email}.log",
            source_url = $"https://grafana.internal/d/login?var-user={Email}&auth_token={GitHubToken}",
            page_title = $"Login errors — {Email}",
        }, Token);
        var upload = await uploaded.ReadJsonAsync(Token);
        Assert.True(uploaded.IsSuccessStatusCode, upload.ToString());
        var stored = upload;
        Assert.Equal("<EMAIL_1>.log", stored.GetProperty("fileName").GetString());
        Assert.DoesNotContain(GitHubToken, stored.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", stored.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("Login errors — <EMAIL_1>", stored.GetProperty("pageTitle").GetString());

        using var asked = await client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = $"Why can {Email} not log in? Our db password is {Password} if it helps." }, Token);
        Assert.True(asked.IsSuccessStatusCode, (await asked.ReadJsonAsync(Token)).ToString());

        using var turns = await client.GetAsync($"/api/v1/cases/{caseId}/turns", Token);
        var question = (await turns.ReadJsonAsync(Token)).GetProperty("items")[0].GetProperty("content").GetString()!;
        Assert.StartsWith("Why can <EMAIL_1> not log in? Our db password is <", question, StringComparison.Ordinal);

        // Nothing typed above rests anywhere: not in what the API returns, not in any file of the data directory, not in what the
        // model was sent (the model's copy comes from the stored, redacted question).
        var everything = new StringBuilder();
        foreach (var path in new[] { "/api/v1/cases", $"/api/v1/cases/{caseId}", $"/api/v1/cases/{caseId}/turns", $"/api/v1/cases/{caseId}/data" })
        {
            everything.Append(await client.GetStringAsync(path, Token));
        }

        foreach (var file in Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories))
        {
            everything.Append(Encoding.UTF8.GetString(await ReadSharedAsync(file)));
        }

        everything.AppendJoin('\n', _model.Requests);
        Assert.NotEmpty(_model.Requests);
        foreach (var secret in new[] { Password, GitHubToken, Email, JsonEncodedText.Encode(Email).ToString() })
        {
            Assert.DoesNotContain(secret, everything.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Concurrent_uploads_and_titles_of_one_case_never_give_two_addresses_one_token()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var client = server.Client;
        var caseId = (await (await client.PostJsonAsync("/api/v1/cases", new { title = "many people" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();

        // Eight uploads and a rename at once, each naming a different person: each address must get a token of its own.
        var people = Enumerable.Range(0, 8).Select(i => $"user{i}.{Guid.NewGuid():N}@example.com").ToList();
        var uploads = people.Select(async (email, i) =>
        {
            var body = new StringContent($"2026-12-05T10:00:0{i}Z ERROR login failed for {email}\n", Encoding.UTF8, "text/plain");
            var stored = await (await client.PostAsync($"/api/v1/cases/{caseId}/data?filename=auth-{i}.log", body, Token)).ReadJsonAsync(Token);
            var text = (await (await client.GetAsync($"/api/v1/cases/{caseId}/data/{stored.GetProperty("id").GetString()}/content", Token)).ReadJsonAsync(Token)).GetProperty("text").GetString()!;
            return System.Text.RegularExpressions.Regex.Match(text, "<EMAIL_[0-9]+>").Value;
        }).ToList();
        var renamed = client.PatchAsync($"/api/v1/cases/{caseId}", JsonContent.Create(new { title = "owner admin." + Guid.NewGuid().ToString("N") + "@example.com" }), Token);
        var tokens = await Task.WhenAll(uploads);
        var title = (await (await renamed).ReadJsonAsync(Token)).GetProperty("title").GetString()!;

        Assert.All(tokens, t => Assert.StartsWith("<EMAIL_", t, StringComparison.Ordinal));
        Assert.Equal(people.Count, tokens.Distinct().Count());
        Assert.DoesNotContain(System.Text.RegularExpressions.Regex.Match(title, "<EMAIL_[0-9]+>").Value, tokens);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, Token);
        return copy.ToArray();
    }
}
