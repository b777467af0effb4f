using System.Net;
using System.Text;
using FaultMaven.Server.Endpoints;
using FaultMaven.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>A knowledge import's body has a deadline (FM_IMPORT_BODY_TIMEOUT): a body trickled in (above the server's least body rate,
/// so Kestrel never cuts it) is refused with 408 once the deadline passes, its place in the import queue given back at once, and
/// the refusal is the client's slowness: the upload objective does not count it, availability counts it good. The slow body is
/// released at the end whatever happens, and every request is bounded.</summary>
public sealed class ImportBodyDeadlineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_body_that_does_not_arrive_within_the_deadline_is_408_its_place_freed_and_not_counted_against_the_upload_objective()
    {
        // The upload threshold below the deadline: were the 408 counted, it would be a bad (slow) upload.
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_IMPORT_BODY_TIMEOUT"] = "00:00:02",
            ["FM_SLO_UPLOAD_THRESHOLD"] = "1s",
            ["FM_EMBEDDINGS"] = "off",
        }, cancellationToken: Token);
        var queue = server.Services.GetRequiredService<KnowledgeImportQueue>();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));

        var (status, answer, took) = await TrickleUntilAnsweredAsync(server.Client.BaseAddress!, bounded.Token);
        var placesAfter = queue.Admitted;

        Assert.Equal(408, status);
        Assert.InRange(took, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(50));
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("urn:faultmaven:problem:request-timeout", answer, StringComparison.Ordinal);
        Assert.Contains("FM_IMPORT_BODY_TIMEOUT", answer, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", answer, StringComparison.Ordinal);
        Assert.Equal(0, placesAfter);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-slow", Token)).StatusCode);
        // Another import is taken at once.
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-fast", text = "# Disk full\n\nRotate the logs." }, Token)).StatusCode);

        // The 408 is on /metrics with the upload group, and the SLO report does not hold it against uploads.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var exposition = await server.Client.GetStringAsync("/metrics", Token);
            if (exposition.Split('\n').Any(l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && l.Contains("faultmaven_endpoint_group=\"upload\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"408\"", StringComparison.Ordinal)))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the 408 never showed on /metrics");
            await Task.Delay(100, Token);
        }

        // The fast import's measurement may land a moment after its answer: the report is read until it holds it.
        Dictionary<string, System.Text.Json.JsonElement> objectives;
        do
        {
            Assert.True(DateTime.UtcNow < deadline + TimeSpan.FromSeconds(20), "the fast import was never counted");
            await Task.Delay(100, Token);
            var report = await (await server.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token);
            objectives = report.GetProperty("objectives").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        }
        while (objectives["upload"].GetProperty("total").GetInt64() == 0);

        // Only the fast import counts for uploads (the 408, slower than the 1 s threshold, would have been a bad one); availability
        // counts the 408 as good.
        Assert.Equal(1, objectives["upload"].GetProperty("total").GetInt64());
        Assert.True(objectives["availability"].GetProperty("total").GetInt64() >= 2);
        Assert.Equal(objectives["availability"].GetProperty("total").GetInt64(), objectives["availability"].GetProperty("good").GetInt64());
    }

    [Fact]
    public async Task A_replacement_has_the_same_deadline_and_is_an_upload()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_IMPORT_BODY_TIMEOUT"] = "00:00:02",
            ["FM_EMBEDDINGS"] = "off",
        }, cancellationToken: Token);
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = "rb-slow", text = "# Disk full\n\nRotate the logs." }, Token)).StatusCode);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));

        // Without a deadline the trickle goes on until the bound above cancels it.
        var (status, answer, _) = await TrickleUntilAnsweredAsync(server.Client.BaseAddress!, bounded.Token, "PUT", "/api/v1/knowledge/documents/rb-slow");

        Assert.Equal(408, status);
        Assert.Contains("FM_IMPORT_BODY_TIMEOUT", answer, StringComparison.Ordinal);
        var kept = await (await server.Client.GetAsync("/api/v1/knowledge/documents/rb-slow", Token)).ReadJsonAsync(Token);
        Assert.Equal("# Disk full\n\nRotate the logs.", kept.GetProperty("text").GetString());
        await WaitForMetricAsync(server, "faultmaven_endpoint_group=\"upload\"", "http_route=\"/api/v1/knowledge/documents/{id}\"", "http_response_status_code=\"408\"");
    }

    [Fact]
    public async Task A_body_sent_slowly_but_within_the_deadline_is_judged_on_the_servers_part_of_its_time()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?>
        {
            ["FM_IMPORT_BODY_TIMEOUT"] = "00:01:00",
            ["FM_SLO_UPLOAD_THRESHOLD"] = "2500ms",
            // GET /api/v1/slo answers with the last evaluation: at the default 30 s it would not yet hold the import when read below.
            ["FM_SLO_EVALUATION_INTERVAL"] = "100ms",
            ["FM_EMBEDDINGS"] = "off",
        }, cancellationToken: Token);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));

        // 5.5 s of trickle, then the body's end: over twice the 2.5 s threshold from the first byte, a moment's work from the last.
        // The server's clock starts when the headers are read, a moment after the client's: 5 s of trickle measured 4.987 s there once.
        var (status, _, took) = await TrickleUntilAnsweredAsync(server.Client.BaseAddress!, bounded.Token, finishAfter: TimeSpan.FromSeconds(5.5));

        Assert.Equal(201, status);
        Assert.True(took > TimeSpan.FromSeconds(5));
        // Both durations are on /metrics: the whole request's, with the client's sending in it, and the server's part, without.
        await WaitForMetricAsync(server, "faultmaven_endpoint_group=\"upload\"", "http_response_status_code=\"201\"");
        var exposition = (await server.Client.GetStringAsync("/metrics", Token)).Split('\n');
        double Sum(string metric) => double.Parse(exposition.Single(l => l.StartsWith(metric + "_sum{", StringComparison.Ordinal)
            && l.Contains("faultmaven_endpoint_group=\"upload\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"201\"", StringComparison.Ordinal))
            .Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var whole = Sum("http_server_request_duration_seconds");
        var serverPart = Sum("faultmaven_http_server_upload_duration_seconds");
        Assert.True(whole >= 5, $"whole {whole} s");
        Assert.True(serverPart <= whole - 4.5, $"server part {serverPart} s of {whole} s");
        // The upload objective judges the server's part against its 2.5 s threshold: the import is in the histogram's buckets at or
        // below it, and the in-process tracker counts it once, good.
        var withinThreshold = exposition.Single(l => l.StartsWith("faultmaven_http_server_upload_duration_seconds_bucket{", StringComparison.Ordinal)
            && l.Contains("faultmaven_endpoint_group=\"upload\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"201\"", StringComparison.Ordinal)
            && l.Contains("le=\"2.5\"", StringComparison.Ordinal));
        Assert.Equal("1", withinThreshold.Split(' ')[^1]);
        var tracker = server.Services.GetRequiredService<FaultMaven.Server.Slo.SloTracker>();
        var counted = tracker.Evaluate(DateTimeOffset.UtcNow).Single(o => o.Name == "upload");
        Assert.Equal(1, counted.Total);
        Assert.Equal(1, counted.Good);
        // The report is the monitor's next evaluation of the same counts.
        Dictionary<string, System.Text.Json.JsonElement> objectives;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "the import was never counted");
            await Task.Delay(100, Token);
            var report = await (await server.Client.GetAsync("/api/v1/slo", Token)).ReadJsonAsync(Token);
            objectives = report.GetProperty("objectives").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        }
        while (objectives["upload"].GetProperty("total").GetInt64() == 0);

        Assert.Equal(1, objectives["upload"].GetProperty("total").GetInt64());
        Assert.Equal(1, objectives["upload"].GetProperty("good").GetInt64());
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_body_is_499_not_a_bad_request()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_EMBEDDINGS"] = "off" }, cancellationToken: Token);
        var address = server.Client.BaseAddress!;
        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port, Token);
            var stream = tcp.GetStream();
            // 1,000 bytes promised, 40 sent, then the connection closed.
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"POST /api/v1/knowledge/documents HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"id\":\"rb-gone\",\"text\":\"# Gone\\n\\nhalf"), Token);
            await stream.FlushAsync(Token);
            await Task.Delay(200, Token);
            tcp.Client.Shutdown(System.Net.Sockets.SocketShutdown.Both);
        }

        await WaitForMetricAsync(server, "http_route=\"/api/v1/knowledge/documents\"", "http_response_status_code=\"499\"");
        var exposition = await server.Client.GetStringAsync("/metrics", Token);
        Assert.DoesNotContain(exposition.Split('\n'), l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("http_route=\"/api/v1/knowledge/documents\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"400\"", StringComparison.Ordinal));
    }

    private static async Task WaitForMetricAsync(InProcessServer server, params string[] labels)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var exposition = await server.Client.GetStringAsync("/metrics", Token);
            if (exposition.Split('\n').Any(l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
                && labels.All(label => l.Contains(label, StringComparison.Ordinal))))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no request with {string.Join(", ", labels)} on /metrics:\n{exposition}");
            await Task.Delay(100, Token);
        }
    }

    // A JSON import sent a few bytes every 10 ms (800 B/s, above the server's least body rate) on a socket of its own until the server
    // answers: the answer is read while the body is still being sent, as a client that keeps sending would see it.
    // With finishAfter, the body is ended after that long and the answer read.
    private static async Task<(int Status, string Answer, TimeSpan Took)> TrickleUntilAnsweredAsync(
        Uri server, CancellationToken cancellationToken, string method = "POST", string path = "/api/v1/knowledge/documents", TimeSpan? finishAfter = null)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = tcp.GetStream();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"{method} {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"), cancellationToken);
        var answer = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[8192];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    lock (answer)
                    {
                        answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
                    }
                }
            }
            catch (IOException)
            {
                // Reset once the server closed with the rest of the body unread: what came before is the answer.
            }
        }, cancellationToken);
        try
        {
            await Chunk(stream, "{\"id\":\"rb-slow\",\"text\":\"# Slow upload\\n\\n", cancellationToken);
            while (!reading.IsCompleted && (finishAfter is not { } after || System.Diagnostics.Stopwatch.GetElapsedTime(started) < after))
            {
                await Chunk(stream, "restart ", cancellationToken);
                await Task.WhenAny(reading, Task.Delay(10, cancellationToken));
            }

            if (!reading.IsCompleted)
            {
                await Chunk(stream, "\"}", cancellationToken);
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        }
        catch (IOException)
        {
            // The server closed the connection: the answer is read to its end below.
        }

        await reading.WaitAsync(cancellationToken);
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var text = answer.ToString();
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, text, took);
    }

    private static async Task Chunk(Stream stream, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n"), cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
