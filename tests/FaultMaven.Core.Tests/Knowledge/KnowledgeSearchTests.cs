using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Chunking;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Tests.Knowledge;

public sealed class KnowledgeSearchTests
{
    [Theory]
    [InlineData("KubePodCrashLooping", "kub pod crash loop kubepodcrashloop")]
    [InlineData("kube_state_metrics", "kub stat metric kubestatemetric")]
    [InlineData("HTTPServer returned 502", "http server httpserver return 502")]
    [InlineData("dial tcp 10.42.1.7:9093: connection refused", "dial tcp connection refus")]
    [InlineData("ORA-12541 and E11000 duplicate key", "ora ora12541 e11000 duplicat key")]
    [InlineData("pods restarting, restarted, restarts", "pod restart restart restart")]
    public void Tokenizer_SplitsTechnicalText(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TechnicalTokenizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("ts=2024-05-14T09:20:41Z caller=cluster.go:261 level=warn msg=\"failed to join cluster\"", "warn failed to join cluster")]
    [InlineData("{\"level\":\"warn\",\"caller\":\"rafthttp/probing_status.go:68\",\"msg\":\"prober detected unhealthy status\"}", "warn prober detected unhealthy status")]
    [InlineData("Get \"http://10.42.3.17:8080/metrics\": context deadline exceeded", "Get 10.42.3.17:8080/metrics: context deadline exceeded")]
    [InlineData("if a == b then retry", "if a == b then retry")]
    public void QueryFocus_DropsLogFormat_KeepsContent(string query, string expected)
    {
        Assert.Equal(TechnicalTokenizer.Tokenize(expected), TechnicalTokenizer.Tokenize(QueryFocus.Apply(query)));
    }

    [Fact]
    public void Feedback_RaisesPassagesSharingTheBestMatchsVocabulary_WithoutAddingNonMatches()
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Upsert(Doc("disk-full", "# Disk full\n\nThe filesystem ran out of inodes; delete rotated logs under /var/log and grow the volume.", DocumentKind.Runbook, null));
        // Both mention "disk" once; only one speaks the vocabulary of the best match.
        knowledge.Upsert(Doc("volume-growth", "# Volume growth\n\nA disk whose filesystem inodes fill: rotated logs and the volume to grow.", DocumentKind.Runbook, null));
        knowledge.Upsert(Doc("disk-latency", "# Latency\n\nA slow disk makes queries wait on fsync; check iostat await columns per device.", DocumentKind.Runbook, null));
        knowledge.Upsert(Doc("unrelated", "# Inodes and rotated logs\n\nFilesystem volume housekeeping.", DocumentKind.Runbook, null));
        // A background of other topics, as any real knowledge base has: in four documents alone, idf makes each passage's own rare
        // words outweigh the vocabulary it shares with the best match.
        for (var i = 0; i < 20; i++)
        {
            knowledge.Upsert(Doc($"other-{i}", $"# Topic {i}\n\nCertificates, DNS records, load balancers and queue consumers number {i}.", DocumentKind.Reference, null));
        }

        var hits = knowledge.Search("disk full", 10).Select(h => h.DocumentId).ToList();

