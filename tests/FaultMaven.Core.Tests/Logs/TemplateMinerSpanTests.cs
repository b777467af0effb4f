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
    public void Consolidate_UnclosedQuotesOnLongLines_StaysLinearAndApart()
    {
        // Hostile input: thousands of words that open a frame and never close it; each start looks at most a dozen words ahead.
        var miner = new TemplateMiner();
        miner.Match("x " + string.Join(' ', Enumerable.Repeat("\"open", 5_000)));
        miner.Match("x " + string.Join(' ', Enumerable.Repeat("(open", 4_000)));

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }
}
