using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kind G2: a multi-word value after a label ("failed: <text>", "text=<text>") kept one template per wording when it
// showed fewer than the four wordings an unlabelled span needs. A label says where the value starts, so wordings of more
// than one length, differing at both ends, are enough: two, as for a framed span (LOSO over every readable set chose two).
public sealed class TemplateMinerLabelledSpanTests
{
    [Fact]
    public void Consolidate_ThreeErrorTextsAfterAColonLabel_OneTemplate()
    {
        var miner = new TemplateMiner();
        var texts = new[] { "broken pipe", "no space left on device", "timed out" };
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"flush of segment seg{i} to the archive failed: {texts[i % texts.Length]}");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("flush of segment <*> to the archive failed: <*>", template.Text);
        Assert.Equal(12, template.Count);
    }

    [Fact]
    public void Consolidate_TextsAfterAKeyWithWordsAfter_OneTemplateKeepsTheKey()
    {
        // The value follows "note=" and may hold values of its own; the words after it stay.
        var miner = new TemplateMiner();
        var notes = new[] { "note=", "note=quota reached for tenant 42", "note=retry scheduled" };
        for (var i = 0; i < 9; i++)
        {
            miner.Match($"job {i} ended state=ok {notes[i % notes.Length]} elapsed={i}ms");
        }

        miner.Consolidate();

        Assert.Equal("job <*> ended state=ok note=<*> elapsed=<*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_LabelInsideBrackets_ValueLeavesTheClosingBracket()
    {
        var miner = new TemplateMiner();
        var remarks = new[] { "nightly rotation", "none", "operator asked for it by ticket" };
        for (var i = 0; i < 9; i++)
        {
            miner.Match($"key k{i} revoked (remark: {remarks[i % remarks.Length]})");
        }

        miner.Consolidate();

        Assert.Equal("key <*> revoked (remark: <*>)", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_StatementsWithValuesAfterALabelOpeningTheMessage_StayApart()
    {
        // "warning:" opening a message is a level: whole statements with values of their own follow it.
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"warning: disk sd{i} nearly full");
            miner.Match($"warning: fan {i} spinning at {1000 + i} rpm only");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_TwoTextsAfterALabel_OneTemplate()
    {
        // A label frames its value like a bracket does: two wordings of different lengths, neither most of the lines, suffice.
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"sync of replica r{i} stopped: peer unreachable");
            miner.Match($"sync of replica r{i} stopped: checksum mismatch in block map");
        }

        miner.Consolidate();

        Assert.Equal("sync of replica <*> stopped: <*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_EndingsAfterALabelSharingTheirFirstWord_StayApart()
    {
        // "lock held by writer", "lock released after timeout": fixed texts that open alike name statements, not a value.
        var miner = new TemplateMiner();
        foreach (var end in new[] { "lock held by writer", "lock released after timeout", "lock upgraded" })
        {
            for (var i = 0; i < 4; i++)
            {
                miner.Match($"table audit: {end}");
            }
        }

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_OneEndingAfterALabelHoldsMostLines_StaysApart()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 20; i++)
        {
            miner.Match("backup result: completed");
        }

        miner.Match("backup result: skipped by policy");
        miner.Match("backup result: aborted by the operator");

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_SpansAfterDifferentKeys_StayApart()
    {
        // "mode=", "level=" and "tier=" are different fields, each with one text: three statements, not one value.
        var miner = new TemplateMiner();
        foreach (var field in new[] { "mode=fast path", "level=slow", "tier=very slow indeed" })
        {
            for (var i = 0; i < 4; i++)
            {
                miner.Match($"engine tuned {field}");
            }
        }

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_TextsThatEachNameTheirValue_StayApart()
    {
        // "fault: parity error....<n>" / "fault: bus timeout on read....<n>": each text labels the number after it.
        var miner = new TemplateMiner();
        for (var i = 0; i < 6; i++)
        {
            miner.Match($"cpu fault: parity error.......{i}");
            miner.Match($"cpu fault: bus timeout on read....{i + 7}");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }
}
