using System.Globalization;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Each rule of ValuePlaces with both sides constructed: the case it must merge and the case it must keep apart. The lines are
// made up for these tests, in the manner of programs other than those of the benchmark sets.
public sealed class ValuePlacesTests
{
    private static TemplateMiner Mine(IEnumerable<string> lines)
    {
        var miner = new TemplateMiner();
        foreach (var line in lines)
        {
            miner.Match(line);
        }

        miner.Consolidate();
        return miner;
    }

    private static IEnumerable<string> Alternate(string format, params string[] words) =>
        Enumerable.Range(0, 8).Select(i => string.Format(CultureInfo.InvariantCulture, format, words[i % words.Length], i + 10));

    // Two framed or keyed words are a value: a bracket or quote opens around each, or a key ends the word before or leads the word.
    [Theory]
    [InlineData("pool member ({0}) marked healthy after {1} checks", "primary", "standby")]
    [InlineData("volume mode set to '{0}' by job {1}", "readonly", "readwrite")]
    [InlineData("tunnel {1} state= {0} since boot", "up", "down")]
    [InlineData("replica {1} elected role={0} in term 7", "leader", "follower")]
    [InlineData("cache lookup for [{0}] took {1} ms", "users", "orders")]
    public void Consolidate_TwoWordsFramedAsAValue_BecomeVariable(string format, string first, string second)
    {
        var miner = Mine(Alternate(format, first, second));

        var template = Assert.Single(miner.Templates).Text;
        Assert.DoesNotContain(first, template, StringComparison.Ordinal);
        Assert.DoesNotContain(second, template, StringComparison.Ordinal);
    }

    // The same two words bare in running text are two statements, and UPPER_CASE words stay keywords even when framed.
    [Theory]
    [InlineData("pool member {0} marked healthy after {1} checks", "primary", "standby")]
    [InlineData("cache written as {0} to disk in {1} ms", "json", "yaml")]
    [InlineData("proxy request \"{0} /api/items HTTP/1.1\" took {1} ms", "GET", "POST")]
    [InlineData("dispatch event type: {0} for job {1}", "JOB_START", "JOB_STOP")]
    [InlineData("broadcast action:intent.action.{0} to {1} receivers", "SCREEN_ON", "SCREEN_OFF")]
    public void Consolidate_TwoBareWordsOrKeywords_StaySeparate(string format, string first, string second)
    {
        var miner = Mine(Alternate(format, first, second));

        Assert.Equal(2, miner.TemplateCount);
    }

