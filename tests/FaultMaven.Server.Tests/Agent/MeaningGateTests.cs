using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Infrastructure.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The offline engine's semantic gate on the packaged local model, for real: evidence and a runbook passage (title, heading and
/// text, as chunks are embedded) about the same failure in other words pass <see cref="MeaningGate.Runbook"/>; a passage sharing the
/// evidence's words about another failure does not. The pairs were written for this gate, about systems and words of their own.</summary>
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
    public static TheoryData<string, string, string> RunbookPairs => new()
    {
        {
            "Last State: Terminated  Reason: OOMKilled  Exit Code: 137  Restart Count: 9",
            "Container killed for exceeding its memory\nMitigation\nThe container used more memory than its limit allows and the kernel stopped it. Raise the limit or find what keeps growing.",
            "Container image cannot be pulled\nMitigation\nThe container never starts: the registry refuses the image, the pod shows a non-zero exit code and restarts. Check the image tag and pull secret."
        },
        {
            "pg_wal write failed: could not extend file \"base/16384/2619\": No space left on device",
            "Database volume full\nResponse\nThe disk holding the database files has filled up; writes fail until space is freed or the volume is expanded.",
            "Network device errors\nResponse\nThe node's network device reports receive errors and drops packets; check the interface, its driver and the cable left in the rack."
        },
        {
            "x509: certificate has expired or is not yet valid: current time 2026-03-02T10:00:00Z is after 2026-03-01T00:00:00Z",
            "TLS certificate past its end date\nFix\nThe service presents a TLS certificate whose validity has ended, so clients refuse the handshake. Renew it and roll the pods.",
            "Session token expired\nFix\nUsers are logged out when their session token is no longer valid; the login service issues a new one at the current time."
        },
        {
            "FATAL:  sorry, too many clients already",
            "PostgreSQL connection limit reached\nMitigation\nThe database refuses new sessions because application pools hold every slot of max_connections.",
            "Clients sending too many requests\nMitigation\nThe API gateway rate-limits clients that send too many requests and answers 429; ask the client to back off."
        },
        {
            "dial tcp: lookup ledger-db.finance.svc.cluster.local on 10.96.0.10:53: no such host",
            "Service names do not resolve inside the cluster\nMitigation\nPods cannot find other services by name because the cluster DNS answers NXDOMAIN or times out; check CoreDNS and its upstreams.",
            "Host hardware failure\nMitigation\nThe host reports disk and fan faults; cordon the host, move its workloads and replace it."
        },
        {
            "Error: secret \"ledger-api-token\" not found  (CreateContainerConfigError)",
            "Pod refers to a credentials object that does not exist\nFix\nThe workload mounts or reads a Kubernetes Secret missing from its namespace, so its container cannot be created. Create the Secret or fix the name.",
            "Page not found at the edge\nFix\nThe ingress answers 404 because no route exists for the requested path; the error page says not found."
        },
        {
            "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
            "JVM ran out of heap\nMitigation\nThe Java process needs more heap than -Xmx gives it, or retains objects it should free; raise the heap or take a heap dump to find the leak.",
            "Java runtime version mismatch\nMitigation\nThe Java application fails to start in main because its classes were compiled for a newer Java runtime than the one in the image."
        },
    };

    [Theory]
    [MemberData(nameof(RunbookPairs))]
    public async Task Runbook_SameFailureInOtherWordsPasses_AnotherFailureInTheSameWordsDoesNot(string evidence, string same, string other)
    {
        var (toSame, toOther) = await SimilaritiesAsync(evidence, same, other);

        Assert.True(toSame >= MeaningGate.Runbook, $"same failure {toSame:0.000} below the gate {MeaningGate.Runbook}");
        Assert.True(toOther < MeaningGate.Runbook, $"other failure {toOther:0.000} passes the gate {MeaningGate.Runbook}");
    }

    /// <summary>A hypothesis' evidence, the root cause of a resolved case with that failure, and one of a case with another.</summary>
    public static TheoryData<string, string, string> PastCausePairs => new()
    {
        {
            "ERROR invoice-worker: timed out after 30000ms waiting for a free connection (pool size 20, 20 in use)",
            "Every database connection of invoice-worker was held by transactions a code path never committed, so new work waited for one.",
            "A release of invoice-worker changed the currency field's format and the parser rejected every invoice."
        },
        {
            "Warning  FailedScheduling  0/6 nodes are available: 6 Insufficient cpu.",
            "The new pods asked for more processor than any node had left; the scheduler could place none of them until the cluster grew.",
            "The nodes' CPU was saturated by a runaway cron job, and requests slowed down on every service."
        },
    };

    [Theory]
    [MemberData(nameof(PastCausePairs))]
    public async Task PastCause_SameFailurePasses_AnotherDoesNot(string evidence, string same, string other)
    {
        var (toSame, toOther) = await SimilaritiesAsync(evidence, same, other);

        Assert.True(toSame >= MeaningGate.PastCause, $"same failure {toSame:0.000} below the gate {MeaningGate.PastCause}");
        Assert.True(toOther < MeaningGate.PastCause, $"other failure {toOther:0.000} passes the gate {MeaningGate.PastCause}");
    }

    private static async Task<(double Same, double Other)> SimilaritiesAsync(string evidence, string same, string other)
    {
        var query = (await Generator.Value.GenerateAsync([evidence], EmbeddingPurpose.ForQuery(), Token))[0].Vector;
        var passages = await Generator.Value.GenerateAsync([same, other], cancellationToken: Token);
        var toSame = Cosine(query.Span, passages[0].Vector.Span);
        var toOther = Cosine(query.Span, passages[1].Vector.Span);
        var sym = (await Generator.Value.GenerateAsync([evidence], cancellationToken: Token))[0].Vector;
        TestContext.Current.TestOutputHelper?.WriteLine($"same {toSame:0.000}  other {toOther:0.000}  margin {toSame - toOther:0.000} | symmetric same {Cosine(sym.Span, passages[0].Vector.Span):0.000} other {Cosine(sym.Span, passages[1].Vector.Span):0.000}");
        return (toSame, toOther);
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
