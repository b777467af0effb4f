using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kind G2: a multi-word value in quotes or brackets changes its statement's word count with its wording, so each
// wording kept its own template. The span pass reads the framed span as one value when its wordings vary in length.
public sealed class TemplateMinerSpanTests
{
    [Fact]
    public void Consolidate_QuotedReasonOfVaryingLength_OneTemplateWithFramedValue()
    {
        var miner = new TemplateMiner();
        foreach (var reason in new[] { "disk full", "permission denied by policy", "timeout", "disk full", "peer went away early" })
        {
            miner.Match($"backup of volume vol7 failed: \"{reason}\" retrying later");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("backup of volume vol7 failed: \"<*>\" retrying later", template.Text);
        Assert.Equal(5, template.Count);
    }

    [Fact]
    public void Consolidate_BracketedCheckOutputAtEnd_OneTemplateKeepsTrailingPunctuation()
    {
        var miner = new TemplateMiner();
        foreach (var output in new[] { "OK - load average 0.3", "WARNING - swap low", "CRITICAL - socket timeout after 10 seconds" })
        {
            miner.Match($"probe web7 returned ({output}).");
        }

        miner.Consolidate();

        Assert.Equal("probe web7 returned (<*>).", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_TwoSeparateBracketsWithPhaseNames_StayApart()
    {
        // "(Concurrent Start) (Humongous)" against "(Normal) (Evacuation)": the span would hold two frames, so it is no one value.
        var miner = new TemplateMiner();
        miner.Match("pause young (concurrent start) (humongous) took 4ms");
        miner.Match("pause young (normal) (evacuation pause) took 3ms");

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_UnframedWordsOfDifferentLength_StayApart()
    {
        // Running text that differs in a few words is different statements: nothing frames the difference as a value.
        var miner = new TemplateMiner();
        miner.Match("worker pool drained and stopped cleanly");
        miner.Match("worker pool resized to fit stopped cleanly");

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_FramedSpansOfOneLength_LeftToTheWordRules()
    {
        // Two quoted words of the same length are one place each; the span pass needs wordings of more than one length.
        var miner = new TemplateMiner();
        miner.Match("mode changed to \"READ ONLY\" by operator");
        miner.Match("mode changed to \"READ WRITE\" by operator");

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_BracketedTextsSharingTheirFirstWord_StayApart()
    {
        // Fixed reasons that share their opening word are the texts of two statements, not wordings of one value.
        var miner = new TemplateMiner();
        foreach (var reason in new[] { "Lost the link to the peer", "Lost quorum", "Lost the link to the peer", "Lost quorum" })
        {
            miner.Match($"replica set member left ({reason})");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_WholeMessageQuoted_StaysApart()
    {
        // A message that is one quoted text, with only key=value fields after it, is its own statement.
        var miner = new TemplateMiner();
        miner.Match("\"Volume unmounted cleanly\" pod=\"web-1\"");
        miner.Match("\"Probe failed\" pod=\"web-1\"");
        miner.Match("\"Container restarted after crash loop\" pod=\"web-1\"");

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_QuotedValueAfterItsKey_OneTemplateKeepsTheKey()
    {
        // key="two words": the frame opens after the key's '=', so the field's wordings are one value like a bare quote's.
        var miner = new TemplateMiner();
        foreach (var why in new[] { "lease expired", "holder gave it up early", "lease expired", "fenced" })
        {
            miner.Match($"type=RENEW_FAILED shard=s4 reason=\"{why}\", retry=true");
        }

        miner.Consolidate();

        Assert.Equal("type=RENEW_FAILED shard=s4 reason=\"<*>\", retry=true", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_LogfmtMessagesAfterTheirKey_StayApart()
    {
        // msg="…" leading a logfmt line is the statement itself: nothing constant is said before the frame.
        var miner = new TemplateMiner();
        miner.Match("msg=\"Volume unmounted cleanly\" pod=web-1");
        miner.Match("msg=\"Probe failed\" pod=web-1");
        miner.Match("msg=\"Container restarted after crash loop\" pod=web-1");

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_KeyThatIsNotAName_OpensNoFrame()
    {
        // Only a field name opens a frame after '=': "a+b=(x y)" is an expression, and its wordings stay statements.
        var miner = new TemplateMiner();
        miner.Match("solver checked a+b=(x y) and gave up");
        miner.Match("solver checked a+b=(x) and gave up");
        miner.Match("solver checked a+b=(p q r) and gave up");

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_UnframedErrorTextEndingTheLine_OneTemplate()
    {
        // G2 unframed: an error text after "reason:" with many wordings of several lengths, none of them most of the lines.
        var miner = new TemplateMiner();
        var texts = new[] { "disk quota exceeded", "peer closed the stream early", "checksum mismatch", "no route to the backup host", "timeout" };
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"replication of shard s9 aborted, reason: {texts[i % texts.Length]}");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("replication of shard s9 aborted, reason: <*>", template.Text);
        Assert.Equal(20, template.Count);
    }

    [Fact]
    public void Consolidate_UnframedServiceNameInTheMiddle_OneTemplate()
    {
        var miner = new TemplateMiner();
        var names = new[] { "Print Spooler", "Windows Update Medic", "Telemetry", "Remote Desktop User Mode Port Redirector", "Print Spooler", "Telemetry" };
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"The {names[i % names.Length]} service was stopped by policy.");
        }

        miner.Consolidate();

        Assert.Equal("The <*> service was stopped by policy.", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_NameBeforeTwoStatements_ValueTakesTheNameNotTheStatements()
    {
        // Both statements open with "The <name>": the span from the name to the end of the line also has many wordings, but
        // the narrowest span wins, so each statement keeps its own words.
        var miner = new TemplateMiner();
        var names = new[] { "Print Spooler", "Windows Update Medic", "Telemetry", "Remote Desktop User Mode Port Redirector" };
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"The {names[i % names.Length]} service entered the paused state.");
            miner.Match($"The {names[(i + 1) % names.Length]} service was deleted by an administrator.");
        }

        miner.Consolidate();

        Assert.Equal(
            ["The <*> service entered the paused state.", "The <*> service was deleted by an administrator."],
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Consolidate_FewStatementsSharingAPrefix_StayApart()
    {
        // Three statements that begin alike are three wordings, below the four a value needs, whatever their counts.
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match("cache warmed from snapshot");
            miner.Match("cache evicted stale entries after compaction");
            miner.Match("cache disabled");
        }

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_OneWordingHoldsMostLines_StaysApart()
    {
        // A dominant ending is a statement of its own with rare siblings, not one wording among many of a value.
        var miner = new TemplateMiner();
        for (var i = 0; i < 30; i++)
        {
            miner.Match("scheduler tick finished normally");
        }

        foreach (var end in new[] { "with lag warnings", "too late", "after a retry of the lock" })
        {
            miner.Match($"scheduler tick finished {end}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_FewLinesOfManyWordings_StayApart()
    {
        // Four lines with four endings are too little evidence to call them one value.
        var miner = new TemplateMiner();
        foreach (var end in new[] { "no child processes", "permission denied", "bad file descriptor", "device or resource busy" })
        {
            miner.Match($"node map load from file failed: {end}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_UnclosedQuotesOnLongLines_StaysLinearAndApart()
    {
        // Hostile input: thousands of words that open a frame and never close it; each start looks at most a dozen words ahead.
        var miner = new TemplateMiner();
        miner.Match("x " + string.Join(' ', Enumerable.Repeat("\"open", 5_000)));
        miner.Match("x " + string.Join(' ', Enumerable.Repeat("(open", 4_000)));

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_TwoFramedValuesInOneStatement_OneTemplate()
    {
        // Each span's group holds one wording of the other span, and the first merge takes its members from the other groups:
        // two templates were left, one per wording of the bracket.
        var miner = new TemplateMiner();
        MatchJobs(miner, "failed", ["disk full", "network unreachable after three retries"]);

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("job \"<*>\" failed as pid <*> [<*>]", template.Text);
        Assert.Equal(12, template.Count);
    }

    [Fact]
    public void Consolidate_TwoFramedValuesInStatementsDifferingByOneWord_StayApart()
    {
        var miner = new TemplateMiner();
        MatchJobs(miner, "accepted", ["slots free", "capacity left for all tenants"]);
        MatchJobs(miner, "refused", ["queue full", "maintenance window open now"]);

        miner.Consolidate();

        Assert.Equal(
            new[] { "job \"<*>\" accepted as pid <*> [<*>]", "job \"<*>\" refused as pid <*> [<*>]" },
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Consolidate_QuotedQueryAndQuotedPlanOfVaryingLength_OneTemplate()
    {
        // Two quoted places of the same frame, the second also varying with the first's wording: one statement.
        var miner = new TemplateMiner();
        var id = 0;
        foreach (var query in new[] { "project = OPS", "assignee = currentUser() AND status = Open", "text ~ outage" })
        {
            foreach (var plan in new[] { "+project:10000", "+assignee:jdoe +status:1", "+text:outage* -archived:true" })
            {
                miner.Match($"query '{query}' ran as plan '{plan}' in {++id} ms");
                miner.Match($"query '{query}' ran as plan '{plan}' in {++id} ms");
            }
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("query '<*>' ran as plan '<*>' in <*> ms", template.Text);
    }

    [Theory]
    [InlineData("[backup started]", "[backup stopped]")]
    [InlineData("(service started)", "(service stopped)")]
    [InlineData("[state changed to started]", "[state changed to stopped now]")]
    public void Consolidate_QuotedNamesBesideAFramedConstantDifferingByOneWord_StayApart(string first, string second)
    {
        // The names merge in the first round; the bracket holds one statement's constant, whose wordings share their first
        // word (or are one word each), so no round reads it as a value.
        var miner = new TemplateMiner();
        var pid = 100;
        foreach (var state in new[] { first, second })
        {
            foreach (var name in new[] { "nightly backup", "db", "weekly full report run", "sync of tenant mirrors" })
            {
                for (var i = 0; i < 3; i++)
                {
                    miner.Match($"unit \"{name}\" changed pid {++pid} {state}");
                }
            }
        }

        miner.Consolidate();

        Assert.Equal(
            new[] { $"unit \"<*>\" changed pid <*> {first}", $"unit \"<*>\" changed pid <*> {second}" },
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    private static void MatchJobs(TemplateMiner miner, string outcome, string[] reasons)
    {
        var pid = 4000;
        foreach (var name in new[] { "nightly backup", "weekly full report run" })
        {
            foreach (var reason in reasons)
            {
                for (var i = 0; i < 3; i++)
                {
                    miner.Match($"job \"{name}\" {outcome} as pid {++pid} [{reason}]");
                }
            }
        }
    }
}
