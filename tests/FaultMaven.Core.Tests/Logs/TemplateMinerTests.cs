using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

public sealed class TemplateMinerTests
{
    [Fact]
    public void Match_SameShapeDifferentNumbers_OneTemplate()
    {
        var miner = new TemplateMiner();
        var a = miner.Match("Received block blk_1 of size 67108864 from 10.0.0.1");
        var b = miner.Match("Received block blk_2 of size 1024 from 10.0.0.2");

        Assert.Same(a, b);
        Assert.Equal("Received block <*> of size <*> from <*>", a.Text);
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void Match_WordVaryingThreeWays_BecomesVariable()
    {
        var miner = new TemplateMiner();
        var first = miner.Match("Invalid user webmaster from 1.2.3.4");
        miner.Match("Invalid user test from 1.2.3.5");
        var third = miner.Match("Invalid user oracle from 1.2.3.6");

        Assert.Same(third, first.Current);
        Assert.Equal("Invalid user <*> from <*>", third.Text);
        Assert.Equal(3, third.Count);
        Assert.Equal(1, miner.TemplateCount);
    }

    [Fact]
    public void Match_TwoAlternatives_StayDifferentStatements()
    {
        var miner = new TemplateMiner();
        var password = miner.Match("Failed password for invalid user x from 1.2.3.4 port 22 ssh2");
        var none = miner.Match("Failed none for invalid user x from 1.2.3.4 port 22 ssh2");
        miner.Match("Failed password for invalid user x from 1.2.3.9 port 23 ssh2");

        Assert.NotSame(password.Current, none.Current);
        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Match_UpperCaseStates_StaySeparate()
    {
        var miner = new TemplateMiner();
        foreach (var (from, to) in new[] { ("NEW", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "SUCCEEDED"), ("NEW", "SCHEDULED") })
        {
            miner.Match($"task_1 Task Transitioned from {from} to {to}");
        }

        Assert.Equal(3, miner.TemplateCount);
        Assert.Contains(miner.Templates, t => t.Text == "<*> Task Transitioned from NEW to SCHEDULED" && t.Count == 2);
    }

    [Fact]
    public void Match_KeyValueWords_GeneraliseAfterThePunctuation()
    {
        var miner = new TemplateMiner();
        foreach (var name in new[] { "java.version=1.7", "user.name=zk", "os.arch=amd64" })
        {
            miner.Match($"Server environment:{name}");
        }

        Assert.Equal("Server environment:<*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Match_ManyMessagesOfFewShapes_TemplatesStayFew()
    {
        var miner = new TemplateMiner();
        var random = new Random(3);
        for (var i = 0; i < 50_000; i++)
        {
            miner.Match($"node R{random.Next(10, 99)}-M{random.Next(9)} reports host h{random.Next(10, 99)}x{random.Next(10, 99)} at {random.Next()} ms");
        }

        Assert.True(miner.TemplateCount <= 10, $"{miner.TemplateCount} templates");
    }

    [Fact]
    public void Match_SameInputTwice_SameTemplates()
    {
        string[] lines = ["a 1", "b x y", "a 2", "b x z", "b x w", "c"];
        var first = new TemplateMiner();
        var second = new TemplateMiner();

        var one = lines.Select(l => first.Match(l).Id).ToList();
        var two = lines.Select(l => second.Match(l).Id).ToList();

        Assert.Equal(one, two);
        Assert.Equal(first.Templates.Select(t => t.Text), second.Templates.Select(t => t.Text));
    }
}
