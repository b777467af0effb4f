using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kind G2: a value whose word count or list length varies kept as words, one template per wording. A list of ids in
// many lengths is one value (two lengths alone stay two statements); a name of a few words where the statement's other lines
// hold a value is one of its values.
public sealed class TemplateMinerVaryingValueTests
{
    [Fact]
    public void Consolidate_IdListsOfManyLengths_OneTemplate()
    {
        // Lists of one to six ids: met online, some lengths become one value word ("<*>."), and the longest is left beside it.
        var miner = new TemplateMiner();
        for (var i = 0; i < 30; i++)
        {
            var ids = string.Join(',', Enumerable.Range(0, 1 + (i % 6)).Select(k => 40000 + (97 * i) + k));
            miner.Match($"purging messages: {ids}.");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.StartsWith("purging messages: <*>", template.Text, StringComparison.Ordinal);
        Assert.Equal(30, template.Count);
    }

    [Fact]
    public void Consolidate_IdListsEndingASentence_KeepTheFullStop()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 12; i++)
        {
            var ids = string.Join(',', Enumerable.Range(0, 2 + (i % 4)).Select(k => 700 + (31 * i) + k));
            miner.Match($"skipped rows: {ids}.");
        }

        miner.Consolidate();

        Assert.Equal("skipped rows: <*>.", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_OneAddressAgainstAPair_StayApart()
    {
        // Two lengths only: one client against a client and its proxy, two statements (as before).
        var miner = new TemplateMiner();
        for (var i = 0; i < 10; i++)
        {
            miner.Match($"request from 10.1.{i}.7 served in {i}ms");
            miner.Match($"request from 10.2.{i}.7,10.3.{i}.9 served in {i}ms");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void ListLength_ReadsCommaRunsOfValuesOnly()
    {
        Assert.Equal(1, ValuePlaces.ListLength("<*>"));
        Assert.Equal(3, ValuePlaces.ListLength("<*>,<*>,<*>."));
        Assert.Equal(2, ValuePlaces.ListLength("[<*>,<*>]"));
        Assert.Equal(0, ValuePlaces.ListLength("<*>:<*>"));
        Assert.Equal(0, ValuePlaces.ListLength("<*>,,<*>"));
        Assert.Equal(0, ValuePlaces.ListLength("a,<*>"));
        Assert.Equal("<*>.", WordMerger.Merge("<*>,<*>,<*>.", "<*>,<*>."));
        Assert.Equal("[<*>],", WordMerger.Merge("[<*>,<*>,<*>],", "[<*>],"));
    }

    [Fact]
    public void Consolidate_NameOfTwoWordsWhereOthersHoldAValue_JoinsTheValue()
    {
        var miner = new TemplateMiner();
        var boxes = new[] { "Inbox", "Drafts", "Archive", "Junk", "Trash" };
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"moved thread {i} to box {boxes[i % boxes.Length]} (owner=u{i})");
        }

        for (var i = 0; i < 4; i++)
        {
            miner.Match($"moved thread {50 + i} to box Outgoing Mail (owner=u{i})");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("moved thread <*> to box <*> (owner=<*>)", template.Text);
        Assert.Equal(24, template.Count);
    }

    [Fact]
    public void Consolidate_NameOfTwoWordsAtTheEnd_JoinsTheValue()
    {
        var miner = new TemplateMiner();
        var clients = new[] { "cli", "jdbc", "odbc", "notebook", "scheduler" };
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"job j{i} queued by {clients[i % clients.Length]}");
        }

        for (var i = 0; i < 5; i++)
        {
            miner.Match($"job k{i} queued by Report Builder");
        }

        miner.Consolidate();

        Assert.Equal("job <*> queued by <*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_LongerStatementWithALabelInTheSpan_StaysApart()
    {
        // "reason:" names a field of its own: a statement, not a value of the place.
        var miner = new TemplateMiner();
        var peers = new[] { "alpha", "beta", "gamma", "delta" };
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"link to {peers[i % peers.Length]} dropped");
            miner.Match("link to reason: idle dropped");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_WordsBetweenTwoBareValues_StayApart()
    {
        // "transfer <*> <*> from <*>": a run of words at the first value could as well end at the second; no anchor says which,
        // and "denied on module" is the statement's own text.
        var miner = new TemplateMiner();
        var verbs = new[] { "push", "pull", "copy", "sync" };
        var modules = new[] { "www", "home", "backups", "photos", "ledger" };
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"transfer {verbs[i % verbs.Length]} {modules[i % modules.Length]} from 10.0.{i}.1");
        }

        for (var i = 0; i < 8; i++)
        {
            miner.Match($"transfer denied on module {modules[i % modules.Length]} from 10.1.{i}.1");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_QualifierBeforeAValueOrARemarkInBrackets_StayApart()
    {
        // "administratively down" holds "down", a value of the place; "(no path read)" is a bracketed remark where paths are bare.
        var miner = new TemplateMiner();
        var states = new[] { "up", "down" };
        for (var i = 0; i < 20; i++)
        {
            miner.Match($"port p{i} changed state to {states[i % 2]}");
            miner.Match($"error serving request /api/v{i}/items");
        }

        for (var i = 0; i < 6; i++)
        {
            miner.Match($"port p{i} changed state to administratively down");
            miner.Match("error serving request (no path read)");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_NameMoreFrequentThanTheValue_StaysApart()
    {
        // The wording holds most lines: a statement of its own that shares its words with a rarer one.
        var miner = new TemplateMiner();
        var hosts = new[] { "db1", "db2", "db3" };
        for (var i = 0; i < 6; i++)
        {
            miner.Match($"session {i} closed by {hosts[i % hosts.Length]}");
        }

        for (var i = 0; i < 20; i++)
        {
            miner.Match($"session {100 + i} closed by idle timeout");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }
}
