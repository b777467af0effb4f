using System.Net;
using System.Text.Json;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Reads cases as an admin for the tests of integrations, whose investigations run after the request has been answered.</summary>
internal sealed class CaseReader(HttpClient admin)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Gets the case id of a 202 an integration answered.</summary>
    public static async Task<string> CaseOfAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.ReadJsonAsync(Cancel)).GetProperty("caseId").GetString()!;
        }
    }

    public async Task<JsonElement> GetAsync(string path) => await (await admin.GetAsync(path, Cancel)).ReadJsonAsync(Cancel);

    public async Task<List<JsonElement>> TurnsAsync(string id) =>
        [.. (await GetAsync($"/api/v1/cases/{id}/turns")).GetProperty("items").EnumerateArray()];

    /// <summary>Polls until the case has <paramref name="count"/> turns, for at most 30 s.</summary>
    public async Task<List<JsonElement>> TurnsUntilAsync(string id, int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var turns = await TurnsAsync(id);
            if (turns.Count >= count || DateTimeOffset.UtcNow > deadline)
            {
                Assert.True(turns.Count >= count, $"case {id} has {turns.Count} turns, expected {count}");
                return turns;
            }

            await Task.Delay(100, Cancel);
        }
    }
}
