using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// The span passes offer a template's spans only where another template may share the words before them: a start counted
// once can never form a group of two, and offering it cost most of the time on a log of one-off labelled lines.
public sealed class SharedStartsTests
{
    [Fact]
    public void MayBeShared_StartCountedOnce_No()
    {
        var starts = new SharedStarts();
        starts.Add(2, 12345);
        starts.Add(3, 12345);

        Assert.False(starts.MayBeShared(2, 12345));
    }

    [Fact]
    public void MayBeShared_StartCountedTwice_Yes()
    {
        var starts = new SharedStarts();
        starts.Add(2, 12345);
        starts.Add(2, 12345);

        Assert.True(starts.MayBeShared(2, 12345));
    }

    [Fact]
    public void MayBeShared_PastTheCountedStarts_CountedOnesStillCountAndOthersMayBeShared()
    {
        // 2^18 distinct starts fill the count: a start counted before still turns shared when met again, one counted once stays
        // unshared, and one never counted may be shared (the pass offers its spans as it would without the screen).
        var starts = new SharedStarts();
        for (var i = 0; i < 1 << 18; i++)
        {
            starts.Add(i, 7);
        }

        starts.Add(5, 7);
        starts.Add(1 << 20, 7);

        Assert.True(starts.MayBeShared(5, 7));
        Assert.False(starts.MayBeShared(6, 7));
        Assert.True(starts.MayBeShared(1 << 20, 7));
        Assert.True(starts.MayBeShared(1 << 21, 7));
    }

    [Fact]
    public void Consolidate_OneOffLabelledLinesAndAStatementWithLabelledTexts_OnlyTheStatementMerges()
    {
        // The screen drops spans of one-off lines, not those of templates that share the words before a label.
        var miner = new TemplateMiner();
        var texts = new[] { "broken pipe", "no space left on device", "timed out" };
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"flush of segment seg{i} to the archive failed: {texts[i % texts.Length]}");
            miner.Match($"{Word(i, 'a')} {Word(i, 'f')}: {Word(i, 'k')} {Word(i, 'p')} {Word(i, 'u')}");
        }

        miner.Consolidate();

        Assert.Contains(miner.Templates, t => t.Text == "flush of segment <*> to the archive failed: <*>" && t.Count == 12);
        Assert.Equal(13, miner.TemplateCount);
    }

    // A word of letters only, different for every i.
    private static string Word(int i, char start) => new([start, (char)('a' + (i % 26)), (char)('a' + (i / 26 % 26)), 'q']);
}
