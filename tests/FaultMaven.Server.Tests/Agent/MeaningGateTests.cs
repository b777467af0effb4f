using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Infrastructure.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The offline engine's semantic gate (<see cref="MeaningGate"/>): its rule on constructed hits, and on the packaged local model
/// for real over a small knowledge base of passages (title, heading and text, as chunks are embedded) written for it — for each
/// evidence one about the same failure in other words and one about another failure in the evidence's words.</summary>
public sealed class MeaningGateTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> Generator = new(() =>
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([]);
        builder.Services.AddLogging();
        builder.AddFaultMavenEmbeddings();
        return builder.Build().Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    });

    /// <summary>Evidence, a passage about the same failure in other words, and one about another failure sharing the evidence's words.</summary>
    private static readonly (string Evidence, string Same, string Other)[] RunbookPairs =
    [
        (
            "Last State: Terminated  Reason: OOMKilled  Exit Code: 137  Restart Count: 9",
            "Container killed for exceeding its memory\nMitigation\nThe container used more memory than its limit allows and the kernel stopped it. Raise the limit or find what keeps growing.",
            "Container image cannot be pulled\nMitigation\nThe container never starts: the registry refuses the image, the pod shows a non-zero exit code and restarts. Check the image tag and pull secret."
        ),
        (
            "pg_wal write failed: could not extend file \"base/16384/2619\": No space left on device",
            "Database volume full\nResponse\nThe disk holding the database files has filled up; writes fail until space is freed or the volume is expanded.",
            "Network device errors\nResponse\nThe node's network device reports receive errors and drops packets; check the interface, its driver and the cable left in the rack."
        ),
        (
            "x509: certificate has expired or is not yet valid: current time 2026-03-02T10:00:00Z is after 2026-03-01T00:00:00Z",
            "TLS certificate past its end date\nFix\nThe service presents a TLS certificate whose validity has ended, so clients refuse the handshake. Renew it and roll the pods.",
            "Session token expired\nFix\nUsers are logged out when their session token is no longer valid; the login service issues a new one at the current time."
        ),
        (
            "FATAL:  sorry, too many clients already",
            "PostgreSQL connection limit reached\nMitigation\nThe database refuses new sessions because application pools hold every slot of max_connections.",
            "Clients sending too many requests\nMitigation\nThe API gateway rate-limits clients that send too many requests and answers 429; ask the client to back off."
        ),
        (
            "dial tcp: lookup ledger-db.finance.svc.cluster.local on 10.96.0.10:53: no such host",
            "Service names do not resolve inside the cluster\nMitigation\nPods cannot find other services by name because the cluster DNS answers NXDOMAIN or times out; check CoreDNS and its upstreams.",
            "Host hardware failure\nMitigation\nThe host reports disk and fan faults; cordon the host, move its workloads and replace it."
        ),
        (
            "Error: secret \"ledger-api-token\" not found  (CreateContainerConfigError)",
            "Pod refers to a credentials object that does not exist\nFix\nThe workload mounts or reads a Kubernetes Secret missing from its namespace, so its container cannot be created. Create the Secret or fix the name.",
            "Page not found at the edge\nFix\nThe ingress answers 404 because no route exists for the requested path; the error page says not found."
        ),
        (
            "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
            "JVM ran out of heap\nMitigation\nThe Java process needs more heap than -Xmx gives it, or retains objects it should free; raise the heap or take a heap dump to find the leak.",
            "Java runtime version mismatch\nMitigation\nThe Java application fails to start in main because its classes were compiled for a newer Java runtime than the one in the image."
        ),
    ];

    [Fact]
    public void Gate_TakesTheFirstFoundDocumentAmongTheNearest_AboveTheFloor()
    {
        List<ChunkHit> nearest = [new("disk#0", "disk", 0.63), new("net#1", "net", 0.60), new("dns#0", "dns", 0.55), new("tls#0", "tls", 0.54)];

        Assert.Equal("net", MeaningGate.Agreeing(["other", "net", "disk"], nearest, "fix"));
        Assert.Equal("disk", MeaningGate.Agreeing(["disk", "net"], nearest, "fix"));
        Assert.Null(MeaningGate.Agreeing(["tls"], nearest, "fix"));                // fourth nearest: not near enough
        Assert.Null(MeaningGate.Agreeing(["other"], nearest, "fix"));
        Assert.Null(MeaningGate.Agreeing(["dns"], [new("dns#0", "dns", MeaningGate.Floor - 0.01)], "fix"));
        Assert.Null(MeaningGate.Agreeing([], nearest, "fix"));
    }

    /// <summary>Over a knowledge base holding every passage of <see cref="RunbookPairs"/> (14), the words' pick — the passage sharing
    /// the evidence's words first, then the one about its failure — goes through the gate. In so small a knowledge base both passages
    /// are among any evidence's three nearest, so the product's rule (<see cref="MeaningGate.Nearest"/> = 3, chosen for knowledge bases
    /// of thousands of chunks) keeps the first; what the gate rests on is that the passage about the failure is the nearest more often
    /// than the other: with the nearest chunk alone the gate must keep it for most evidences and let the other through for few
    /// (arctic-embed-xs: 5 and 2 of 7, docs/BENCHMARKS.md).</summary>
    [Fact]
    public async Task Gate_OnTheLocalModel_TheNearestChunkIsMostOftenThePassageAboutTheFailure()
    {
        var passages = RunbookPairs.SelectMany((p, i) => new[] { ($"same-{i}", p.Same), ($"other-{i}", p.Other) }).ToList();
        var vectors = await Generator.Value.GenerateAsync(passages.Select(p => p.Item2), cancellationToken: Token);
        int kept = 0, letThrough = 0;
        for (var i = 0; i < RunbookPairs.Length; i++)
        {
            var query = (await Generator.Value.GenerateAsync([RunbookPairs[i].Evidence], EmbeddingPurpose.ForQuery(), Token))[0].Vector;
            var nearest = passages.Select((p, k) => new ChunkHit($"{p.Item1}#0", p.Item1, Cosine(query.Span, vectors[k].Vector.Span)))
                .OrderByDescending(h => h.Score).ToList();
            var agreed = MeaningGate.Agreeing([$"other-{i}", $"same-{i}"], nearest.Take(1).ToList(), "fix");
            kept += agreed == $"same-{i}" ? 1 : 0;
            letThrough += agreed == $"other-{i}" ? 1 : 0;
            TestContext.Current.TestOutputHelper?.WriteLine($"{i}: nearest alone keeps {agreed ?? "nothing"}, three nearest keep "
                + $"{MeaningGate.Agreeing([$"other-{i}", $"same-{i}"], nearest, "fix") ?? "nothing"}; nearest {string.Join(", ", nearest.Take(3).Select(n => $"{n.DocumentId} {n.Score:0.000}"))}");
        }

        Assert.True(kept >= 4, $"the nearest chunk was the passage about the failure for {kept} of {RunbookPairs.Length}");
        Assert.True(letThrough <= 2, $"the nearest chunk was the other failure's passage for {letThrough} of {RunbookPairs.Length}");
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
