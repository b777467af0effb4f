using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaultMaven.Core.Data;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>The data API against a real server with a 256 KB upload limit.</summary>
public sealed class DataEndpointsTests : IAsyncLifetime
{
    private const int UploadLimit = 256 * 1024;
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private InProcessServer Server => _server!;

    private HttpClient Client => Server.Client;

    private string UploadsDirectory => Path.Combine(Server.DataDirectory, "uploads");

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(
        new Dictionary<string, string?> { ["FM_MAX_UPLOAD_BYTES"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        cancellationToken: Token);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task MultipartLog_IsClassifiedRedactedAnalysed_AndListed()
    {
        var caseId = await CreateCaseAsync();
        var log = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            var level = i is >= 150 and < 160 ? "ERROR" : "INFO";
            var message = level == "ERROR" ? "payment failed for user maria.lopez@northwind-mail.com: upstream timeout" : $"request {i} served in {i % 7} ms";
            log.Append(CultureInfo($"2026-11-30 10:{i / 60:00}:{i % 60:00},000 {level} [worker-1] com.shop.Pay - {message}\n"));
        }

        var response = await UploadFileAsync(caseId, "payments.log", Encoding.UTF8.GetBytes(log.ToString()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("miss", response.Headers.GetValues("X-FaultMaven-Cache").Single());
        var upload = await response.ReadJsonAsync(Token);
        var id = upload.GetProperty("id").GetString()!;
        Assert.Equal("log", upload.GetProperty("classification").GetProperty("type").GetString());
        Assert.True(upload.GetProperty("redactions").TryGetProperty("EMAIL", out var emails), upload.ToString());
        Assert.Equal(10, emails.GetInt64());
        Assert.Equal(200, upload.GetProperty("lines").GetInt64());

        var detail = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{id}", Token)).ReadJsonAsync(Token);
        var analysis = detail.GetProperty("analysis");
        Assert.Equal(200, analysis.GetProperty("log").GetProperty("input").GetProperty("events").GetInt64());
        var cluster = analysis.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("kind").GetString() == "error-cluster");
        Assert.Contains("payment failed", cluster.GetProperty("title").GetString());
        Assert.Equal(151, cluster.GetProperty("evidence").GetProperty("first").GetInt64());

        var content = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token)).ReadJsonAsync(Token);
        var text = content.GetProperty("text").GetString()!;
        Assert.DoesNotContain("maria.lopez", text);
        var range = content.GetProperty("redactions")[0];
        Assert.Equal("<EMAIL_1>", text[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()]);
        Assert.DoesNotContain("maria.lopez", await File.ReadAllTextAsync(Path.Combine(UploadsDirectory, id + ".txt"), Token));

        var list = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task SameBytesTwice_AreAnalysedOnce()
    {
        var caseId = await CreateCaseAsync();
        var bytes = Encoding.UTF8.GetBytes("Traceback (most recent call last):\n  File \"/app/jobs/sync.py\", line 42, in run\n    rows = fetch()\nKeyError: 'user_id'\n");
        var first = await (await UploadFileAsync(caseId, "trace.txt", bytes)).ReadJsonAsync(Token);
        var again = await UploadFileAsync(caseId, "same-trace-renamed.txt", bytes);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("hit", again.Headers.GetValues("X-FaultMaven-Cache").Single());
        Assert.Equal(first.GetProperty("id").GetString(), (await again.ReadJsonAsync(Token)).GetProperty("id").GetString());
        var list = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task JsonPaste_WithPageCapture_KeepsSourceAndAnalysesKubernetes()
    {
        var caseId = await CreateCaseAsync();
        var pods = "NAME                      READY   STATUS             RESTARTS      AGE\n"
            + "checkout-7d9f8-abcde      0/1     CrashLoopBackOff   12 (2m ago)   40m\n"
            + "checkout-7d9f8-fghij      1/1     Running            0             40m\n";
        var response = await Client.PostJsonAsync($"/api/v1/cases/{caseId}/data", new Dictionary<string, string>
        {
            ["content"] = pods, ["source_url"] = "https://lens.internal/pods", ["page_title"] = "Pods · prod",
        }, Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var upload = await response.ReadJsonAsync(Token);
        Assert.Equal("kubernetes", upload.GetProperty("classification").GetProperty("type").GetString());
        Assert.Equal("Pods · prod", upload.GetProperty("pageTitle").GetString());
        var detail = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{upload.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token);
        var crash = detail.GetProperty("analysis").GetProperty("findings")[0];
        Assert.Equal("crash-loop", crash.GetProperty("kind").GetString());
        Assert.Equal(2, crash.GetProperty("evidence").GetProperty("first").GetInt64());
    }

    [Fact]
    public async Task RawTextBody_WithFileNameInQuery_IsAccepted()
    {
        var caseId = await CreateCaseAsync();
        using var body = new StringContent("database:\n  host: localhost\n  password: \"\"\n  pool:\n    max-size: 1\n", Encoding.UTF8, "text/plain");
        var response = await Client.PostAsync($"/api/v1/cases/{caseId}/data?filename=app.yaml", body, Token);

        var upload = await response.ReadJsonAsync(Token);
        Assert.Equal("config", upload.GetProperty("classification").GetProperty("type").GetString());
        var detail = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{upload.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token);
        var kinds = detail.GetProperty("analysis").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("empty-secret", kinds);
        Assert.Contains("localhost-endpoint", kinds);
        Assert.Contains("pool-too-small", kinds);
    }

    [Fact]
    public async Task Oversize_Is413_AndLeavesNothing()
    {
        var caseId = await CreateCaseAsync();
        var response = await UploadFileAsync(caseId, "huge.log", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2026-11-30 10:00:00 INFO filler line\n", UploadLimit / 20))));

        await ApiAssert.AssertProblemAsync(response, 413, ProblemTypes.PayloadTooLarge);
        AssertNothingStored();
        Assert.Equal(0, (await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task MalformedMultipart_Is400_AndLeavesNothing()
    {
        var caseId = await CreateCaseAsync();
        var garbage = new ByteArrayContent("garbage with no boundary in it"u8.ToArray());
        garbage.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=zzz");
        var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--zzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.log\"\r\n\r\n2026-11-30 INFO cut short\n"));
        cut.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=zzz");

        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{caseId}/data", garbage, Token), 400, ProblemTypes.BadRequest);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{caseId}/data", cut, Token), 400, ProblemTypes.BadRequest);
        Assert.Equal(0, (await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TwoFileParts_Refused_NeitherKept()
    {
        var caseId = await CreateCaseAsync();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("2026-11-30 10:00:00 INFO first file\n"u8.ToArray()), "file", "first.log" },
            { new ByteArrayContent("2026-11-30 10:00:00 INFO second file\n"u8.ToArray()), "file", "second.log" },
        };

        var response = await Client.PostAsync($"/api/v1/cases/{caseId}/data", form, Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, ProblemTypes.Validation);
        Assert.Contains("one file per request", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ALogWithANulPastTheSampledHead_Gets415_AndNothingIsKept_WhileUtf16TextIsRead()
    {
        var caseId = await CreateCaseAsync();
        var log = new byte[120_000];
        for (var i = 0; i < log.Length; i++)
        {
            log[i] = i % 80 == 79 ? (byte)'\n' : (byte)('a' + (i % 26));
        }

        log[100_000] = 0;
        var refused = await UploadFileAsync(caseId, "late-nul.log", log);
        await ApiAssert.AssertProblemAsync(refused, 415, ProblemTypes.UnsupportedMediaType);

        // Text whose encoding holds NULs of its own (UTF-16 without a mark) is still read.
        var utf16 = Encoding.Unicode.GetBytes(string.Concat(Enumerable.Repeat("2026-11-30 10:00:00 INFO served\n", 3000)));
        Assert.Equal(HttpStatusCode.Created, (await UploadFileAsync(caseId, "utf16.log", utf16)).StatusCode);
        var listed = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        AssertNothingStored();
    }

    [Fact]
    public async Task ALogTruncatedInPlaceByCopytruncate_IsKeptWithoutItsNulHole_AndTheUploadSaysSo()
    {
        var caseId = await CreateCaseAsync();
        var log = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"2026-11-30 10:00:{i % 60:00} INFO request {i} served\n")));
        var rotated = new byte[90_000].Concat(log).ToArray();

        var response = await UploadFileAsync(caseId, "app.log", rotated);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var upload = await response.ReadJsonAsync(Token);
        Assert.Contains("90,000 NUL bytes were left out", upload.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        var text = (await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{upload.GetProperty("id").GetString()}/content", Token)).ReadJsonAsync(Token)).GetProperty("text").GetString()!;
        Assert.StartsWith("2026-11-30 10:00:00 INFO request 0 served", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', text);
    }

    [Fact]
    public async Task PdfEvidence_IsKeptAsItsExtractedRedactedText_NotItsCompressedSyntax()
    {
        const string Email = "ops.bob@corp-mail.example.org";
        const string AwsKey = "AKIAZ3MHQW7PLX5R2T6Q";
        const string Password = "Tr0ub4dor-and-3xyz";
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Incident report: checkout outage", 14, new UglyToad.PdfPig.Core.PdfPoint(40, 780), font);
        page.AddText($"Contact {Email} ; aws_access_key_id={AwsKey} ; password={Password}", 10, new UglyToad.PdfPig.Core.PdfPoint(40, 740), font);
        var pdf = builder.Build();
        var caseId = await CreateCaseAsync();

        var response = await UploadFileAsync(caseId, "report.pdf", pdf);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        var stored = await Client.GetStringAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token);
        Assert.Contains("Incident report: checkout outage", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", stored, StringComparison.Ordinal);
        foreach (var secret in new[] { Email, AwsKey, Password })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }

        // A damaged PDF is refused with a reason rather than kept as its syntax.
        await ApiAssert.AssertProblemAsync(await UploadFileAsync(caseId, "broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n"u8.ToArray()), 415, ProblemTypes.UnsupportedMediaType);
    }

    [Fact]
    public async Task BadInputs_GetClearProblems()
    {
        var caseId = await CreateCaseAsync();
        await ApiAssert.AssertProblemAsync(await UploadFileAsync(caseId, "empty.log", []), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await UploadFileAsync(caseId, "core.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 9]), 415, ProblemTypes.UnsupportedMediaType);
        await ApiAssert.AssertProblemAsync(await UploadFileAsync("cas_missing", "a.log", "x\n"u8.ToArray()), 404, ProblemTypes.NotFound);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{caseId}/data", ApiAssert.Json("{\"content\": "), Token), 400, ProblemTypes.InvalidBody);
        await ApiAssert.AssertProblemAsync(await Client.PostAsync($"/api/v1/cases/{caseId}/data", ApiAssert.Json("{\"filename\": \"x.log\"}"), Token), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync($"/api/v1/cases/{caseId}/data/dat_missing", Token), 404, ProblemTypes.NotFound);
        AssertNothingStored();
    }

    [Fact]
    public async Task TruncatedGzip_IsKeptWithAWarning_AndLatin1IsDecoded()
    {
        var caseId = await CreateCaseAsync();
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"2026-11-30 10:00:{i % 60:00} INFO request {i} from café {i * 7919 % 1000}\n"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        var cut = compressed.ToArray()[..(int)(compressed.Length * 2 / 3)];
        var truncated = await (await UploadFileAsync(caseId, "app.log.gz", cut)).ReadJsonAsync(Token);
        Assert.True(truncated.GetProperty("compressed").GetBoolean());
        Assert.Contains("truncated", truncated.GetProperty("warnings")[0].GetString());

        var latin1 = await (await UploadFileAsync(caseId, "legacy.log", Encoding.Latin1.GetBytes("2026-11-30 10:00:00 WARN café déjà vu\n2026-11-30 10:00:01 INFO ok\n"))).ReadJsonAsync(Token);
        Assert.Equal("iso-8859-1", latin1.GetProperty("encoding").GetString());
        var text = (await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{latin1.GetProperty("id").GetString()}/content", Token)).ReadJsonAsync(Token)).GetProperty("text").GetString();
        Assert.Contains("café déjà vu", text);
    }

    [Fact]
    public async Task InterruptedUpload_LeavesNothingBehind()
    {
        var caseId = await CreateCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/data?filename=cut.log") { Content = new FailingContent() };
        await Assert.ThrowsAnyAsync<Exception>(() => Client.SendAsync(request, Token));

        // The server notices the aborted body and removes the partial file.
        for (var i = 0; i < 50 && Directory.EnumerateFiles(Path.Combine(UploadsDirectory, "tmp")).Any(); i++)
        {
            await Task.Delay(100, Token);
        }

        AssertNothingStored();
    }

    [Fact]
    public async Task Delete_RemovesTheFile_AndCaseDeletionRemovesEveryFileOfTheCaseAtOnce()
    {
        var caseId = await CreateCaseAsync();
        var first = (await (await UploadFileAsync(caseId, "a.log", "2026-11-30 10:00:00 INFO one\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        var second = (await (await UploadFileAsync(caseId, "b.log", "2026-11-30 10:00:00 INFO two\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        var third = (await (await UploadFileAsync(caseId, "c.log", "2026-11-30 10:00:00 INFO three\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        var otherCase = await CreateCaseAsync();
        var kept = (await (await UploadFileAsync(otherCase, "d.log", "2026-11-30 10:00:00 INFO four\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/cases/{caseId}/data/{first}", Token)).StatusCode);
        Assert.False(File.Exists(Path.Combine(UploadsDirectory, first + ".txt")));
        await ApiAssert.AssertProblemAsync(await Client.DeleteAsync($"/api/v1/cases/{caseId}/data/{first}", Token), 404, ProblemTypes.NotFound);
        Assert.True(File.Exists(Path.Combine(UploadsDirectory, second + ".txt")));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/cases/{caseId}", Token)).StatusCode);

        // Not left for a clean-up that only removes files older than a running upload can be: gone with the case.
        Assert.False(File.Exists(Path.Combine(UploadsDirectory, second + ".txt")));
        Assert.False(File.Exists(Path.Combine(UploadsDirectory, third + ".txt")));
        Assert.True(File.Exists(Path.Combine(UploadsDirectory, kept + ".txt")));
        AssertNothingStored();
    }

    [Fact]
    public async Task CleanUp_RemovesOldTextNoLiveUploadNames_EvenWithARowOfADeletedCase_AndAbandonedParts()
    {
        var live = await CreateCaseAsync();
        var kept = (await (await UploadFileAsync(live, "a.log", "2026-11-30 10:00:00 INFO one\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString()!;
        File.SetLastWriteTimeUtc(Path.Combine(UploadsDirectory, kept + ".txt"), DateTime.UtcNow.AddDays(-1));
        // What an older version left: the text of a deleted case's upload, one with its row still there (no foreign key in SQLite),
        // and a raw part file.
        var orphan = Path.Combine(UploadsDirectory, "dat_0000000000000000orphan.txt");
        await File.WriteAllTextAsync(orphan, "text of a deleted case", Token);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));
        var ghost = Path.Combine(UploadsDirectory, "dat_00000000000000000ghost.txt");
        await File.WriteAllTextAsync(ghost, "text whose row outlived its case", Token);
        File.SetLastWriteTimeUtc(ghost, DateTime.UtcNow.AddDays(-1));
        await using (var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Server.DataDirectory, "faultmaven.db")};Pooling=False"))
        {
            await database.OpenAsync(Token);
            await using var insert = database.CreateCommand();
            insert.CommandText = "INSERT INTO uploads (id, case_id, sha256, created_at, metadata, analysis, redactions) "
                + "VALUES ('dat_00000000000000000ghost', 'cas_gone', 'x', 0, '{}', '{}', '[]')";
            await insert.ExecuteNonQueryAsync(Token);
        }

        var abandoned = Path.Combine(UploadsDirectory, "tmp", "abandoned.part");
        await File.WriteAllTextAsync(abandoned, "half an upload", Token);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-1));

        var removed = await Server.Services.GetRequiredService<DataService>().CleanUpAsync(Token);

        Assert.Equal(3, removed);
        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(ghost));
        Assert.True(File.Exists(Path.Combine(UploadsDirectory, kept + ".txt")));
        AssertNothingStored();
    }

    private void AssertNothingStored()
    {
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(UploadsDirectory, "tmp")));
    }

    [Fact]
    public async Task Lines_OpenALargeUploadWhereItIsNeeded_AndRefuseBadWindows()
    {
        var caseId = await CreateCaseAsync();
        var log = new StringBuilder();
        for (var i = 1; i <= 3000; i++)
        {
            log.Append(CultureInfo($"2026-12-05T10:{i / 60 % 60:00}:{i % 60:00}Z INFO request {i} served\n"));
        }

        log.Append("2026-12-05T11:00:00Z ERROR ").Append('x', 50_000).Append('\n');
        var stored = await (await Client.PostAsync($"/api/v1/cases/{caseId}/data?filename=big.log", new StringContent(log.ToString()), Token)).ReadJsonAsync(Token);
        var path = $"/api/v1/cases/{caseId}/data/{stored.GetProperty("id").GetString()}/lines";

        var window = await (await Client.GetAsync(path + "?from=1500&count=3", Token)).ReadJsonAsync(Token);
        Assert.Equal(1500, window.GetProperty("from").GetInt64());
        Assert.Equal(3001, window.GetProperty("totalLines").GetInt64());
        Assert.Equal(["request 1500 served", "request 1501 served", "request 1502 served"], window.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!.Split(" INFO ")[1]));
        var last = (await (await Client.GetAsync(path + "?from=3001", Token)).ReadJsonAsync(Token)).GetProperty("lines");
        Assert.InRange(Assert.Single(last.EnumerateArray()).GetString()!.Length, 1000, 2_100);
        Assert.Empty((await (await Client.GetAsync(path + "?from=9000", Token)).ReadJsonAsync(Token)).GetProperty("lines").EnumerateArray());

        await ApiAssert.AssertProblemAsync(await Client.GetAsync(path + "?from=0", Token), 400, ProblemTypes.Validation);
        await ApiAssert.AssertProblemAsync(await Client.GetAsync(path + "?count=5001", Token), 400, ProblemTypes.Validation);
        var notANumber = await ApiAssert.AssertProblemAsync(await Client.GetAsync(path + "?from=abc", Token), 400, ProblemTypes.BadRequest);
        Assert.Equal("The parameter 'from' must be a whole number.", notANumber.GetProperty("detail").GetString());
        var tooBig = await ApiAssert.AssertProblemAsync(await Client.GetAsync(path + "?count=99999999999", Token), 400, ProblemTypes.BadRequest);
        Assert.Equal("The parameter 'count' must be a whole number.", tooBig.GetProperty("detail").GetString());
        await ApiAssert.AssertProblemAsync(await Client.GetAsync($"/api/v1/cases/{caseId}/data/dat_missing/lines", Token), 404, ProblemTypes.NotFound);
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    private async Task<string> CreateCaseAsync() =>
        (await (await Client.PostJsonAsync("/api/v1/cases", new { title = "data" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private Task<HttpResponseMessage> UploadFileAsync(string caseId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return Client.PostAsync($"/api/v1/cases/{caseId}/data", form, Token);
    }

    /// <summary>Sends half a body, then fails, as a client whose connection drops mid-upload.</summary>
    private sealed class FailingContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2026-11-30 10:00:00 INFO partial\n", 2000))));
            await stream.FlushAsync();
            throw new IOException("connection dropped");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
