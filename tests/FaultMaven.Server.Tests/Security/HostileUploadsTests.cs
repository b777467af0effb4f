using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Server.Problems;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Security;

/// <summary>Hostile uploads against a real server: bombs get a problem response and leave nothing behind, names are normalised,
/// content is read in ranges, and a processing budget ends work that would run too long.</summary>
public sealed class HostileUploadsTests : IAsyncLifetime
{
    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private InProcessServer Server => _server!;

    private HttpClient Client => Server.Client;

    private string UploadsDirectory => Path.Combine(Server.DataDirectory, "uploads");

    public async ValueTask InitializeAsync() => _server = await InProcessServer.StartAsync(cancellationToken: Token);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task GzipBomb_Gets413_AndNothingIsKept()
    {
        var caseId = await CreateCaseAsync();
        var member = Gzip(string.Concat(Enumerable.Repeat("2026-12-05T01:00:00Z INFO heartbeat ok\n", (32 << 20) / 38)), CompressionLevel.SmallestSize);
        var bomb = Enumerable.Repeat(member, 32).SelectMany(m => m).ToArray(); // 1 GiB of text in ~1 MB

        var problem = await ApiAssert.AssertProblemAsync(await UploadAsync(caseId, "app.log.gz", bomb), 413, ProblemTypes.PayloadTooLarge);
        Assert.Contains("compression bomb", problem.GetProperty("detail").GetString());
        var list = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(UploadsDirectory, "tmp")));
        Assert.Empty(Directory.EnumerateFiles(UploadsDirectory));
    }

    [Fact]
    public async Task PdfBomb_Gets413_FromTheKnowledgeBase()
    {
        var stream = Deflate(new byte[96 << 20]);
        var pdf = Encoding.ASCII.GetBytes(FormattableString.Invariant(
            $"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n"))
            .Concat(stream).Concat("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray()).ToArray();
        var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "bomb.pdf" } };

        var problem = await ApiAssert.AssertProblemAsync(await Client.PostAsync("/api/v1/knowledge/documents", form, Token), 413, ProblemTypes.PayloadTooLarge);
        Assert.Contains("Nothing was imported", problem.GetProperty("detail").GetString());
        var documents = await (await Client.GetAsync("/api/v1/knowledge/documents", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, documents.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FileNames_AreNormalised_AndContentIsServedInRanges()
    {
        var caseId = await CreateCaseAsync();
        var traversal = await (await UploadAsync(caseId, "../../etc/passwd", "ERROR one line\n"u8.ToArray())).ReadJsonAsync(Token);
        Assert.Equal("passwd", traversal.GetProperty("fileName").GetString());
        var longName = await (await UploadAsync(caseId, new string('a', 5000) + ".log", "2026-12-05 01:00:00 ERROR two\n"u8.ToArray())).ReadJsonAsync(Token);
        Assert.Equal(UploadNames.MaxFileNameChars, longName.GetProperty("fileName").GetString()!.Length);

        // A part header longer than the multipart reader takes is a malformed body, not a server error.
        await ApiAssert.AssertProblemAsync(await UploadAsync(caseId, new string('a', 100_000) + ".log", "x\n"u8.ToArray()), 400, ProblemTypes.BadRequest);

        var id = traversal.GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{caseId}/data/{id}/content");
        request.Headers.Accept.ParseAdd("text/plain");
        request.Headers.Range = new RangeHeaderValue(0, 4);
        var response = await Client.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("ERROR", await response.Content.ReadAsStringAsync(Token));

        var json = await (await Client.GetAsync($"/api/v1/cases/{caseId}/data/{id}/content", Token)).ReadJsonAsync(Token);
        Assert.Equal("ERROR one line\n", json.GetProperty("text").GetString());
        Assert.Equal(0, json.GetProperty("redactions").GetArrayLength());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task LegacyRawTemporaryFiles_AreRemovedAtOnce_AndFoldersArePrivate()
    {
        var legacy = Path.Combine(UploadsDirectory, "tmp", "0123.part");
        await File.WriteAllTextAsync(legacy, "DB_PASSWORD=hunter2", Token);

        // The clean-up the server runs at start may race this one for the file (ExecuteAsync runs wholly in the background):
        // either removes it, although it is seconds old against an hour's lifetime.
        Assert.InRange(await Server.Services.GetRequiredService<DataService>().CleanUpAsync(Token), 0, 1);
        Assert.False(File.Exists(legacy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(UploadsDirectory));

        // The database and the uploads' text are the server user's alone.
        var caseId = await CreateCaseAsync();
        var stored = (await (await UploadAsync(caseId, "app.log", "2026-12-05 01:00:00 ERROR db timeout\n"u8.ToArray())).ReadJsonAsync(Token)).GetProperty("id").GetString();
        var others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.Combine(Server.DataDirectory, "faultmaven.db")) & others);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.Combine(UploadsDirectory, stored + ".txt")) & others);
    }

    [Fact]
    public async Task ProcessingPastTheBudget_Gets422_AndNothingIsKept()
    {
        await using var strict = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_UPLOAD_TIMEOUT"] = "00:00:01" }, cancellationToken: Token);
        var caseId = (await (await strict.Client.PostJsonAsync("/api/v1/cases", new { title = "budget" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString();
        var log = new StringBuilder();
        for (var i = 0; log.Length < 48 << 20; i++)
        {
            log.Append(FormattableString.Invariant($"2026-12-05T01:{i / 60 % 60:00}:{i % 60:00}Z ERROR request {i} for user{i % 997}@example.com failed: upstream 10.0.{i % 250}.{i % 200} timed out\n"));
        }

        var response = await strict.Client.PostAsync($"/api/v1/cases/{caseId}/data?filename=big.log", new ByteArrayContent(Encoding.UTF8.GetBytes(log.ToString())), Token);
        var problem = await ApiAssert.AssertProblemAsync(response, 422, ProblemTypes.TooCostly);
        Assert.Contains("FM_UPLOAD_TIMEOUT", problem.GetProperty("detail").GetString());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(strict.DataDirectory, "uploads"), "*", SearchOption.AllDirectories));
    }

    private async Task<string> CreateCaseAsync() =>
        (await (await Client.PostJsonAsync("/api/v1/cases", new { title = "hostile" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private Task<HttpResponseMessage> UploadAsync(string caseId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return Client.PostAsync($"/api/v1/cases/{caseId}/data", form, Token);
    }

    private static byte[] Gzip(string text, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
