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
    public void Match_AfterAFloodOfOneOffStatementsInItsBucket_AnEarlyStatementStillGathersNewValues()
    {
        // A message is compared with a bounded number of its bucket's templates, the oldest: a log that fills a bucket with
        // one-off statements must not cut the statements it started with off from their new values.
        var miner = new TemplateMiner();
        foreach (var name in new[] { "alpha", "bravo", "charlie" })
        {
            miner.Match($"svc started {name} on primary node");
        }

        var early = miner.Match("svc started delta on primary node");
        for (var i = 0; i < 3000; i++)
        {
            miner.Match($"svc {Letters(i, 'g')} {Letters(i, 'k')} {Letters(i, 'p')} {Letters(i, 't')} {Letters(i, 'w')}");
        }

        var late = miner.Match("svc started echo on primary node");

        Assert.Same(early.Current, late);
        Assert.Equal("svc started <*> on primary node", late.Text);
        Assert.Equal(5, late.Count);
        Assert.Equal(3001, miner.TemplateCount);
    }

    // A word of letters only (no digits or hex, which the masker would turn into values), different for every i.
    private static string Letters(int i, char start)
    {
        var word = new System.Text.StringBuilder().Append(start);
        for (var n = i; n > 0 || word.Length < 4; n /= 10)
        {
            word.Append((char)('q' + (n % 10)));
        }

        return word.ToString();
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

    [Fact]
    public void Match_EmbeddedDatesOnManyDays_OneTemplate()
    {
        var miner = new TemplateMiner();
        string[] dates = ["Sun Jul  3 23:12:01 2005", "Mon Jul  4 01:02:03 2005", "Tue Aug 16 12:00:59 2005", "Sat Sep 10 08:30:00 2006"];
        foreach (var date in dates)
        {
            miner.Match($"connection from 10.1.2.3 () at {date}");
        }

        Assert.Equal("connection from <*> () at <*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Match_EmptyValueAgainstValue_SameTemplate()
    {
        var miner = new TemplateMiner();
        var empty = miner.Match("connection from 10.1.2.3 () at noon");
        var valued = miner.Match("connection from 10.1.2.4 (host7.example.net) at noon");

        Assert.Same(empty.Current, valued.Current);
        Assert.Equal("connection from <*> (<*>) at noon", valued.Current.Text);
    }

    [Fact]
    public void Match_WordSeenAsValueElsewhere_IsAVariableHere()
    {
        var miner = new TemplateMiner();
        foreach (var user in new[] { "root", "guest", "test" })
        {
            miner.Match($"Accepted publickey for {user} from 10.0.0.1 port 22 ssh2");
        }

        var root = miner.Match("session opened for user root by (uid=0)");
        var guest = miner.Match("session opened for user guest by (uid=500)");

        Assert.Same(root.Current, guest.Current);
        Assert.Equal("session opened for user <*> by (uid=<*>)", guest.Current.Text);
    }

    [Fact]
    public void Consolidate_PlaceVaryingAcrossAgreeingTemplates_BecomesVariable()
    {
        var miner = new TemplateMiner();
        foreach (var reason in new[] { "RTC", "ARPT", "RTC", "XHC1", "EC.LidOpen", "ARPT" })
        {
            miner.Match($"Wake reason: {reason}");
        }

        miner.Consolidate();

        Assert.Equal("Wake reason: <*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_TwoStatementWords_StaySeparate()
    {
        var miner = new TemplateMiner();
        foreach (var action in new[] { "shutdown", "startup", "shutdown", "startup" })
        {
            miner.Match($"cupsd {action} succeeded");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Theory]
    [InlineData("DHCPACK on 10.0.0.{0} via {1}", "eth0", "eth1")]
    [InlineData("I/O error on device {1}, sector {0}", "sda1", "sda12")]
    [InlineData("job {0} handed to {1}", "worker-2", "worker-17")]
    public void Consolidate_NumberedNamesInOnePlace_BecomeVariable(string format, string first, string second)
    {
        // Two variants only, fewer than a plain word needs: the same name with other digits is one thing counted.
        var miner = new TemplateMiner();
        for (var i = 0; i < 6; i++)
        {
            miner.Match(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i, i % 2 == 0 ? first : second));
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates).Text;
        Assert.DoesNotContain(first, template, StringComparison.Ordinal);
        Assert.DoesNotContain(second, template, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("link {0} on eth0", "up", "down")]
    [InlineData("interface {0} ready", "eth0", "wlan0")]
    public void Consolidate_NamesThatDifferInLetters_StaySeparate(string format, string first, string second)
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 6; i++)
        {
            miner.Match(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i % 2 == 0 ? first : second));
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_ConstantMetBeforeTheValue_FoldsIntoTheValueTemplate()
    {
        var miner = new TemplateMiner();
        var named = miner.Match("reverse mapping checking getaddrinfo for ns.example.com [10.0.0.1] failed");
        miner.Match("reverse mapping checking getaddrinfo for 10-2-3-4.dsl.example.net [10.0.0.2] failed");

        miner.Consolidate();

        Assert.Equal("reverse mapping checking getaddrinfo for <*> [<*>] failed", named.Current.Text);
        Assert.Equal(1, miner.TemplateCount);
    }

    [Fact]
    public void Match_GeneralisedTemplate_DoesNotSwallowAStatementItMerelyCovers()
    {
        var miner = new TemplateMiner();
        var storage = miner.Match("data storage interrupt");
        miner.Match("data address: 0x00000002");
        miner.Match("data address space................0");
        miner.Consolidate();

        Assert.Equal("data storage interrupt", storage.Current.Text);
    }
}
