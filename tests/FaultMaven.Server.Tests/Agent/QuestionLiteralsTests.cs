using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Infrastructure.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The cheap guard beside the embedding: questions that differ by a negation, a number or the side of an opposite
/// (increase/decrease, before/after, reads/writes…) never share a cached answer, while paraphrases still do. Decided on the pairs
/// below, written for the purpose; the local model is run on them too, and finds every pair of both lists more than 0.95 alike.</summary>
public sealed class QuestionLiteralsTests
{
    // Opposite answers: each pair must miss.
    private static readonly (string Asked, string Other)[] Opposites =
    [
        ("why is checkout slow", "why is checkout not slow"),
        ("why did latency increase after the deploy", "why did latency decrease after the deploy"),
        ("why did the error rate go up", "why did the error rate go down"),
        ("why are there more 5xx errors on checkout", "why are there fewer 5xx errors on checkout"),
        ("did the incident start before the deploy", "did the incident start after the deploy"),
        ("why is checkout failing", "why is checkout succeeding"),
        ("why are reads slow on the orders db", "why are writes slow on the orders db"),
        ("why is inbound traffic dropping", "why is outbound traffic dropping"),
        ("why did the payments pods stop", "why did the payments pods start"),
        ("why was the feature flag enabled", "why was the feature flag disabled"),
        ("why is memory usage high on node-3", "why is memory usage low on node-3"),
        ("why is the api fast", "why is the api slow"),
        ("why is CPU above the limit", "why is CPU below the limit"),
        ("why is the upstream service timing out", "why is the downstream service timing out"),
        ("why were the old replicas removed", "why were the old replicas added"),
        ("why did checkout fail at 09:12", "why did checkout fail at 10:12"),
    ];

    // The same question in other words: each pair must still meet.
    private static readonly (string Asked, string Other)[] Paraphrases =
    [
        ("Why is the payments service failing?", "Why is the payments service failing right now?"),
        ("why did latency go up", "why did latency increase"),
        ("why is checkout failing", "what is wrong with checkout"),
        ("Why is checkout slow?", "why is checkout so slow"),
        ("why did memory on node-3 spike", "why is memory on node-3 higher"),
        ("why did the error rate rise after the deploy", "why did errors increase after the deploy"),
        ("Is the checkout service down?", "is checkout down"),
        ("why isn't checkout responding", "why is checkout not responding"),
    ];

    public static TheoryData<string, string> MustMiss => Data(Opposites);

    public static TheoryData<string, string> MustHit => Data(Paraphrases);

    [Theory]
    [MemberData(nameof(MustMiss))]
    public void OppositeQuestions_HaveOtherLiterals(string asked, string other) =>
        Assert.NotEqual(QuestionLiterals.Of(asked), QuestionLiterals.Of(other));

    [Theory]
    [MemberData(nameof(MustHit))]
    public void Paraphrases_HaveTheSameLiterals(string asked, string other) =>
        Assert.Equal(QuestionLiterals.Of(asked), QuestionLiterals.Of(other));

    [Fact]
    public async Task TheLocalModel_AloneWouldLetOppositesThrough_AtTheDefaultThreshold()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([]);
        builder.Services.AddLogging();
        builder.AddFaultMavenEmbeddings();
        var embedder = builder.Build().Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var output = TestContext.Current.TestOutputHelper;

        async Task<List<double>> SimilaritiesAsync((string Asked, string Other)[] pairs)
        {
            var result = new List<double>();
            foreach (var (a, b) in pairs)
            {
                var vectors = await embedder.GenerateAsync([a, b], cancellationToken: TestContext.Current.CancellationToken);
                var similarity = Cosine(vectors[0].Vector.Span, vectors[1].Vector.Span);
                output?.WriteLine($"{similarity:0.000}  {a}  |  {b}");
                result.Add(similarity);
            }

            return result;
        }

        var opposites = await SimilaritiesAsync(Opposites);
        var paraphrases = await SimilaritiesAsync(Paraphrases);

        // Every pair is at least as alike as the default threshold (measured 0.963 to 0.998 for the opposites, 0.957 to 0.990 for the
        // paraphrases): the embedding alone would give each opposite the other's answer, so the guard is what decides both lists.
        Assert.All(opposites, s => Assert.InRange(s, 0.95, 1.0001));
        Assert.All(paraphrases, s => Assert.InRange(s, 0.95, 1.0001));
    }

    private static TheoryData<string, string> Data((string Asked, string Other)[] pairs)
    {
        var data = new TheoryData<string, string>();
        foreach (var (asked, other) in pairs)
        {
            data.Add(asked, other);
        }

        return data;
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