        Assert.Equal(["disk-full", "volume-growth", "disk-latency"], hits);
    }

    [Fact]
    public void Chunker_FollowsHeadings_KeepsCodeWhole_AndKnowsOffsets()
    {
        var code = "```yaml\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"key{i}: value {i}\n")) + "```\n";
        var text = "# Disk full\n\nIntro paragraph about disks that is long enough to stand alone as a chunk of its own here.\n\n"
            + "## Diagnosis\n\n### Check usage\n\nRun df -h on the node and look at the mount that is full; then look for large files.\n\n"
            + code + "\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"- step {i}: do a thing that takes a sentence to explain.\n"))
            + "\n## Mitigation\n\nDelete old logs or grow the volume, then confirm the alert resolves within five minutes.\n";

        var chunks = MarkdownChunker.Chunk(text, new ChunkingOptions { MaxChars = 600, OverlapChars = 100, MinChars = 50 });

        Assert.Equal(["Disk full"], chunks[0].HeadingPath);
        Assert.Contains(chunks, c => c.HeadingPath.SequenceEqual(["Disk full", "Diagnosis", "Check usage"]));
        Assert.Equal(["Disk full", "Mitigation"], chunks[^1].HeadingPath);
        var withCode = Assert.Single(chunks, c => c.Text.Contains("```yaml", StringComparison.Ordinal));
        Assert.Contains("key59: value 59\n```", withCode.Text, StringComparison.Ordinal);
        Assert.True(chunks.Count(c => c.HeadingPath.Contains("Check usage")) >= 3, "the long section was cut");
        Assert.All(chunks, c => Assert.EndsWith(text[c.Start..c.End], c.Text, StringComparison.Ordinal));
        Assert.All(chunks.Where(c => !c.Text.Contains("```", StringComparison.Ordinal)), c => Assert.True(c.Text.Length <= 600 + 100, $"{c.Text.Length}"));
    }

    [Fact]
    public void Snippet_Highlights_AreTheMarkedWords_ThoughTheTextHoldsGuillemetsAndLineBreaks()
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Upsert(Doc("fr-cache", "# Cache\r\n\r\nLe service « cache » redémarre.\r\nSi «redis» sature, purger le cache\u2028puis vérifier redis.", DocumentKind.Runbook, "platform"));

        var passage = knowledge.Search("redis cache", 1)[0].Passages[0];

        var highlighted = passage.Highlights!.Select(h => passage.Snippet.Substring(h.Start, h.Length)).ToList();
        Assert.All(highlighted, w => Assert.Contains(w.ToLowerInvariant(), new[] { "redis", "cache" }));
        Assert.All(passage.Highlights!, h => Assert.Equal("«»", $"{passage.Snippet[h.Start - 1]}{passage.Snippet[h.Start + h.Length]}"));
        // Every «…» the server added is a highlight; the document's own guillemets are not, and there is no line break left.
        Assert.Equal(passage.Snippet.Count(c => c == '«') - 2, passage.Highlights!.Count);
        Assert.DoesNotContain('\n', passage.Snippet);
        Assert.DoesNotContain('\u2028', passage.Snippet);
    }

    [Theory]
    [InlineData("error", "")]
    [InlineData("cert", "")]
    [InlineData("error", " then restart the ingress error")]
    public void Snippet_OfAPassageHoldingAWordLongerThanTheWindow_IsCut_NotAnError(string query, string after)
    {
        // One document with an unbroken run of 800 characters (a certificate, a JWT) made every search that reached it throw.
        using var knowledge = new KnowledgeBase();
        knowledge.Upsert(Doc("tls", "# TLS\n\ncert: ERROR " + string.Concat(Enumerable.Repeat("QUFB", 200)) + after + "\n", DocumentKind.Runbook, "platform"));

        var passage = knowledge.Search(query, 1)[0].Passages[0];

        Assert.InRange(passage.Snippet.Length, 1, 310);
        Assert.Contains("«", passage.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_RanksByTitleAndBody_FiltersAndReplaces()
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Upsert(Doc("KubePodCrashLooping", "# KubePodCrashLooping\n\nA pod keeps restarting. Check `kubectl logs --previous` and the exit code.", DocumentKind.Runbook, "payments"));
        knowledge.Upsert(Doc("NodeFilesystemAlmostOutOfSpace", "# Node filesystem almost out of space\n\nFree space on the node: delete old images, rotate logs.", DocumentKind.Runbook, "platform"));
        knowledge.Upsert(Doc("pm-2026-03", "# Postmortem: checkout outage\n\nThe checkout pods were crash looping after a bad config push; rollback fixed it.", DocumentKind.Postmortem, "payments"));

        var crash = knowledge.Search("pod crash looping in payments namespace", 3);
        Assert.Equal("KubePodCrashLooping", crash[0].DocumentId);
        Assert.Contains("«", crash[0].Passages[0].Snippet, StringComparison.Ordinal);
        Assert.Equal(["KubePodCrashLooping"], crash[0].Passages[0].HeadingPath);

        var postmortems = knowledge.Search("crash looping", 3, new KnowledgeFilter(Kinds: [DocumentKind.Postmortem]));
        Assert.Equal("pm-2026-03", Assert.Single(postmortems).DocumentId);
        Assert.Empty(knowledge.Search("crash looping", 3, new KnowledgeFilter(Service: "platform")));

        Assert.Equal("NodeFilesystemAlmostOutOfSpace", knowledge.Search("write /var/log/app.log: no space left on device", 1)[0].DocumentId);

        knowledge.Upsert(Doc("NodeFilesystemAlmostOutOfSpace", "# Inodes exhausted\n\nToo many small files.", DocumentKind.Runbook, "platform"));
        Assert.DoesNotContain(knowledge.Search("delete old images", 3), h => h.DocumentId == "NodeFilesystemAlmostOutOfSpace");
        Assert.True(knowledge.Remove("KubePodCrashLooping"));
        Assert.DoesNotContain(knowledge.Search("kubectl logs previous exit code", 3), h => h.DocumentId == "KubePodCrashLooping");
        Assert.Equal(2, knowledge.DocumentCount);
    }

    [Fact]
    public void Search_StaysCorrect_AfterManyReplacements()
    {
        using var knowledge = new KnowledgeBase();
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 400; i++)
            {
                knowledge.Upsert(Doc($"doc-{i}", $"# Service {i} round {round}\n\nalpha{i} beta gamma", DocumentKind.Reference, null));
            }
        }

        for (var i = 0; i < 300; i++)
        {
            knowledge.Remove($"doc-{i}");
        }

        Assert.Equal(100, knowledge.DocumentCount);
        Assert.Equal("doc-350", Assert.Single(knowledge.Search("alpha350", 5)).DocumentId);
        Assert.Empty(knowledge.Search("alpha10", 5));
    }

    private static KnowledgeDocument Doc(string id, string text, DocumentKind kind, string? service) =>
        new() { Id = id, Title = text.Split('\n')[0].TrimStart('#', ' '), Text = text, Kind = kind, Service = service };
}
