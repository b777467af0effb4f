using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Elasticsearch/OpenSearch as a live log source, against a real HTTP server speaking its search API: the request (index, query
/// string, window on the timestamp field, sort, size, API key), the hits stored as a log upload and cited, a secret in a hit redacted in
/// storage, and Elasticsearch's own error for a bad query. What every log source does alike is in <see cref="LogSourceTests"/>.</summary>
public sealed class ElasticsearchSourceTests(ElasticsearchSourceTests.Fixture fixture) : IClassFixture<ElasticsearchSourceTests.Fixture>
{
    private const string Query = "service.name:checkout AND (refused OR retrying)";
    private const string ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_WithAQueryString_SearchesTheWindowNewestFirst_StoresTheHitsAsALog_AndTheAnswerCitesThem()
    {
        var before = DateTimeOffset.UtcNow;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "why are checkout orders failing?", elasticsearch = Query, since = "2h" })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var sent = fixture.Elasticsearch.Requests.Last();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/logs-*,app-*/_search?ignore_unavailable=true", sent.PathAndQuery);
        Assert.Equal("ApiKey " + ApiKey, sent.Authorization);
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal(Query, body["query"]!["bool"]!["filter"]![0]!["query_string"]!["query"]!.GetValue<string>());
        var range = body["query"]!["bool"]!["filter"]![1]!["range"]!["@timestamp"]!;
        var gte = DateTimeOffset.Parse(range["gte"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var lte = DateTimeOffset.Parse(range["lte"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(2), lte - gte);
        Assert.InRange(lte, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal("desc", body["sort"]![0]!["@timestamp"]!["order"]!.GetValue<string>());
        Assert.Equal(1000, body["size"]!.GetValue<int>());

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith("elasticsearch-service.name_checkout", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());
        Assert.Contains(Query, upload.GetProperty("pageTitle").GetString(), StringComparison.Ordinal);

        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(LogStoreServer.Lines.Count, lines.Count);
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z \\{index=\"\\.ds-logs-checkout-[^\"]+\", service\\.name=\"checkout\", log\\.level=\"info\"\\} INFO checkout: started", lines[0]);

        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        Assert.Contains("connection refused", reply.GetProperty("text").GetString(), StringComparison.Ordinal);

        using var content = await fixture.Server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Cancel);
        var stored = await content.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("retrying order for", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.k@example.org", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadQueryString_Is400WithElasticsearchsOwnReason_AndOpensNoCase()
    {
        var before = (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32();

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", elasticsearch = "service.name:(checkout" })), Cancel);

        var detail = (await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation)).GetProperty("detail").GetString()!;
        Assert.Contains("Elasticsearch rejected the query: query_shard_exception: Failed to parse query [service.name:(checkout]", detail, StringComparison.Ordinal);
        Assert.Equal(before, (await GetAsync("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    private static Dictionary<string, string?> Settings(string url) => new()
    {
        ["FM_ELASTICSEARCH_URL"] = url,
        ["FM_ELASTICSEARCH_INDEX"] = "logs-*,app-*",
        ["FM_ELASTICSEARCH_API_KEY"] = ApiKey,
        ["FM_FEATURES"] = "live-sources:on",
    };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync(Cancel);
    }

    /// <summary>The Elasticsearch stand-in and a FaultMaven server reading it.</summary>
    public sealed class Fixture() : LogStoreFixture<ElasticsearchApiServer>(() => ElasticsearchApiServer.StartNewAsync(), Settings)
    {
        public ElasticsearchApiServer Elasticsearch => Store;
    }
}
