using System.Net.Http.Headers;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Security;

/// <summary>A real server with FM_AUTH=required and a bootstrap admin key, and clients that present keys it creates.</summary>
public sealed class SecuredServer : IAsyncDisposable
{
    public const string BootstrapKey = "fm_bootstrap0123456789abcdef0123456789abcdef0123456789abcdef";

    private readonly List<HttpClient> _clients = [];

    private SecuredServer(InProcessServer server)
    {
        Server = server;
        Admin = ClientWith(BootstrapKey);
    }

    public InProcessServer Server { get; }

    /// <summary>Gets a client that presents the bootstrap admin key.</summary>
    public HttpClient Admin { get; }

    /// <summary>Gets a client that presents no credentials.</summary>
    public HttpClient Anonymous => Server.Client;

    public static async Task<SecuredServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        var merged = new Dictionary<string, string?> { ["FM_AUTH"] = "required", ["FM_BOOTSTRAP_ADMIN_KEY"] = BootstrapKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return new SecuredServer(await InProcessServer.StartAsync(merged, dataDirectory, cancellationToken));
    }

    /// <summary>A client sending <paramref name="key"/> as a bearer token.</summary>
    public HttpClient ClientWith(string key)
    {
        var client = new HttpClient { BaseAddress = Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _clients.Add(client);
        return client;
    }

    /// <summary>Creates a key as the bootstrap admin and returns its id and secret.</summary>
    public async Task<(string Id, string Key)> CreateKeyAsync(string name, string role, string? team, CancellationToken cancellationToken)
    {
        var created = await (await Admin.PostJsonAsync("/api/v1/admin/api-keys", new { name, role, team }, cancellationToken)).ReadJsonAsync(cancellationToken);
        return (created.GetProperty("id").GetString()!, created.GetProperty("key").GetString()!);
    }

    /// <summary>A client for a new key of <paramref name="role"/> in <paramref name="team"/>, with the key's id.</summary>
    public async Task<(HttpClient Client, string Id)> UserAsync(string name, string role, string? team, CancellationToken cancellationToken)
    {
        var (id, key) = await CreateKeyAsync(name, role, team, cancellationToken);
        return (ClientWith(key), id);
    }

    public static async Task<string> IdOfAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await response.ReadJsonAsync(cancellationToken)).GetProperty("id").GetString()!;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken cancellationToken) => await response.ReadJsonAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
    }
}
