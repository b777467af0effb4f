using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

// Issue 18: `GET /cases?search=…` (the CLI's name for the option) was not read: every case came back, newest first, as if each
// matched. It now filters as q does — only cases whose title holds every word — and two different searches at once are refused.
public sealed class CaseSearchTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue18_ListCases_Search_ReturnsOnlyMatchingCases()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var redis = await CreateAsync($"{word} redis evictions on cache-1");
        var disk = await CreateAsync($"{word} disk full on db-2");
        await CreateAsync("redis evictions elsewhere");

        var both = await IdsAsync($"/api/v1/cases?search={word}");
        var one = await IdsAsync($"/api/v1/cases?search={Uri.EscapeDataString($"REDIS {word}")}");
        var viaQ = await IdsAsync($"/api/v1/cases?q={word}%20redis");

        Assert.Equal([disk, redis], both);
        Assert.Equal([redis], one);
        Assert.Equal([redis], viaQ);
    }

    [Fact]
    public async Task Issue18_ListCases_SearchAndQDiffer_IsValidationProblem()
    {
        await ApiAssert.AssertProblemAsync(await _client.GetAsync("/api/v1/cases?q=redis&search=disk", Token), 400, ProblemTypes.Validation);
    }

    private async Task<string> CreateAsync(string title) =>
        (await (await _client.PostJsonAsync("/api/v1/cases", new { title }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private async Task<List<string>> IdsAsync(string path)
    {
        var page = await (await _client.GetAsync(path, Token)).ReadJsonAsync(Token);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
