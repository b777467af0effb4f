using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kind G2 "nothing constant before": a multi-word name opening the message ("Porch lights at sunset: Error executing
// script …") kept one template per name, because the span passes key a span by the constant words before it. A name ending in
// ':' that opens a shared statement of constant words, in at least four wordings with three distinct first words, is one value;
// fixed openings that read through into a shared ending stay apart.
public sealed class TemplateMinerLeadingSpanTests
{
    private static readonly string[] Names = ["Porch lights at sunset", "Night mode", "Notify when washer done", "Motion Light Hallway", "Garage door check"];

    [Fact]
    public void Consolidate_NamesOpeningTheMessageBeforeAColon_OneTemplate()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"{Names[i % Names.Length]}: Error executing script. Service not found at pos {i}");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("<*>: Error executing script. Service not found at pos <*>", template.Text);
        Assert.Equal(20, template.Count);
    }

    [Fact]
    public void Consolidate_NamesAfterAValueBeforeAColon_OneTemplate()
    {
        // Only values before the name (a request number): still nothing constant before it.
        var miner = new TemplateMiner();
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"{4000 + i * 7} {Names[i % Names.Length]}: job failed after {i % 3 + 1} retries");
        }

        miner.Consolidate();

        Assert.Equal("<*> <*>: job failed after <*> retries", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_FixedOpeningsSharingAnEndingWithoutAColon_StayApart()
    {
        // BGL's shape: "<*> double-hummer alignment exceptions" and "<*> floating point alignment exceptions" are statements.
        var miner = new TemplateMiner();
        var openings = new[] { "double-hummer", "floating point", "data store", "instruction cache parity" };
        for (var i = 0; i < 24; i++)
        {
            miner.Match($"{100 + i * 13} {openings[i % openings.Length]} alignment exceptions detected on node");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_FixedOpeningsBeforeAColonRepeatingTheirFirstWords_StayApart()
    {
        // Two subjects in two modes each: the openings repeat their first words, so they are fixed texts, not names.
        var miner = new TemplateMiner();
        var openings = new[] { "cache read:", "cache write path:", "queue read:", "queue write path:" };
        for (var i = 0; i < 24; i++)
        {
            miner.Match($"{openings[i % openings.Length]} miss ratio above {50 + i} percent");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_ThreeNamesBeforeAColon_StayApart()
    {
        // Three wordings are too few to call a leading text a value (the unframed pass's four).
        var miner = new TemplateMiner();
        for (var i = 0; i < 18; i++)
        {
            miner.Match($"{Names[i % 3]}: Error executing script. Service not found at pos {i}");
        }

        miner.Consolidate();

        Assert.Equal(3, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_NamesBeforeAColonAndOneWord_StayApart()
    {
        // One constant word after the name is a state or a flag, not a statement that says what the name is.
        var miner = new TemplateMiner();
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"{Names[i % Names.Length]}: enabled");
        }

        miner.Consolidate();

        Assert.Equal(Names.Length, miner.TemplateCount);
    }
}
