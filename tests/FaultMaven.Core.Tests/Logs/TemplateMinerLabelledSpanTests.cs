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

    [Fact]
    public void Consolidate_ReasonsAfterAValueEndingInAColon_OneTemplate()
    {
        // "'<*>':" says where the reason starts as "failed:" does; one wording holds a value of its own, and three are fewer
        // than an unlabelled span needs.
        var miner = new TemplateMiner();
        var reasons = new[] { "authentication failed", "user is locked; try again in 15 minutes", "invalid assertion" };
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"login refused for user 'u{i}x' from 10.0.0.{i}:{4000 + i}: {reasons[i % reasons.Length]}");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("login refused for user '<*>' from <*>:<*>: <*>", template.Text);
        Assert.Equal(12, template.Count);
    }

    [Fact]
    public void Consolidate_StatesAfterAValueEndingInAColon_StayApart()
    {
        // Statements that differ by one constant word after the value (G3) have one length: not a text.
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"router 'r{i}x': entering MASTER state");
            miner.Match($"router 'r{i}x': entering BACKUP state");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_EndingsAfterAValueEndingInAColonSharingTheirFirstWord_StayApart()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"peer 10.1.0.{i}: connection closed");
            miner.Match($"peer 10.1.0.{i}: connection reset by remote side");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_StatementsAfterAValueOpeningTheMessage_StayApart()
    {
        // An address opening the message names the device: nothing constant is said before what follows, whole statements.
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"10.2.0.{i}: renamed from bond {i}");
            miner.Match($"10.2.0.{i}: entered promiscuous mode now");
            miner.Match($"10.2.0.{i}: link down");
        }

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_EndingsOfAFixedSentenceAfterAValueEndingInAColon_StayApart()
    {
        // A fixed sentence after the value branches into a few endings (three share their opening words): statements of their
        // own, which two distinct first words among four wordings do not merge.
        var miner = new TemplateMiner();
        var endings = new[]
        {
            "cannot start task image, input file missing",
            "cannot start task image, permission denied",
            "cannot start task image, exec format error",
            "task image too large, 9 > 4",
        };
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"loader: Error starting /bin/job{i}.elf: {endings[i % endings.Length]}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_LibraryErrorsAfterAValueEndingInAColon_OneTemplate()
    {
        // Texts written by a library open with as many words as they have wordings; one holds a value of its own.
        var miner = new TemplateMiner();
        var errors = new[]
        {
            "Connection refused",
            "No route to host",
            "timeout expired after 30s",
            "could not translate host name",
        };
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"replica sync: unable to reach 10.3.0.{i}:5432: {errors[i % errors.Length]}");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("replica sync: unable to reach <*>:<*>: <*>", template.Text);
        Assert.Equal(16, template.Count);
    }

    [Fact]
    public void Consolidate_StatementsAfterATagAndAValueEndingInAColon_StayApart()
    {
        // A short tag and a value name the subject ("Task [7]:"), as a logger name does: whole statements follow, four wordings
        // with four first words, one holding a value of its own.
        var miner = new TemplateMiner();
        var statements = new[]
        {
            "executing task, timeout 30 seconds",
            "finished successfully",
            "scheduling task for later run",
            "cancelled by user request",
        };
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"Task [{i}]: {statements[i % statements.Length]}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }
}
