using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: a log of one-off statements grew the miner's memory with its size. Past the template limit, a message that would open
// a new template is counted against one template that says so; the statements found before are still mined.
public sealed class TemplateMinerLimitTests
{
    // Words of letters only, different for every i: no two such messages share a template, and none is masked as a value.
    private static string Word(int i, char start)
    {
        var word = new System.Text.StringBuilder().Append(start);
        for (var n = i; n > 0 || word.Length < 4; n /= 10)
        {
            word.Append((char)('q' + (n % 10)));
        }

        return word.ToString();
    }

    private static string OneOff(int i) => $"{Word(i, 'g')} {Word(i, 'k')} {Word(i, 'p')}";

    [Fact]
    public void Issue18_OneOffStatementsPastTheLimit_CountedUnderOneUnminedTemplate()
    {
        var miner = new TemplateMiner(new TemplateMinerOptions { MaxTemplates = 100 });

        for (var i = 0; i < 1000; i++)
        {
            miner.Match(OneOff(i));
        }

        Assert.Equal(101, miner.CreatedCount);
        Assert.NotNull(miner.Unmined);
        Assert.Equal(TemplateMiner.UnminedText, miner.Unmined.Text);
        Assert.Equal(900, miner.UnminedCount);
        Assert.Same(miner.Unmined, miner.GetTemplate(101));
    }

    [Fact]
    public void Issue18_PastTheLimit_StatementsFoundBeforeStillGatherTheirMessages()
    {
        var miner = new TemplateMiner(new TemplateMinerOptions { MaxTemplates = 10 });
        var early = miner.Match("connection to 10.0.0.1 refused after 3 retries");
        for (var i = 0; i < 50; i++)
        {
            miner.Match(OneOff(i));
        }

        var late = miner.Match("connection to 10.0.0.2 refused after 7 retries");
        miner.Consolidate();

        Assert.Same(early.Current, late.Current);
        Assert.NotSame(miner.Unmined, late.Current);
        Assert.Equal(41, miner.UnminedCount);
        Assert.Contains(miner.Templates, t => ReferenceEquals(t, miner.Unmined));
    }

    [Fact]
    public void Issue18_LongMessagesPastTheCharacterBudget_NotMined()
    {
        // Twenty messages of 1,000 characters against a budget of 10,000: the budget, not the count, is the limit here.
        var miner = new TemplateMiner(new TemplateMinerOptions { MaxTemplateCharacters = 10_000 });
        for (var i = 0; i < 20; i++)
        {
            miner.Match(string.Join(' ', Enumerable.Range(0, 200).Select(j => Word((i * 1000) + j, 'g'))));
        }

        Assert.True(miner.CreatedCount <= 11, $"{miner.CreatedCount} templates kept");
        Assert.True(miner.UnminedCount >= 10, $"{miner.UnminedCount} messages not mined");
    }

    [Fact]
    public void Issue18_RepeatedStatementsUnderTheLimit_NothingUnmined()
    {
        var miner = new TemplateMiner(new TemplateMinerOptions { MaxTemplates = 10 });
        for (var i = 0; i < 5000; i++)
        {
            miner.Match($"request {i} served in {i % 97} ms");
            miner.Match($"user u{i} logged in from 10.0.{i % 200}.{i % 7}");
        }

        miner.Consolidate();

        Assert.Null(miner.Unmined);
        Assert.Equal(0, miner.UnminedCount);
        Assert.Equal(2, miner.TemplateCount);
    }

    // Lines of hundreds of cells with no space are one word each; merging two such words is costly, so the fold scans charge the
    // characters they merge to their shared budget. The charge must leave an ordinary log of such lines its one statement.
    [Fact]
    public void Issue18_LinesOfThousandsOfCells_FoldIntoOneTemplateWithinTheBudget()
    {
        var random = new Random(33);
        var miner = new TemplateMiner();
        for (var i = 0; i < 400; i++)
        {
            miner.Match("k=" + string.Join(',', Enumerable.Range(0, random.Next(500, 3001)).Select(_ => random.Next(2))));
        }

        miner.Consolidate();

        Assert.Single(miner.Templates);
    }
}
