using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18, kinds G2 and G9. A list of values whose length varies (an id list in braces, a command line after a key) is masked
// word by word, so each length kept its own template; a plain word that opens the message (a user name) kept one template per
// value. The value-run pass and the first-word statistics read them as one value.
public sealed class TemplateMinerValueRunTests
{
    [Fact]
    public void Consolidate_BracedIdListOfVaryingLength_OneTemplateKeepsTheBrackets()
    {
        var miner = new TemplateMiner();
        string[] lists = ["{7}", "{7 9}", "{7 9 12}", "{7 9 12 30}", "{4 5}", "{11}", "{3 8 1}", "{2 2 2 2}"];
        for (var i = 0; i < 16; i++)
        {
            miner.Match($"LOOKUP (ids {lists[i % lists.Length]}) from 10.0.0.{i}: granted to worker");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates);
        Assert.Equal("LOOKUP (ids {<*>}) from <*>: granted to worker", template.Text);
        Assert.Equal(16, template.Count);
    }

    [Fact]
    public void Consolidate_BracedListsBesideDifferentConstantWords_StayApart()
    {
        // The lists vary alike in both statements, but "granted" and "refused" are constant words outside the run.
        var miner = new TemplateMiner();
        string[] lists = ["{7}", "{7 9}", "{7 9 12}"];
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"LOOKUP (ids {lists[i % 3]}) from 10.0.0.{i}: granted to worker");
            miner.Match($"LOOKUP (ids {lists[i % 3]}) from 10.0.0.{i}: refused to worker");
        }

        miner.Consolidate();

        Assert.Equal(
            ["LOOKUP (ids {<*>}) from <*>: granted to worker", "LOOKUP (ids {<*>}) from <*>: refused to worker"],
            miner.Templates.Select(t => t.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Consolidate_CommandAfterKeyInThreeLengths_OneValue()
    {
        var miner = new TemplateMiner();
        string[] commands = ["/bin/ls", "/bin/ls /tmp", "/bin/cp /a /b", "/usr/bin/id", "/bin/rm /tmp/x", "/bin/mv /a /b"];
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"denied ; TTY=pts/{i} ; USER=root ; COMMAND={commands[i % commands.Length]}");
        }

        miner.Consolidate();

        Assert.Equal("denied ; TTY=pts/<*> ; USER=root ; COMMAND=<*>", Assert.Single(miner.Templates).Text);
    }

    [Fact]
    public void Consolidate_UnclosedValuesInTwoLengthsOnly_StayApart()
    {
        // "from <*>" and "from <*> <*>": a statement printed with and without one more value, as often as one list; no bracket
        // closes the run and only two lengths are seen.
        var miner = new TemplateMiner();
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"probe answered from 10.1.0.{i}");
            miner.Match($"probe answered from 10.1.0.{i} {1000 + i}");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }

    [Fact]
    public void Consolidate_UserNameOpeningTheMessageShownAsValueElsewhere_OneTemplate()
    {
        // Kind G9: the user opens the message; the same names are values after "for user", so the first place is a value.
        var miner = new TemplateMiner();
        string[] users = ["alice", "bob", "carol", "dave", "erin", "frank"];
        foreach (var user in users)
        {
            miner.Match($"session opened for user {user}");
        }

        foreach (var user in users.Concat(users))
        {
            miner.Match($"{user} : user NOT in sudoers ; TTY=console ; USER=root");
        }

        miner.Consolidate();

        var template = Assert.Single(miner.Templates, t => t.Text.Contains("sudoers", StringComparison.Ordinal));
        Assert.Equal("<*> : user NOT in sudoers ; TTY=console ; USER=root", template.Text);
        Assert.Equal(12, template.Count);
    }

    [Fact]
    public void Consolidate_VerbsOpeningStatementsWithTheSameRest_StayApart()
    {
        // Four verbs before the same words, evenly spread, but the log never shows them as values: four statements.
        var miner = new TemplateMiner();
        string[] verbs = ["Started", "Stopped", "Reloaded", "Restarted"];
        for (var i = 0; i < 12; i++)
        {
            miner.Match($"{verbs[i % verbs.Length]} unit cron.service for host web{i}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
    }
}
