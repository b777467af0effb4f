using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>The knowledge API against a real server, each test with its own data directory.</summary>
public sealed class KnowledgeEndpointsTests : IAsyncLifetime
{
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private HttpClient Client => _server!.Client;

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Markdown_Json_IsImported_Searchable_Updatable_Deletable()
    {
        var created = await Client.PostJsonAsync("/api/v1/knowledge/documents", new
        {
            id = "rb-disk", title = "Node disk full", kind = "runbook", service = "platform", tags = new[] { "storage", "node" },
            text = "# Node disk full\n\n## Diagnosis\n\nRun `df -h` and find the mount that is full.\n\n## Mitigation\n\nRotate logs and prune images.",
        }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.ReadJsonAsync(Token);
        Assert.True(document.GetProperty("chunks").GetInt32() >= 1);

        var hits = await Search("no space left on device: df shows the mount is full");
        var top = hits[0];
        Assert.Equal("rb-disk", top.GetProperty("documentId").GetString());
        Assert.Contains("«", top.GetProperty("passages")[0].GetProperty("snippet").GetString());
        Assert.Equal("Node disk full", top.GetProperty("passages")[0].GetProperty("headingPath")[0].GetString());
        Assert.Empty(await Search("df mount full", "&kind=postmortem"));
        Assert.Single(await Search("df mount full", "&service=platform&tags=storage"));

        var again = await Client.PostJsonAsync("/api/v1/knowledge/documents", new
        {
            title = "copy", text = "# Node disk full\n\n## Diagnosis\n\nRun `df -h` and find the mount that is full.\n\n## Mitigation\n\nRotate logs and prune images.",
        }, Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.ReadJsonAsync(Token)).GetProperty("duplicate").GetBoolean());

        var retitled = await Client.PutAsync("/api/v1/knowledge/documents/rb-disk", ApiAssert.Json("""{"title":"Disk full on a node","kind":"faq","text":"# Node disk full\n\n## Diagnosis\n\nRun `df -h` and find the mount that is full.\n\n## Mitigation\n\nRotate logs and prune images."}"""), Token);
        Assert.Equal("Disk full on a node", (await retitled.ReadJsonAsync(Token)).GetProperty("title").GetString());
        Assert.Single(await Search("df mount full", "&kind=faq"));

        var updated = await Client.PutAsync("/api/v1/knowledge/documents/rb-disk", ApiAssert.Json("""{"title":"Inodes exhausted","text":"# Inodes exhausted\n\nToo many small files: find them with `find -xdev`."}"""), Token);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Empty(await Search("rotate logs prune images"));
        Assert.Equal("rb-disk", (await Search("too many small files inodes"))[0].GetProperty("documentId").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/v1/knowledge/documents/rb-disk", Token)).StatusCode);
        Assert.Empty(await Search("inodes"));
        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/knowledge/documents/rb-disk", Token), 404, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task ACitedChunk_IsFoundInPlace_ByItsLines()
    {
        static string Section(string heading, string word) =>
            $"## {heading}\n\n" + string.Concat(Enumerable.Range(0, 14).Select(i => $"Step {i}: check the {word} gauges and the queue depth on every node before acting.\n"));
        var text = "# Broker outage\n\n" + Section("Symptoms", "alpha") + "\n" + Section("Diagnosis", "bravo") + "\n" + Section("Mitigation", "zirconium");
        Assert.Equal(HttpStatusCode.Created, (await Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-broker", title = "Broker outage", text }, Token)).StatusCode);

        // The passage search returns for the third section's word is the chunk a model would cite.
        var chunkId = (await Search("zirconium gauges"))[0].GetProperty("passages")[0].GetProperty("chunkId").GetString()!;
        var index = int.Parse(chunkId[(chunkId.IndexOf('#', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(index > 0, chunkId);
        var chunk = await (await Client.GetAsync($"/api/v1/knowledge/documents/rb-broker/chunks/{index}", Token)).ReadJsonAsync(Token);

        Assert.Equal(chunkId, chunk.GetProperty("id").GetString());
        var lines = text.Split('\n');
        var cited = string.Join("\n", lines[(chunk.GetProperty("firstLine").GetInt32() - 1)..chunk.GetProperty("lastLine").GetInt32()]);
        Assert.Contains("zirconium", cited, StringComparison.Ordinal);
        Assert.DoesNotContain("alpha", cited, StringComparison.Ordinal);
        Assert.Contains("zirconium", text[chunk.GetProperty("start").GetInt32()..chunk.GetProperty("end").GetInt32()], StringComparison.Ordinal);
        Assert.Equal("Mitigation", chunk.GetProperty("headingPath").EnumerateArray().Last().GetString());

        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/knowledge/documents/rb-broker/chunks/99", Token), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/knowledge/documents/rb-none/chunks/0", Token), 404, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/v1/knowledge/documents/rb-broker/chunks/-1", Token)).StatusCode);
    }

    [Fact]
    public async Task Files_InEveryFormat_AreRead_AndBadOnesRefused()
    {
        var html = "<html><head><title>Redis evictions</title><style>p{}</style></head><body><h1>Redis evictions</h1><p>When <b>evicted_keys</b> grows, raise maxmemory.</p><ul><li>check INFO memory</li></ul><pre>redis-cli INFO memory</pre></body></html>";
        var htmlDoc = await (await Upload("redis.html", Encoding.UTF8.GetBytes(html), kind: "faq")).ReadJsonAsync(Token);
        Assert.Equal("Redis evictions", htmlDoc.GetProperty("title").GetString());
        Assert.Equal("html", htmlDoc.GetProperty("format").GetString());
        var text = (await (await Client.GetAsync($"/api/v1/knowledge/documents/{htmlDoc.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token)).GetProperty("text").GetString()!;
        Assert.Contains("# Redis evictions", text);
        Assert.Contains("- check INFO memory", text);
        Assert.DoesNotContain("<b>", text);

        var pdf = await (await Upload("kafka.pdf", MakePdf("Kafka consumer lag", "Consumer lag grows when partitions are unassigned after a rebalance."))).ReadJsonAsync(Token);
        Assert.Equal("pdf", pdf.GetProperty("format").GetString());
        Assert.Equal(pdf.GetProperty("id").GetString(), (await Search("consumer lag partitions unassigned rebalance"))[0].GetProperty("documentId").GetString());

        var yaml = await (await Upload("alert.yaml", "title: Disk alert\nexpr: node_filesystem_avail_bytes < 1e9\n"u8.ToArray())).ReadJsonAsync(Token);
        Assert.Equal("Disk alert", yaml.GetProperty("title").GetString());
        var json = await (await Upload("faq.json", """{"question":"Why is the queue backing up?","answer":"Workers are throttled by the rate limiter."}"""u8.ToArray())).ReadJsonAsync(Token);
        Assert.Equal("Why is the queue backing up?", json.GetProperty("title").GetString());

        var large = string.Concat(Enumerable.Range(0, 4000).Select(i => $"## Section {i}\n\nStep {i}: restart service-{i} and check its health endpoint.\n\n"));
        var big = await (await Upload("big.md", Encoding.UTF8.GetBytes("# Big runbook\n\n" + large))).ReadJsonAsync(Token);
        Assert.True(big.GetProperty("chunks").GetInt32() > 100);
        Assert.Equal(big.GetProperty("id").GetString(), (await Search("restart service-3999"))[0].GetProperty("documentId").GetString());

        await ApiAssert.AssertProblemAsync(await Upload("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf"u8.ToArray()), 415, ProblemTypes.UnsupportedMediaType);
        var encrypted = await Upload("secret.pdf", Encrypt(MakePdf("Secret", "classified")));
        var problem = await ApiAssert.AssertProblemAsync(encrypted, 415, ProblemTypes.UnsupportedMediaType);
        Assert.Contains("encrypted", problem.GetProperty("detail").GetString());
        await ApiAssert.AssertProblemAsync(await Upload("bad.json", "{\"title\": "u8.ToArray()), 415, ProblemTypes.UnsupportedMediaType);
        await ApiAssert.AssertProblemAsync(await Upload("bad.yaml", "a: [1, 2\nb: {"u8.ToArray()), 415, ProblemTypes.UnsupportedMediaType);
        await ApiAssert.AssertProblemAsync(await Upload("empty.md", "  \n"u8.ToArray()), 415, ProblemTypes.UnsupportedMediaType);
        await ApiAssert.AssertProblemAsync(await Upload("a.md", "# a\n\nx"u8.ToArray(), kind: "novel"), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync("/api/v1/knowledge/documents", ApiAssert.Json("""{"title":"no text"}"""), Token), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync("/api/v1/knowledge/search?q=", Token), 400, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Documents_SurviveARestart()
    {
        using var data = new TempDirectory();
        await using (var first = await InProcessServer.StartAsync(dataDirectory: data.Path, cancellationToken: Token))
        {
            var bulk = await first.Client.PostJsonAsync("/api/v1/knowledge/documents/bulk", new object[]
            {
                new { id = "pm-1", kind = "postmortem", text = "# Checkout outage\n\nA bad config push made the checkout pods crash loop; rollback fixed it." },
                new { id = "rb-2", text = "# Certificate expiry\n\nRenew the TLS certificate with cert-manager." },
                new { id = "bad" },
            }, Token);
            var results = await bulk.ReadJsonAsync(Token);
            Assert.Equal(3, results.GetArrayLength());
            Assert.Equal("'text' is required.", results[2].GetProperty("error").GetString());
        }

        await using var second = await InProcessServer.StartAsync(dataDirectory: data.Path, cancellationToken: Token);
        var found = await (await second.Client.GetAsync("/api/v1/knowledge/search?q=checkout%20pods%20crash%20looping%20after%20config%20push", Token)).ReadJsonAsync(Token);
        Assert.Equal("pm-1", found.GetProperty("results")[0].GetProperty("documentId").GetString());
        var list = await (await second.Client.GetAsync("/api/v1/knowledge/documents", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ResolvedCase_BecomesAPostmortem_ThatTheNextSearchFinds()
    {
        var caseId = (await (await Client.PostJsonAsync("/api/v1/cases", new { title = "Checkout 502s after deploy" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        await Client.PostJsonAsync($"/api/v1/cases/{caseId}/turns", new { role = "user", content = "checkout returns 502 since the 14:05 deploy" }, Token);

        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{caseId}/knowledge", null, Token), 409, ProblemTypes.Conflict);

        // The investigation state is the agent's to write (issue 7); here it is set through the store as the agent would leave it.
        var store = _server!.Services.GetRequiredService<ICaseStore>();
        var current = (await store.GetAsync(caseId, Token))!;
        var investigation = current.Investigation with
        {
            BlastRadius = new BlastRadius(["checkout"], [], ["/api/checkout"], "all shoppers", Severity.High, DateTimeOffset.Parse("2026-11-30T14:05:00Z", System.Globalization.CultureInfo.InvariantCulture), []),
            Timeline = [new TimelineEntry(DateTimeOffset.Parse("2026-11-30T14:05:00Z", System.Globalization.CultureInfo.InvariantCulture), "deploy of checkout 2.14 with connection pool size 2", [])],
            Hypotheses =
            [
                new Hypothesis("h1", "The new release shrank the database connection pool to 2, so requests time out at the proxy", 0.9, HypothesisStatus.Supported, [], []),
                new Hypothesis("h2", "The payment provider is down", 0.1, HypothesisStatus.Refuted, [], []),
            ],
            Solution = new Solution(["Roll back checkout to 2.13", "Set the pool size back to 50"], ["a rollback drops in-flight carts"], ["502 rate back under 0.1 %"], ["Add a lint for pool sizes"]),
        };
        Assert.True(await store.UpdateAsync(current with { Status = CaseStatus.Resolved, Investigation = investigation }, current.Version, Token));

        var created = await Client.PostAsync($"/api/v1/cases/{caseId}/knowledge", null, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.ReadJsonAsync(Token);
        Assert.Equal("postmortem", document.GetProperty("kind").GetString());
        var text = document.GetProperty("text").GetString()!;
        Assert.Contains("## Root cause", text);
        Assert.Contains("connection pool to 2", text);
        Assert.Contains("Ruled out: The payment provider is down", text);
        Assert.Contains("1. Roll back checkout to 2.13", text);
        Assert.Contains("Reported: checkout returns 502", text);

        var hits = await Search("checkout 502 bad gateway after release, db connection pool exhausted", "&kind=postmortem");
        Assert.Equal($"pm-{caseId}", hits[0].GetProperty("documentId").GetString());
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsync($"/api/v1/cases/{caseId}/knowledge", null, Token)).StatusCode);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync("/api/v1/cases/case_missing/knowledge", null, Token), 404, ProblemTypes.NotFound);
    }

    private async Task<List<JsonElement>> Search(string query, string extra = "")
    {
        var response = await (await Client.GetAsync($"/api/v1/knowledge/search?q={Uri.EscapeDataString(query)}{extra}", Token)).ReadJsonAsync(Token);
        return [.. response.GetProperty("results").EnumerateArray()];
    }

    private Task<HttpResponseMessage> Upload(string fileName, byte[] bytes, string? kind = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return Client.PostAsync("/api/v1/knowledge/documents", form, Token);
    }

    private static byte[] MakePdf(string title, string body)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(title, 18, new UglyToad.PdfPig.Core.PdfPoint(40, 780), font);
        page.AddText(body, 11, new UglyToad.PdfPig.Core.PdfPoint(40, 740), font);
        return builder.Build();
    }

    /// <summary>Marks a PDF as encrypted with the standard handler and a password nobody knows, as a protected export is.</summary>
    private static byte[] Encrypt(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypt = "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text.Insert(open + 2, " " + encrypt));
    }
}
