using FaultMaven.Core.Knowledge;

namespace FaultMaven.Core.Tests.Knowledge;

/// <summary>Below the first page a fused search also weighs nearness in meaning to the first page's best documents.</summary>
public sealed class KnowledgeBaseCoverageTests
{
    // Axes: 0 the subject the first page is about, 1 and 2 what the other documents and the query's noise are about, 3 something else.
    private static readonly float[] Query = [0.6f, 0, 0.8f, 0];
    private static readonly float[] Subject = [1, 0, 0, 0];
    private static readonly float[] Noise = [0, 0.6f, 0.8f, 0];
    private static readonly float[] Unrelated = [0, 0, 0, 1];

    /// <summary>Ten runbooks that hold the query's words and are about the subject; twelve documents that hold one of its words and
    /// are a little nearer the query's vector than the subject is; a runbook about the subject in other words (the twin); one about
    /// something else. Fused, the twin's meaning share is the subject's and it has no words: it ranks below all twelve.</summary>
    private static KnowledgeBase Build()
    {
        var knowledge = new KnowledgeBase();
        void Add(string id, string text, float[] vector)
        {
            knowledge.Upsert(new KnowledgeDocument { Id = id, Title = id, Text = text });
            Assert.True(knowledge.SetVectors(id, text, [vector]));
        }

        foreach (var name in new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet" })
        {
            Add($"disk-{name}", "disk full alert runbook", Subject);
        }

        for (var i = 0; i < 12; i++)
        {
            Add($"noise-{i:00}", "disk inventory spreadsheet for the storage team with quarterly archive notes and vendor contacts", Noise);
        }

        Add("twin", "volume capacity exhausted: free space before writes fail", Subject);
        Add("unrelated", "certificate rotation schedule", Unrelated);
        return knowledge;
    }

    [Fact]
    public void SearchWithVector_BelowTheFirstPage_BringsUpADocumentAboutTheFirstPagesSubject()
    {
        using var knowledge = Build();

        var firstPage = knowledge.SearchWithVector("disk full alert", Query, 10).Select(h => h.DocumentId).ToList();
        var twoPages = knowledge.SearchWithVector("disk full alert", Query, 20).Select(h => h.DocumentId).ToList();

        Assert.All(firstPage, id => Assert.StartsWith("disk-", id, StringComparison.Ordinal));
        Assert.Equal(firstPage, twoPages.Take(KnowledgeBase.FirstPage));
        // Fused alone it would follow the twelve noise documents; nearness to the first page's subject puts it first below the page.
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
        Assert.Equal("twin", knowledge.SearchWithVector("disk full alert", Query, 20)[KnowledgeBase.FirstPage].DocumentId);

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
