using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>Wrong answers a black-box pass found in the offline engine, each tested as its kind through the same services as
/// <c>fm ask</c>, with a case the fix must act on and one it must leave alone.</summary>
public sealed partial class OfflineScenarioTests
{
    [Fact]
    public async Task Sources_AnExceptionTypeInTheLoggerField_IsNotASource_TheLoggersAre()
    {
        var log = """
            2026-07-01 10:00:00,101 INFO  com.acme.orders.OrdersApi - started on port 8080
            2026-07-01 10:00:01,202 INFO  com.acme.orders.OrderCache - cache warmed with 120000 entries
            2026-07-01 10:00:06,404 ERROR java.lang.OutOfMemoryError - Java heap space
            2026-07-01 10:00:07,505 ERROR java.lang.OutOfMemoryError - Java heap space
            2026-07-01 10:00:08,606 ERROR com.acme.orders.OrdersApi - request failed: java.lang.OutOfMemoryError: Java heap space
            """;

        var reply = await AskAsync("what is wrong with orders?", ("orders.log", log));

        var radius = reply.Investigation.BlastRadius!;
        Assert.DoesNotContain("java.lang.OutOfMemoryError", radius.Hosts.Concat(radius.Services));
        Assert.Contains("com.acme.orders.OrdersApi", radius.Hosts);
        Assert.Equal(CauseCategory.ResourceExhaustion, reply.Category);
    }

    [Fact]
    public async Task Timeline_AnUnstampedLineAmongStampedOnes_IsPlacedByItsNeighbour_NotListedWithoutATime()
    {
        var log = """
            2026-07-03T08:00:00Z INFO  ingest started
            2026-07-03T08:00:10Z INFO  ingest wrote batch 1
            2026-07-03T08:00:11Z INFO  ingest wrote batch 2
            pg_dump: error: could not write to output file: No space left on device
            2026-07-03T08:00:20Z INFO  ingest wrote batch 3
            """;
        var stdout = "Attempt 1 failed: java.net.ConnectException: Connection refused\nRetrying in 5 seconds...\n";

        var reply = await AskAsync("what is wrong?", ("ingest.log", log), ("worker-stdout.txt", stdout));

        var timeline = reply.Investigation.Timeline;
        Assert.DoesNotContain(timeline, e => e.At is null && e.Event.StartsWith("ingest.log", StringComparison.Ordinal));
        var placed = Assert.Single(timeline, e => e.Event.Contains("No space left on device", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 7, 3, 8, 0, 11, TimeSpan.Zero), placed.At);
        Assert.Contains("placed at the time of line 3", placed.Event, StringComparison.Ordinal);
        // A source with no timestamps at all is still listed apart, as not placed in time.
        Assert.Contains(timeline, e => e.At is null && e.Event.StartsWith("worker-stdout.txt (no timestamps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_AnErrorPageUpload_IsADocument_NotAStackTrace()
    {
        var page = """
            <!doctype html>
            <html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head>
            <body><h1>HTTP Status 500 – Internal Server Error</h1><p><b>Type</b> Exception Report</p>
            <pre>java.lang.NullPointerException: Cannot invoke "com.acme.shop.Cart.total()" because "cart" is null
            	at com.acme.shop.CheckoutController.submit(CheckoutController.java:57)
            	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
            	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)
            </pre><h3>Apache Tomcat/10.1.16</h3></body></html>
            """;
        var trace = "java.lang.IllegalStateException: cache not ready\n\tat com.acme.shop.Cache.<init>(Cache.java:21)\n\tat com.acme.shop.App.main(App.java:9)\n";

        var reply = await AskAsync("checkout shows an error page", ("error.html", page), ("trace.txt", trace));

        var uploads = (await _host!.Services.GetRequiredService<DataService>().ListAsync(reply.CaseId, new PageRequest(0, 10), Token)).Value!.Items;
        Assert.Equal(DataType.Documentation, Assert.Single(uploads, u => u.FileName == "error.html").Classification.Type);
        Assert.Equal(DataType.StackTrace, Assert.Single(uploads, u => u.FileName == "trace.txt").Classification.Type);
    }

    [Fact]
    public async Task CrOnlyLineEndings_AreReadAsTheirLines_ByTheEngine()
    {
        var lines = Enumerable.Range(0, 20).Select(i => $"2026-07-02T09:{i:00}:00Z INFO billing-worker processed batch {i}").ToList();
        lines[12] = "2026-07-02T09:12:00Z ERROR billing-worker could not connect to ledger-db:5432: connection refused";

        var reply = await AskAsync("billing is stuck", ("billing.log", string.Join('\r', lines) + "\r"));

        Assert.Equal(CauseCategory.DependencyFailure, reply.Category);
        Assert.DoesNotContain("processed batch", reply.RootCause, StringComparison.Ordinal);
        var lead = reply.Investigation.Hypotheses[0].EvidenceFor[0];
        Assert.Equal(13, lead.StartLine);
        Assert.DoesNotContain(reply.Investigation.Timeline, e => e.At is null);
    }

    [Fact]
    public async Task Knowledge_AnotherFailuresPostmortem_GivesNoSteps_ARelevantRunbookDoes_AndForeignPseudonymsAreNotShown()
    {
        var knowledge = _host!.Services.GetRequiredService<Core.Knowledge.KnowledgeService>();
        var postmortem = "# Postmortem: ledger card payments failing\n\n## Summary\n\nLedger card payments failed for 40 minutes: calls to the card provider timed out and connections were refused. Reported by <EMAIL_1>.\n\n## Resolution\n\n- Fail over to the secondary card provider\n- Ask <EMAIL_1> to confirm the provider's status page\n";
        Assert.True((await knowledge.ImportAsync(Encoding.UTF8.GetBytes(postmortem), "pm-card-provider.md", new Core.Knowledge.DocumentMetadata(), cancellationToken: Token)).Succeeded);
        var log = Lines(10, i => $"2026-07-04T10:00:{i:00}Z INFO ledger-db checkpoint complete")
            + "2026-07-04T10:01:00Z ERROR ledger-db could not write block: no space left on device\n";

        var unrelated = await AskAsync("why is the ledger failing?", ("ledger-db.log", log));

        var steps = string.Join('\n', unrelated.Investigation.Solution!.Steps);
        Assert.DoesNotContain("card provider", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("<EMAIL_1>", unrelated.Text, StringComparison.Ordinal);

        var runbook = "# Ledger database disk full\n\n## Symptoms\n\nledger-db could not write block: no space left on device.\n\n## Remediation\n\n- Free space on the ledger-db data volume (old WAL segments)\n- Tell the owner <EMAIL_2> before expanding the volume\n";
        Assert.True((await knowledge.ImportAsync(Encoding.UTF8.GetBytes(runbook), "ledger-disk-full.md", new Core.Knowledge.DocumentMetadata(), cancellationToken: Token)).Succeeded);

        var related = await AskAsync("why is the ledger failing?", ("ledger-db.log", log));

        var relatedSteps = string.Join('\n', related.Investigation.Solution!.Steps);
        Assert.Contains("Free space on the ledger-db data volume", relatedSteps, StringComparison.Ordinal);
        Assert.Contains("Tell the owner [redacted] before expanding", relatedSteps, StringComparison.Ordinal);
        Assert.DoesNotContain("<EMAIL_2>", related.Text, StringComparison.Ordinal);
    }
}
