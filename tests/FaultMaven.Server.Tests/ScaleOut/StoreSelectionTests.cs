using System.Net;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.ScaleOut;

/// <summary>Each server store is chosen by its own variable: one alone moves its share, the rest stays embedded.</summary>
public sealed class StoreSelectionTests(ServerStores servers)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("FM_POSTGRES", "postgresql", "redis")]
    [InlineData("FM_REDIS", "redis", "postgresql")]
    public async Task One_variable_moves_its_stores_and_leaves_the_rest_embedded(string variable, string chosen, string absent)
    {
        var all = await servers.NewSettingsAsync();
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { [variable] = all[variable] }, cancellationToken: Token);

        var components = (await (await server.Client.GetAsync("/health/ready", Token)).ReadJsonAsync(Token)).GetProperty("components");
        Assert.Equal("healthy", components.GetProperty(chosen).GetProperty("status").GetString());
        Assert.Equal("healthy", components.GetProperty("sqlite").GetProperty("status").GetString());
        Assert.False(components.TryGetProperty(absent, out _));

        var session = await (await server.Client.PostJsonAsync("/api/v1/sessions", new { clientKind = "cli" }, Token)).ReadJsonAsync(Token);
        var created = await server.Client.PostJsonAsync("/api/v1/cases", new { title = "mixed", sessionId = session.GetProperty("id").GetString() }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync(Token)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/v1/cases/{id}", Token)).StatusCode);
    }
}