    // Two keyed places that vary independently: once one is a variable, the templates that differ in the other join it.
    [Fact]
    public void Consolidate_TwoKeyedPlacesVaryingIndependently_BecomeOneTemplate()
    {
        (string Ready, string Visible)[] combos = [("yes", "no"), ("yes", "no"), ("no", "no"), ("no", "yes"), ("no", "yes"), ("yes", "yes")];
        var miner = Mine(combos.Select((c, i) => $"panel {i} layout ready= {c.Ready}, visible = {c.Visible}, pinned = no"));

        Assert.Equal("panel <*> layout ready= <*>, visible = <*>, pinned = no", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_TwoBarePlacesVaryingIndependently_StayApart()
    {
        (string Format, string Level)[] combos = [("json", "high"), ("json", "high"), ("yaml", "high"), ("yaml", "low"), ("yaml", "low"), ("json", "low")];
        var miner = Mine(combos.Select((c, i) => $"export {i} written as {c.Format} at {c.Level} priority"));

        Assert.Equal(4, miner.TemplateCount);
    }

    // A first word framed as a value ("(alice) CMD …") is merged across the buckets the first word picks, and later messages
    // with a new value there find the merged template.
    [Fact]
    public void Consolidate_FramedFirstWords_BecomeVariable_AndTheTemplateIsFoundAfterwards()
    {
        var miner = Mine(Alternate("({0}) CMD (backup.sh --run {1})", "alice", "backup"));
        var later = miner.Match("(carol) CMD (backup.sh --run 99)");

        Assert.Equal("(<*>) CMD (backup.sh --run <*>)", Assert.Single(miner.Templates).Text);
        Assert.Equal("(<*>) CMD (backup.sh --run <*>)", later.Current.Text);
    }

    [Fact]
    public void Consolidate_BareFirstWords_StaySeparate()
    {
        var miner = Mine(Alternate("{0} called on view {1}", "onPause", "onResume"));

        Assert.Equal(2, miner.TemplateCount);
    }

    // UPPER_CASE words that vary alone in one place, three or more of them, are a value (a protocol step, a mode);
    // where the place changes in step with another constant place they name a state machine's transitions.
    [Fact]
    public void Consolidate_UpperCasePlaceVaryingAlone_BecomesVariable()
    {
        var miner = Mine(Alternate("ftp transfer aborted in {0} mode after {1} bytes", "PASV", "EPSV", "PORT"));

        Assert.Equal("ftp transfer aborted in <*> mode after <*> bytes", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_UpperCasePlacesChangingInStep_StaySeparate()
    {
        (string From, string To)[] transitions =
            [("OFFLINE", "ONLINE"), ("ONLINE", "DEGRADED"), ("ONLINE", "DRAINING"), ("ONLINE", "OFFLINE"), ("DEGRADED", "ONLINE")];
        var miner = Mine(transitions.Concat(transitions).Select(t => $"disk 7 moved from {t.From} to {t.To}"));

        Assert.Equal(transitions.Length, miner.TemplateCount);
        Assert.All(miner.Templates, t => Assert.DoesNotContain(MessageMasker.Wildcard, t.Text.Replace("disk <*>", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Consolidate_SnakeCaseEnumNamesVaryingAlone_StaySeparate()
    {
        var miner = Mine(Alternate("scheduler handled event {0} in {1} ms", "TASK_ADDED", "TASK_REMOVED", "TASK_UPDATED"));

        Assert.Equal(3, miner.TemplateCount);
    }

    // One address and a list of two are different statements, though a bare wildcard covers both; more single addresses
    // still join the single-address template.
    [Fact]
    public void Match_OneAddressAndAPairOfAddresses_StaySeparate()
    {
        var lines = Enumerable.Range(1, 6).SelectMany(i => new[]
        {
            $"peer 10.0.0.{i} joined cluster alpha",
            $"peer 10.0.1.{i},10.0.2.{i} joined cluster alpha",
        });
        var miner = Mine(lines);

        Assert.Equal(["peer <*> joined cluster alpha", "peer <*>,<*> joined cluster alpha"], miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Match_AddressesOfTheSameArity_StayOneTemplate()
    {
        var miner = Mine(["peer 10.0.0.1:7000 joined", "peer host-a:7001 joined", "peer 10.0.0.3:7002 joined"]);

        Assert.Equal("peer <*>:<*> joined", Assert.Single(miner.Templates).Text);
    }

    // A template that a keyed generalisation covers ("user=<*> db=<*> client=<*>" over "user=ana db=<*> client=") shares the
    // keys with it: the keys are the statement's own words, so it folds in though few bare words are constant.
    [Fact]
    public void Consolidate_TemplateCoveredByKeyedValues_FoldsIntoIt()
    {
        var miner = Mine([
            "session opened: user=rex db=sales client=",
            "session opened: user=ana db=root client=",
            "session opened: user=ana db=stock client=cli",
            "session opened: user=ana db=stock client=bench",
            "session opened: user=ana db=sales client=",
            "session opened: user=ana db=stock client=",
            "session opened: user=ana db=sales client=bench",
        ]);

        Assert.Equal("session opened: user=<*> db=<*> client=<*>", Assert.Single(miner.Templates).Text);
    }

    // A rare combination of values met after the statement was generalised ("user=root db=sales client=cli") opens its own
    // template online; at the end the keyed template that covers it takes it in.
    [Fact]
    public void Consolidate_RareCombinationAfterGeneralising_FoldsIntoTheKeyedTemplate()
    {
        var miner = Mine([
            "session opened: user=ana db=stock client=", "session opened: user=ana db=sales client=",
            "session opened: user=ana db=stock client=bench", "session opened: user=root db=sales client=cli",
            "session opened: user=rex db=sales client=", "session opened: user=ana db=stock client=cli",
            "session opened: user=ana db=root client=", "session opened: user=rex db=sales client=cli",
        ]);

        Assert.Equal("session opened: user=<*> db=<*> client=<*>", Assert.Single(miner.Templates).Text);
    }

    // Keys are shared text, bare or framed wildcards are not: "probe <*> <*> <*> ok" covers "probe cache warm cold ok" without
    // sharing more than its two constant words, and "(<*>)" is no key.
    [Theory]
    [InlineData("session opened: user=<*> db=<*> client=<*>", "session opened: user=ana db=<*> client=", 1.0)]
    [InlineData("probe <*> <*> <*> ok", "probe cache warm cold ok", 0.4)]
    [InlineData("probe (<*>) (<*>) (<*>) ok", "probe (cache) (warm) (cold) ok", 0.4)]
    public void SharedConstants_CountsKeysBeforeValues(string template, string words, double expected) =>
        Assert.Equal(expected, TemplateWords.SharedConstants(template.Split(' '), words.Split(' ')), 3);

    // Names of one kind lead a statement ("mongod.socket:", "ssh.service:" …): with enough distinct stems before one suffix the
    // leading place is a value; words of running text that lead statements ("Reading", "Writing", "Closing") are not names.
    [Fact]
    public void Consolidate_LeadingNamesOfOneKind_BecomeVariable()
    {
        var miner = Mine([
            "nginx.service: Unit entered idle state.", "ssh.service: Unit entered idle state.", "cron.service: Unit entered idle state.",
            "nginx.service: Unit entered idle state.", "Reading the journal file now.", "Writing the journal file now.",
            "Closing the journal file now.",
        ]);

        Assert.Equal(
            ["<*>: Unit entered idle state.", "Closing the journal file now.", "Reading the journal file now.", "Writing the journal file now."],
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    // Two names are not yet a kind, nor are names of different kinds ("backup.timer:", "ssh.service:", "tmp.mount:").
    [Fact]
    public void Consolidate_LeadingNamesOfDifferentKinds_StayApart()
    {
        var miner = Mine(["backup.timer: Unit entered idle state.", "ssh.service: Unit entered idle state.", "tmp.mount: Unit entered idle state."]);

        Assert.Equal(3, miner.TemplateCount);
    }
}
