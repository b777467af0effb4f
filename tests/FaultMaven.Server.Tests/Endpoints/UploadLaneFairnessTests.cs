using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Endpoints;

/// <summary>Uploads against a real server while a lane is held as a long upload would hold it (the place is taken through the
/// server's own <see cref="UploadLanes"/>, so that "still running" does not depend on how fast this machine is). Asserted is what
/// completes while it is held and what waits, never how long anything took.</summary>
public sealed class UploadLaneFairnessTests : IAsyncLifetime
{
    // What a test allows before calling the server stuck: a failure bound, not a speed the test expects.
    private static readonly TimeSpan Stuck = TimeSpan.FromMinutes(3);

    private InProcessServer? _server;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private InProcessServer Server => _server!;

    private UploadLanes Lanes => Server.Services.GetRequiredService<UploadLanes>();

    // Text over 2 MiB is huge here (64 MiB by default), so that the huge lane is reached with inputs a test can afford.
    public async ValueTask InitializeAsync() =>
        _server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_HUGE_UPLOAD_BYTES"] = (2 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken: Token);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task A_huge_gzip_being_processed_delays_neither_another_cases_large_upload_nor_its_small_gzip()
    {
        var red = await CreateCaseAsync();
        var blue = await CreateCaseAsync();
        // The huge lane is taken, as by a gzip expanding to a gigabyte; red's next huge gzip (8 MB of text) waits for it.
        var running = await Lanes.EnterAsync(UploadLane.Huge, "red-running", Token);
        var redHuge = UploadAsync(red, "big.log.gz", Gzip(Lines(8 << 20)));
        await WaitUntilAsync(() => Lanes.Waiting(UploadLane.Huge) == 1);

        var blueLarge = await UploadAsync(blue, "app.log", Encoding.UTF8.GetBytes(Lines(3 << 20))).WaitAsync(Stuck, Token);
        var blueGzip = await UploadAsync(blue, "app.log.gz", Gzip(Lines(1 << 20))).WaitAsync(Stuck, Token);

        Assert.Equal(HttpStatusCode.Created, blueLarge.StatusCode);
        Assert.Equal(HttpStatusCode.Created, blueGzip.StatusCode);
        Assert.False(redHuge.IsCompleted);
        running!.Dispose();
        Assert.Equal(HttpStatusCode.Created, (await redHuge.WaitAsync(Stuck, Token)).StatusCode);
    }

    [Fact]
    public async Task A_paste_to_a_case_is_not_behind_that_cases_upload_waiting_for_its_lane()
    {
        var red = await CreateCaseAsync();
        var running = await Lanes.EnterAsync(UploadLane.Large, "another-team", Token);
        var upload = UploadAsync(red, "app.log", Encoding.UTF8.GetBytes(Lines(3 << 20)));
        await WaitUntilAsync(() => Lanes.Waiting(UploadLane.Large) == 1);

        // The waiting upload does not hold the case's pseudonyms: the paste is redacted and stored at once.
        var paste = await Server.Client.PostJsonAsync($"/api/v1/cases/{red}/data", new { content = "ERROR db timeout for ana@example.com", filename = "note.txt" }, Token).WaitAsync(Stuck, Token);

        Assert.Equal(HttpStatusCode.Created, paste.StatusCode);
        Assert.False(upload.IsCompleted);
        running!.Dispose();
        Assert.Equal(HttpStatusCode.Created, (await upload.WaitAsync(Stuck, Token)).StatusCode);
        // One case, one set of pseudonyms: the upload's addresses are numbered after the paste's.
        var list = await (await Server.Client.GetAsync($"/api/v1/cases/{red}/data", Token)).ReadJsonAsync(Token);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_gzip_that_understates_its_size_leaves_the_large_lane_for_the_huge_one()
    {
        // Two gzip members (rotated logs concatenated): the trailer read is the last member's, one line, of 8 MB of text. It starts
        // in the large lane, is stopped at the lane's share and run again in the huge lane; while the huge lane is held it waits
        // there, and the large lane is free for the next upload.
        var red = await CreateCaseAsync();
        var lying = Gzip(Lines(8 << 20)).Concat(Gzip(Lines(60))).ToArray();
        var running = await Lanes.EnterAsync(UploadLane.Huge, "red-running", Token);

        var upload = UploadAsync(red, "big.log.gz", lying);
        await WaitUntilAsync(() => Lanes.Waiting(UploadLane.Huge) == 1);
        var next = await UploadAsync(await CreateCaseAsync(), "app.log", Encoding.UTF8.GetBytes(Lines(3 << 20))).WaitAsync(Stuck, Token);

        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.False(upload.IsCompleted);
        running!.Dispose();
        var stored = await (await upload.WaitAsync(Stuck, Token)).ReadJsonAsync(Token);
        Assert.Equal((8 << 20) / 54 + 1, stored.GetProperty("lines").GetInt64());
    }

    private static string Lines(int bytes)
    {
        const string Line = "2026-12-06T22:00:00Z INFO api request served in 12 ms\n";
        return string.Concat(Enumerable.Repeat(Line, bytes / Line.Length));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var stuck = CancellationTokenSource.CreateLinkedTokenSource(Token);
        stuck.CancelAfter(Stuck);
        while (!condition())
        {
            await Task.Delay(50, stuck.Token);
        }
    }

    [Fact]
    public async Task A_team_past_its_share_of_large_uploads_is_told_429_with_retry_after_not_503()
    {
        // Over its share a team is refused at once; that is its own excess (a rate limit), not the service failing, so it must not
        // read as unavailability (503 burnt the availability objective for every team).
        var red = await CreateCaseAsync();
        var stored = await Server.Services.GetRequiredService<FaultMaven.Core.Cases.ICaseStore>().GetAsync(red, Token);
        var team = stored!.Team ?? stored.Owner ?? red;
        // The team's share taken: one place running, the rest waiting for it (each counts from the moment it asks).
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var held = Enumerable.Range(0, UploadLanes.PerTeam).Select(_ => Lanes.EnterAsync(UploadLane.Large, team, hold.Token)).ToList();

        try
        {
            var refused = await UploadAsync(red, "app.log", Encoding.UTF8.GetBytes(Lines(3 << 20))).WaitAsync(Stuck, Token);

            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(UploadLanes.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
            using var body = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Token));
            var problem = body.RootElement;
            Assert.Equal("urn:faultmaven:problem:rate-limited", problem.GetProperty("type").GetString());
            Assert.Equal(UploadLanes.RetryAfterSeconds, problem.GetProperty("retryAfterSeconds").GetInt32());
            // No sign-in, no teams: every case is the one local caller's, and the refusal says so.
            Assert.StartsWith($"The clients of this server (no sign-in: one share between them) already have {UploadLanes.PerTeam} large uploads", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("team", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await hold.CancelAsync();
            foreach (var place in held.Where(p => p.IsCompletedSuccessfully))
            {
                (await place)?.Dispose();
            }
        }

        // The case made and the upload refused: both good for the availability objective (a 503 counted as bad).
        await Knowledge.KnowledgeImportRefusalTests.SloCounterAsync(Server, requests: 2);
    }

    private async Task<string> CreateCaseAsync() =>
        (await (await Server.Client.PostJsonAsync("/api/v1/cases", new { title = "lanes" }, Token)).ReadJsonAsync(Token)).GetProperty("id").GetString()!;

    private Task<HttpResponseMessage> UploadAsync(string caseId, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return Server.Client.PostAsync($"/api/v1/cases/{caseId}/data", form, Token);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
