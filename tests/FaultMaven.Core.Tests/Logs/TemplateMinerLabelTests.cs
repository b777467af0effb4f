using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kinds G3 and G10: statements that differ by one word that labels the value after it ("worker paused: <id>",
// "worker resumed: <id>", ...) or by a key ("size=<n>" / "count=<n>") were merged by a wildcard in the label's place once
// three of them were seen, the wildcard swallowing the word that tells them apart. A label names what follows; two labels
// are two statements however many a place shows, as two arities are. Values after one label still merge.
public sealed class TemplateMinerLabelTests
{
    [Fact]
    public void Consolidate_FourColonLabelsBeforeAnId_FourTemplates()
    {
        var miner = new TemplateMiner();
        var verbs = new[] { "paused:", "resumed:", "evicted:", "respawned:" };
        for (var i = 0; i < 40; i++)
        {
            miner.Match($"worker {verbs[i % verbs.Length]} 7f3a{i:x4}-b2c1-4d5e-8f90-{i:x12}");
        }

        miner.Consolidate();

        Assert.Equal(
            ["worker evicted: <*>", "worker paused: <*>", "worker respawned: <*>", "worker resumed: <*>"],
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
        Assert.All(miner.Templates, t => Assert.Equal(10, t.Count));
    }

    [Fact]
    public void Consolidate_LabelledStatementsBehindASharedPrefix_AreNotOneSpan()
    {
        // Behind a prefix the header left in the message, four labelled statements and three others, none over half the lines:
        // the unframed span pass took every wording for one value ("[I <*> host] <*> <*>") once labels had split them.
        var miner = new TemplateMiner();
        var lines = new[] { "worker paused: {0}", "worker resumed: {0}", "worker evicted: {0}", "worker respawned: {0}", "saving file at /h/u{1}.txt", "creating new notebook in /w/u{1}", "uploading file to /p/a{1}.txt" };
        for (var i = 0; i < 70; i++)
        {
            miner.Match($"[I 2026-12-01 13:{i % 60:d2}:07.{i:d3} host] " + string.Format(lines[i % lines.Length], $"7f3a{i:x4}-b2c1-4d5e-8f90-{i:x12}", i));
        }

        miner.Consolidate();

        Assert.Equal(7, miner.Templates.Count());
        Assert.Contains(miner.Templates, t => t.Text == "[I <*> host] worker paused: <*>");
        Assert.Contains(miner.Templates, t => t.Text == "[I <*> host] saving file at <*>");
    }

    [Fact]
    public void Consolidate_WordsAfterOneColonLabel_OneTemplate()
    {
        // The label is the same; the words after it are the value.
        var miner = new TemplateMiner();
        var states = new[] { "draining", "idle", "busy", "offline" };
        for (var i = 0; i < 40; i++)
        {
            miner.Match($"pool member {i} state: {states[i % states.Length]}");
        }

        miner.Consolidate();

        Assert.Equal("pool member <*> state: <*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_ThreeKeysInOnePlace_ThreeTemplates()
    {
        var miner = new TemplateMiner();
        var keys = new[] { "size", "count", "age" };
        for (var i = 0; i < 30; i++)
        {
            miner.Match($"cache trimmed {keys[i % keys.Length]}={i * 17}");
        }

        miner.Consolidate();

        Assert.Equal(
            ["cache trimmed age=<*>", "cache trimmed count=<*>", "cache trimmed size=<*>"],
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Consolidate_ValuesOfOneKey_OneTemplate()
    {
        var miner = new TemplateMiner();
        var modes = new[] { "lazy", "eager", "bounded" };
        for (var i = 0; i < 30; i++)
        {
            miner.Match($"cache opened mode={modes[i % modes.Length]}");
        }

        miner.Consolidate();

        Assert.Equal("cache opened mode=<*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_KeysThatDifferOnlyInDigits_OneTemplate()
    {
        // Numbered keys (reg0=, reg3=, reg7=) are one key counted, as eth0 and eth1 are one name.
        var miner = new TemplateMiner();
        for (var i = 0; i < 30; i++)
        {
            miner.Match($"trap at pc={i * 4} reg{i % 3 * 3 + i % 2}={i * 31} halted");
        }

        miner.Consolidate();

        Assert.Single(miner.Templates);
    }

    [Fact]
    public void Consolidate_NamesBeforeAColonAndConstantWords_OneTemplate()
    {
        // A word ending in a colon before constant words is a value of its own ("section nodes: OK"), not a label.
        var miner = new TemplateMiner();
        var sections = new[] { "nodes:", "status:", "resources:", "constraints:" };
        for (var i = 0; i < 40; i++)
        {
            miner.Match($"replaced section {sections[i % sections.Length]} OK (rc={i})");
        }

        miner.Consolidate();

        Assert.Single(miner.Templates);
    }

    [Fact]
    public void Consolidate_ManyNamesBeforeAColonAndFigures_OneTemplate()
    {
        // Six tables named before their figures: a place with more labels than a statement's code writes holds values.
        var miner = new TemplateMiner();
        var tables = new[] { "users", "orders", "payments", "invoices", "sessions", "accounts" };
        for (var i = 0; i < 60; i++)
        {
            miner.Match($"Table {tables[i % tables.Length]}: {(i * 7919) % 100_000} rows copied");
        }

        miner.Consolidate();

        Assert.Equal("Table <*>: <*> rows copied", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_ManyKeysOfAJsonObject_OneTemplate()
    {
        // A map of counters keyed by name ({"users":5}): the keys are values once the place shows many.
        var miner = new TemplateMiner();
        var keys = new[] { "users", "orders", "payments", "invoices", "sessions", "accounts" };
        for (var i = 0; i < 60; i++)
        {
            miner.Match($"counts {{\"{keys[i % keys.Length]}\":{i * 13}}}");
        }

        miner.Consolidate();

        Assert.Single(miner.Templates);
    }

    [Fact]
    public void Consolidate_FourLabelsBeforeFigures_FourTemplates()
    {
        // The near miss: as many labels as one statement family writes (a daemon's four settings at start) stay apart.
        var miner = new TemplateMiner();
        var settings = new[] { "maxRetry:", "findtime:", "bantime:", "backoff:" };
        for (var i = 0; i < 40; i++)
        {
            miner.Match($"jail sshd {settings[i % settings.Length]} {i * 60}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.Templates.Count());
    }

    [Fact]
    public void Consolidate_ManyKeysBeforeEquals_StayApart()
    {
        // Keys before '=' name fields: "req done error=EOF" is not "req done status=200", and merging six keys into
        // "req done <*> path=<*>" hid the error's key among ordinary lines.
        var miner = new TemplateMiner();
        foreach (var field in new[] { "status=200", "bytes=512", "user=ana", "retries=3", "cache=hit", "error=EOF" })
        {
            miner.Match($"req done {field} path=/a");
        }

        miner.Consolidate();

        Assert.Equal(6, miner.Templates.Count());
    }

    [Fact]
    public void Consolidate_ManyFieldsOpeningTheMessage_StayApart()
    {
        // A dump of a request's fields, one per line: each field name opens its own statement, however many there are.
        var miner = new TemplateMiner();
        var fields = new[] { "domain:", "user:", "service:", "tty:", "rhost:", "cli_pid:" };
        for (var i = 0; i < 60; i++)
        {
            miner.Match($"{fields[i % fields.Length]} {i * 37}.{i % 7}");
        }

        miner.Consolidate();

        Assert.Equal(6, miner.Templates.Count());
    }

    [Theory]
    [InlineData("started:", "<*>", "started:")]
    [InlineData("started:", "OK", "")]
    [InlineData("joined:", "node-b.lan", "joined:")]
    [InlineData("started:", null, "")]
    [InlineData("user=alice", null, "user=")]
    [InlineData("{\"user\":\"x\"", null, "{\"user\":")]
    [InlineData("\"orders\":", "<*>", "")]
    [InlineData("eth0:", "<*>", "")]
    [InlineData("cron.service:", "<*>", "")]
    [InlineData("sshd[42]:", "<*>", "")]
    [InlineData("<*>:", "<*>", "")]
    [InlineData("started", "<*>", "")]
    public void Label_Word_IsItsKeyOrColonWordBeforeAValue(string word, string? next, string label) =>
        Assert.Equal(label, PlaceLabels.Label(word, next).ToString());
}
