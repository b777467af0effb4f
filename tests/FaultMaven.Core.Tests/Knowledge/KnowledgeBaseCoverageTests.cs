using FaultMaven.Core.Knowledge;

namespace FaultMaven.Core.Tests.Knowledge;

/// <summary>Below the first page a fused search also weighs nearness in meaning to the first page's best documents.</summary>
public sealed class KnowledgeBaseCoverageTests
{
    // Axes: 0 the subject the first page is about, 1 and 2 what the fillers and the query's noise are about, 3 something else.
    private static readonly float[] Query = [0.2f, 0, 0.98f, 0];
    private static readonly float[] Subject = [1, 0, 0, 0];
    private static readonly float[] Filler = [0, 0.866f, 0.5f, 0];
    private static readonly float[] Unrelated = [0, 0, 0, 1];

    /// <summary>Ten runbooks that hold the query's words and are about the subject; 320 fillers nearer the query's vector than the
    /// subject is (so that the vector side's 300 nearest chunks are all fillers); a runbook about the subject in other words; one about
    /// something else.</summary>
    private static KnowledgeBase Build()
    {
        var knowledge = new KnowledgeBase();
        void Add(string id, string text, float[] vector)
        {
            knowledge.Upsert(new KnowledgeDocument { Id = id, Title = id, Text = text });
            Assert.True(knowledge.SetVectors(id, text, [vector]));
        }

        for (var i = 0; i < 10; i++)
        {
            Add($"disk-{(char)('a' + i)}", string.Join(' ', Enumerable.Repeat("disk full alert", 10 - i)) + " runbook", Subject);
        }

        for (var i = 0; i < 320; i++)
        {
            Add($"filler-{i:000}", "archive note kept for reference", Filler);
        }

        Add("twin", "volume capacity exhausted: free space before writes fail", Subject);
        Add("unrelated", "certificate rotation schedule", Unrelated);
        return knowledge;
    }

    [Fact]
    public void SearchWithVector_BelowTheFirstPage_BringsInADocumentAboutTheFirstPagesSubject()
    {
        using var knowledge = Build();

        var firstPage = knowledge.SearchWithVector("disk full alert", Query, 10).Select(h => h.DocumentId).ToList();
        var twoPages = knowledge.SearchWithVector("disk full alert", Query, 20).Select(h => h.DocumentId).ToList();

        // The fusion alone never reaches the twin: no word in common, and 320 fillers nearer the query's vector.
        Assert.DoesNotContain("twin", firstPage);
        Assert.Equal(firstPage, twoPages.Take(KnowledgeBase.FirstPage));
        Assert.Equal("twin", twoPages[KnowledgeBase.FirstPage]);
        Assert.DoesNotContain("unrelated", twoPages);
    }

    [Fact]
    public void SearchWithVector_ScoresStayInOrder_AndADocumentBroughtInShowsItsFirstPassage()
    {
        using var knowledge = Build();

        var hits = knowledge.SearchWithVector("disk full alert", Query, 20);

        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.DocumentId), hits.Select(h => h.DocumentId));
        var twin = hits.Single(h => h.DocumentId == "twin");
        Assert.Equal("twin#0", Assert.Single(twin.Passages).ChunkId);
    }

    [Fact]
    public void SearchWithVector_ARemovedOrRewrittenDocumentIsNotBroughtIn()
    {
        using var knowledge = Build();
        Assert.True(knowledge.Remove("twin"));
        Assert.DoesNotContain("twin", knowledge.SearchWithVector("disk full alert", Query, 20).Select(h => h.DocumentId));

        knowledge.Upsert(new KnowledgeDocument { Id = "twin", Title = "twin", Text = "volume capacity exhausted" });
        Assert.True(knowledge.SetVectors("twin", "volume capacity exhausted", [Subject]));
        Assert.Contains("twin", knowledge.SearchWithVector("disk full alert", Query, 20).Select(h => h.DocumentId));

        // New text without vectors yet: its old document vector goes with its chunks' vectors.
        knowledge.Upsert(new KnowledgeDocument { Id = "twin", Title = "twin", Text = "volume capacity exhausted, rewritten" });
        Assert.DoesNotContain("twin", knowledge.SearchWithVector("disk full alert", Query, 20).Select(h => h.DocumentId));
    }

    [Fact]
    public void SearchWithVector_ADocumentWithVectorsOfZeros_IsNotBroughtIn_AndScoresStayFinite()
    {
        using var knowledge = Build();
        knowledge.Upsert(new KnowledgeDocument { Id = "zeros", Title = "zeros", Text = "blank page" });
        Assert.True(knowledge.SetVectors("zeros", "blank page", [new float[4]]));

        var hits = knowledge.SearchWithVector("disk full alert", Query, 20);

        Assert.DoesNotContain("zeros", hits.Select(h => h.DocumentId));
        Assert.All(hits, h => Assert.True(double.IsFinite(h.Score)));
    }
}
