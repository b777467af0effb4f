using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: a thread-context (MDC) pattern writes "USER[bob] GROUP[-] TOKEN[] APP[etl-daily] JOB[…] <statement>". With few
// distinct users or apps the values were kept as constant words and every statement split by user and app. A run of two or
// more KEY[value] fields opening the message is context: each value is a value whatever its count, the empty one too.
public sealed class TemplateMinerContextFieldTests
{
    private static readonly string[] Statements =
    [
        "Submitting job to cluster queue default",
        "Job finished in {0} ms",
        "Starting action with retries {0}",
        "Callback received for external id ext-{0}",
    ];

    [Theory]
    [InlineData("USER[bob] GROUP[-] TOKEN[] APP[etl-daily] start", "USER[<*>] GROUP[<*>] TOKEN[<*>] APP[<*>] start")]
    [InlineData("  USER[alice]  GROUP[ops] Job done", "USER[<*>] GROUP[<*>] Job done")]
    [InlineData("JOB[0000123-261207-oozie-oozi-W] ACTION[0000123-oozie-oozi-W@load] ok 5", "JOB[<*>] ACTION[<*>] ok <*>")]
    [InlineData("USER[bob] GROUP[-]", "USER[<*>] GROUP[<*>]")]
    public void Mask_ARunOfContextFieldsOpeningTheMessage_EachValueMasked(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Theory]
    // One bracketed word alone may name the statement.
    [InlineData("Phase[commit] completed for transaction 12", "Phase[commit] completed for transaction <*>")]
    // Not at the start: the statement's own words.
    [InlineData("state USER[bob] GROUP[ops] changed", "state USER[bob] GROUP[ops] changed")]
    // Bare tags and a value holding a space are no KEY[value] fields.
    [InlineData("[AUDIT] [SECURITY] login accepted", "[AUDIT] [SECURITY] login accepted")]
    [InlineData("APP[my app] GROUP[ops] started", "APP[my app] GROUP[ops] started")]
    [InlineData("USER[bob] [ops] started", "USER[bob] [ops] started")]
    [InlineData("sh[a[b]] ops[x] done", "sh[a[b]] ops[x] done")]
    [InlineData("9lives[x] ops[y] done", "<*>[x] ops[y] done")]
    public void Mask_NoRunOfContextFields_WordsKept(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));

    [Fact]
    public void Consolidate_StatementsAfterContextFieldsOfTwoUsers_OneTemplateEach()
    {
        var miner = new TemplateMiner();
        string[] users = ["bob", "alice"];
        string[] tokens = ["", "-"];
        string[] apps = ["etl-daily", "etl-hourly"];
        for (var i = 0; i < 80; i++)
        {
            var statement = string.Format(System.Globalization.CultureInfo.InvariantCulture, Statements[i % Statements.Length], 10 + i * 7);
            miner.Match($"USER[{users[i / 4 % 2]}] GROUP[-] TOKEN[{tokens[i / 8 % 2]}] APP[{apps[i / 16 % 2]}] "
                + $"JOB[{1000000 + i}-261207-oozie-oozi-W] {statement}");
        }

        miner.Consolidate();

        Assert.Equal(4, miner.TemplateCount);
        Assert.Contains(miner.Templates, t => t.Text == "USER[<*>] GROUP[<*>] TOKEN[<*>] APP[<*>] JOB[<*>] Job finished in <*> ms");
        Assert.All(miner.Templates, t => Assert.Equal(20, t.Count));
    }

    [Fact]
    public void Consolidate_StatementsNamedByOneBracketedWord_StayApart()
    {
        var miner = new TemplateMiner();
        string[] phases = ["commit", "abort"];
        for (var i = 0; i < 40; i++)
        {
            miner.Match($"Phase[{phases[i % 2]}] completed for transaction {100 + i}");
        }

        miner.Consolidate();

        Assert.Equal(2, miner.TemplateCount);
    }
}
