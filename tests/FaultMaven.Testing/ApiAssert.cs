using System.Net.Http.Json;
using System.Text.Json;

namespace FaultMaven.Testing;

/// <summary>Asserts a response is RFC 7807 problem details of the expected status and type, with no internals leaked.</summary>
public static class ApiAssert
{
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Xunit.Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Xunit.Assert.Equal(type, problem.GetProperty("type").GetString());
        Xunit.Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Xunit.Assert.True(problem.TryGetProperty("traceId", out _), "problem has no traceId");
        Xunit.Assert.True(problem.TryGetProperty("correlationId", out _), "problem has no correlationId");
        Xunit.Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem;
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Xunit.Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body, CancellationToken cancellationToken = default) =>
        client.PostAsJsonAsync(path, body, cancellationToken);
}
