using System.Net;
using System.Security.Cryptography;
using FaultMaven.Infrastructure.Storage;
using FaultMaven.Server.Tests.Security;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Tests.Configuration;

/// <summary>Each family of secrets given as <c>&lt;NAME&gt;_FILE</c> reaches the component that uses it, on real servers: the admin key
/// the server requires of clients, the key a model provider receives, the PostgreSQL and Redis the stores connect to, and the keys that
/// seal pseudonyms and uploads at rest. Both forms at once stop the server with exit 2 and no secret in what it prints.</summary>
public sealed class SecretFileVariablesTests(ServerStores stores) : IDisposable
{
    private readonly TempDirectory _secrets = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _secrets.Dispose();

    [Fact]
    public async Task BootstrapAdminKeyFile_IsTheKeyTheServerRequires()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_AUTH"] = "required",
            ["FM_BOOTSTRAP_ADMIN_KEY_FILE"] = Write("admin", SecuredServer.BootstrapKey + "\n"),
        }, cancellationToken: Token);

        using var anonymous = await server.Client.GetAsync("/api/v1/cases", Token);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", SecuredServer.BootstrapKey);
        using var authorised = await admin.GetAsync("/api/v1/cases", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, authorised.StatusCode);
    }

    [Fact]
    public async Task ProviderKeyFiles_AreTheKeysTheModelsReceive()
    {
        await using var model = await ScriptedLlmServer.StartAsync(Token);
        await using (var openai = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_OPENAI_API_KEY_FILE"] = Write("openai", "sk-from-file-openai\n"),
            ["FM_OPENAI_URL"] = model.OpenAIEndpoint.ToString(),
            ["FM_DATA_WARMUP"] = "false",
        }, cancellationToken: Token))
        {
            await AskAsync(openai.Client);
        }

        await using (var anthropic = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_ANTHROPIC_API_KEY_FILE"] = Write("anthropic", "sk-ant-from-file\r\n"),
            ["FM_ANTHROPIC_URL"] = model.Address.ToString(),
            ["FM_DATA_WARMUP"] = "false",
        }, cancellationToken: Token))
        {
            await AskAsync(anthropic.Client);
        }

        // Calls read "<path> authorization=… api-key=… x-api-key=…"; the key must arrive whole and without the file's newline.
        Assert.Contains(model.Calls, c => c.StartsWith("/v1/chat/completions authorization=Bearer sk-from-file-openai api-key=", StringComparison.Ordinal));
        Assert.Contains(model.Calls, c => c.StartsWith("/v1/messages ", StringComparison.Ordinal)
            && (c.Contains("authorization=Bearer sk-ant-from-file api-key=", StringComparison.Ordinal) || c.EndsWith("x-api-key=sk-ant-from-file", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostgresRedisAndPrivacyKeyFiles_AreWhatTheStoresUse()
    {
        var settings = await stores.NewSettingsAsync();
        var privacyKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_POSTGRES_FILE"] = Write("postgres", settings["FM_POSTGRES"] + "\n"),
            ["FM_REDIS_FILE"] = Write("redis", settings["FM_REDIS"] + "\n"),
            ["FM_PRIVACY_KEY_FILE"] = Write("privacy", privacyKey + "\n"),
            ["FM_DATA_WARMUP"] = "false",
        }, cancellationToken: Token);

        using var ready = await server.Client.GetAsync("/health/ready", Token);
        var components = (await ready.ReadJsonAsync(Token)).GetProperty("components");
        var options = server.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("healthy", components.GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("healthy", components.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal(privacyKey, options.PrivacyKey);
        using var created = await server.Client.PostJsonAsync("/api/v1/cases", new { title = "pager for ana@example.com" }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task EncryptionKeyFile_SealsUploads_ThatTheSameKeyGivenDirectlyReads()
    {
        using var data = new TempDirectory();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        string caseId, uploadId;
        await using (var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_ENCRYPTION_KEY_FILE"] = Write("encryption", key + "\n"), ["FM_DATA_WARMUP"] = "false" }, data.Path, Token))
        {
            (caseId, uploadId) = await UploadAsync(server.Client);
        }

        Assert.Equal(0xFF, (await File.ReadAllBytesAsync(Path.Combine(data.Path, "uploads", uploadId + ".txt"), Token))[0]);
        await using var again = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_ENCRYPTION_KEY"] = key, ["FM_DATA_WARMUP"] = "false" }, data.Path, Token);
        using var content = await again.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Token);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Contains("disk full on node-7", await content.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task Server_BothFormsOfASecret_ExitsWith2AndNoSecret()
    {
        using var data = new TempDirectory();
        const string Secret = "Host=db;Password=hunter2-secret";
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["FM_DATA_DIR"] = data.Path,
            ["FM_POSTGRES"] = Secret,
            ["FM_POSTGRES_FILE"] = Write("postgres", Secret),
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        Assert.Equal("faultmaven: configuration error: FM_POSTGRES and FM_POSTGRES_FILE are both set; set only one of them.", server.StandardError.Trim());
        Assert.DoesNotContain("hunter2", server.StandardOutput + server.StandardError);
    }

    [Fact]
    public async Task Server_MissingSecretFile_ExitsWith2NamingVariableAndPath()
    {
        using var data = new TempDirectory();
        var path = Path.Combine(_secrets.Path, "absent");
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, ["FM_REDIS_FILE"] = path });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        Assert.Equal($"faultmaven: configuration error: FM_REDIS_FILE '{path}' does not exist.", server.StandardError.Trim());
    }

    private static async Task AskAsync(HttpClient client)
    {
        using var created = await client.PostJsonAsync("/api/v1/cases", new { title = "checkout 502s" }, Token);
        var caseId = (await created.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        using var asked = await client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { message = "why do checkouts fail?" }, Token);
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync(Token));
    }

    private static async Task<(string CaseId, string UploadId)> UploadAsync(HttpClient client)
    {
        using var created = await client.PostJsonAsync("/api/v1/cases", new { title = "node disk" }, Token);
        var caseId = (await created.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        using var uploaded = await client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new { content = "2026-05-02T10:00:01Z ERROR disk full on node-7\n", filename = "node.log" }, Token);
        var upload = await uploaded.ReadJsonAsync(Token);
        Assert.True(uploaded.IsSuccessStatusCode, upload.ToString());
        return (caseId, upload.GetProperty("id").GetString()!);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_secrets.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
