using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: one value written in two places of a line changes in both at once, so no one-place rule meets its templates.
public sealed class TemplateMinerEchoTests
{
    [Fact]
    public void Consolidate_KeyedValueEchoedInQuotes_OneTemplate()
    {
        var miner = new TemplateMiner();
        foreach (var host in new[] { "shop.example.org", "docs.example.org", "shop.example.org", "mail.example.org" })
        {
            miner.Match($"cert renewed, vhost: {host}, issuer: acme, sni: \"{host}\"");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.DoesNotContain("example", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Consolidate_NameEchoedUnframedFourWays_OneTemplate()
    {
        var miner = new TemplateMiner();
        foreach (var name in new[] { "cartsvc", "ledger", "search", "mailer", "ledger", "cartsvc" })
        {
            miner.Match($"restarting \"{name}\" after probe failure (container={name})");
        }

        miner.Consolidate();

        Assert.Single(miner.Templates);
    }

    [Fact]
    public void Consolidate_StateNamesEchoedTwoWays_StayTwoStatements()
    {
        // Two UPPER_CASE words are two states, each its own statement, even when each line names its state twice.
        var miner = new TemplateMiner();
        foreach (var state in new[] { "RUNNING", "STOPPED", "RUNNING", "STOPPED" })
        {
            miner.Match($"pump entered {state} (now {state})");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_OneWordRepeatedThousandsOfTimes_StaysOneTemplate()
    {
        // Hostile input: each template pairs at most a few echoed places, so a line of one repeated word costs one pass.
        var miner = new TemplateMiner();
        miner.Match("clock " + string.Join(' ', Enumerable.Repeat("tick", 2_000)));
        miner.Match("clock " + string.Join(' ', Enumerable.Repeat("tock", 2_000)));

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }
}
