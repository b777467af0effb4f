using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace FaultMaven.Server.Tests.Integrations;

/// <summary>Splunk as a live log source, against a real HTTP server speaking its search export: the request (search with <c>| head</c>,
/// window, output mode, bearer token), the streamed results stored as a log upload and cited (preview rows skipped, a secret redacted),
/// a stream cut at the size cap keeping what was read, Splunk's own FATAL message for a bad search, and a URL without a token stopping
/// start-up. What every log source does alike is in <see cref="LogSourceTests"/>.</summary>
public sealed class SplunkSourceTests(SplunkSourceTests.Fixture fixture) : IClassFixture<SplunkSourceTests.Fixture>
{
    private const string Query = "index=main sourcetype=checkout (refused OR retrying OR started)";
    private const string Token = "splunk-token-eyJraWQiOiJzcGx1bmsuc2VjcmV0IiwiYWxnIjoiSFM1MTIifQ";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_WithAnSplSearch_ExportsTheWindow_StoresTheEventsAsALog_AndTheAnswerCitesThem()
    {
        var before = DateTimeOffset.UtcNow;
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "why are checkout orders failing?", splunk = Query, since = "45m" })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var sent = fixture.Splunk.Requests.Last();
        Assert.Equal("/services/search/v2/jobs/export", sent.PathAndQuery);
        Assert.Equal("Bearer " + Token, sent.Authorization);
        var form = QueryHelpers.ParseQuery(sent.Body);
        Assert.Equal($"search {Query} | head 1000", form["search"].ToString());
        Assert.Equal("json", form["output_mode"].ToString());
        var earliest = double.Parse(form["earliest_time"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var latest = double.Parse(form["latest_time"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(45 * 60, latest - earliest, 0.01);
        Assert.InRange(latest, before.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        var upload = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}")).GetProperty("upload");
        Assert.StartsWith("splunk-index_main", upload.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());

        var lines = (await GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20")).GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(LogStoreServer.Lines.Count, lines.Count);
        Assert.DoesNotContain(lines, l => l.Contains("PREVIEW", StringComparison.Ordinal));
        // Splunk's _time carries the search head's offset; the evidence is in UTC, oldest first.
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z \\{host=\"web-1\", source=\"/var/log/checkout.log\", sourcetype=\"checkout\", index=\"main\"\\} INFO checkout: started", lines[0]);
        Assert.StartsWith(LogStoreServer.Base.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), lines[0], StringComparison.Ordinal);

        Assert.Contains(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("id").GetString() == uploadId);
        using var content = await fixture.Server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/content", Cancel);
        var stored = await content.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("retrying order for", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAZ7Q3MX5TLP2WNR4K", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSearch_Is400WithSplunksFatalMessage()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = "index=main | badcommand" })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("Splunk rejected the query: Unknown search command 'badcommand'.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamPastTheSizeCap_KeepsTheEventsRead_AndSaysMoreMatched()
    {
        await using var splunk = await SplunkApiServer.StartNewAsync(Cancel);
        var settings = Settings(splunk.BaseAddress.ToString());
        settings["FM_SPLUNK_MAX_RESPONSE_BYTES"] = "1024";
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);
        var reply = await response.ReadJsonAsync(Cancel);

        var caseId = reply.GetProperty("caseId").GetString()!;
        var uploadId = Assert.Single(reply.GetProperty("uploads").EnumerateArray()).GetString()!;
        using var detail = await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}", Cancel);
        var upload = (await detail.ReadJsonAsync(Cancel)).GetProperty("upload");
        Assert.Contains("more matched", upload.GetProperty("pageTitle").GetString(), StringComparison.Ordinal);
        using var lines = await server.Client.GetAsync($"/api/v1/cases/{caseId}/data/{uploadId}/lines?count=20", Cancel);
        Assert.InRange((await lines.ReadJsonAsync(Cancel)).GetProperty("lines").GetArrayLength(), 1, LogStoreServer.Lines.Count - 1);
    }

    [Theory]
    [InlineData("index=main | delete", "delete")]
    [InlineData("index=main error | sendemail to=someone@example.org", "sendemail")]
    [InlineData("| rest /services/storage/passwords", "rest")]
    [InlineData("index=main | stats count by host | OutputLookup hosts.csv", "outputlookup")]
    [InlineData("index=main [| script python fetch]", "script")]
    [InlineData("index=main \"a | b\" |collect index=summary", "collect")]
    public async Task SearchThatWouldChangeOrSendSomething_Is400_AndSplunkIsNotCalled(string query, string command)
    {
        var calls = fixture.Splunk.Requests.Count;

        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = query })), Cancel);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains($"FaultMaven only reads from Splunk: '{command}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Splunk.Requests.Count);
    }

    [Fact]
    public async Task PipesInsideQuotes_AndReadingCommands_AreSearched()
    {
        using var response = await fixture.Server.Client.PostAsync("/api/v1/agent/query",
            ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = "index=main \"| delete\" | stats count by host | table host count" })), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SplunkWithItsOwnCertificateAuthority_IsSearchedWithFmSplunkCaFile_AndRefusedWithout()
    {
        using var certificates = TestCertificates.Create("Splunk Test CA");
        using var certificate = X509Certificate2.CreateFromPemFile(certificates.CertificatePath, certificates.KeyPath);
        await using var splunk = await SplunkApiServer.StartNewAsync(certificate, Cancel);
        var settings = Settings(splunk.BaseAddress.ToString());
        Assert.Equal("https", splunk.BaseAddress.Scheme);

        await using (var untrusting = await InProcessServer.StartAsync(settings, cancellationToken: Cancel))
        {
            using var refused = await untrusting.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);

            var detail = (await ApiAssert.AssertProblemAsync(refused, 502, ProblemTypes.SourceUnavailable)).GetProperty("detail").GetString()!;
            Assert.Contains("cannot be reached", detail, StringComparison.Ordinal);
            Assert.Empty(splunk.Requests);
        }

        settings["FM_SPLUNK_CA_FILE"] = certificates.AuthorityPath;
        await using var trusting = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);
        using var response = await trusting.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", splunk = Query })), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.ReadJsonAsync(Cancel)).GetProperty("uploads").EnumerateArray());
        Assert.Equal("Bearer " + Token, Assert.Single(splunk.Requests).Authorization);
    }

    [Fact]
    public async Task SplunksCertificateAuthority_IsTrustedForSplunkOnly()
    {
        using var certificates = TestCertificates.Create("Splunk Test CA");
        using var certificate = X509Certificate2.CreateFromPemFile(certificates.CertificatePath, certificates.KeyPath);
        await using var loki = await LokiApiServer.StartNewAsync(certificate, Cancel);
        var settings = Settings(fixture.Splunk.BaseAddress.ToString());
        settings["FM_SPLUNK_CA_FILE"] = certificates.AuthorityPath;
        settings["FM_LOKI_URL"] = loki.BaseAddress.ToString();
        await using var server = await InProcessServer.StartAsync(settings, cancellationToken: Cancel);

        using var response = await server.Client.PostAsync("/api/v1/agent/query", ApiAssert.Json(JsonSerializer.Serialize(new { message = "errors?", loki = "{app=\"checkout\"}" })), Cancel);

        await ApiAssert.AssertProblemAsync(response, 502, ProblemTypes.SourceUnavailable);
        Assert.Empty(loki.Requests);
    }

    [Theory]
    [InlineData("not a certificate\n", "holds no PEM certificate")]
    [InlineData(null, "cannot be read as PEM certificates")]
    public async Task CaFileThatIsNotACertificate_StopsStartUp(string? content, string message)
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "splunk-ca.pem");
        if (content is not null)
        {
            await File.WriteAllTextAsync(path, content, Cancel);
        }

        var settings = Settings(fixture.Splunk.BaseAddress.ToString());
        settings["FM_SPLUNK_CA_FILE"] = path;

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await InProcessServer.StartAsync(settings, cancellationToken: Cancel)).DisposeAsync());

        Assert.Contains(FaultMavenApplication.DescribeConfigurationErrors(error, settings), line => line.Contains("FM_SPLUNK_CA_FILE", StringComparison.Ordinal) && line.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UrlWithoutAToken_StopsStartUp()
    {
        var settings = new Dictionary<string, string?> { ["FM_SPLUNK_URL"] = fixture.Splunk.BaseAddress.ToString() };

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await InProcessServer.StartAsync(settings, cancellationToken: Cancel)).DisposeAsync());

        Assert.Contains(FaultMavenApplication.DescribeConfigurationErrors(error, settings), line => line.Contains("FM_SPLUNK_URL is set without FM_SPLUNK_TOKEN", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Settings(string url) => new()
    {
        ["FM_SPLUNK_URL"] = url,
        ["FM_SPLUNK_TOKEN"] = Token,
        ["FM_FEATURES"] = "live-sources:on",
    };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync(Cancel);
    }

    /// <summary>The Splunk stand-in and a FaultMaven server reading it.</summary>
    public sealed class Fixture() : LogStoreFixture<SplunkApiServer>(() => SplunkApiServer.StartNewAsync(), Settings)
    {
        public SplunkApiServer Splunk => Store;
    }
}
