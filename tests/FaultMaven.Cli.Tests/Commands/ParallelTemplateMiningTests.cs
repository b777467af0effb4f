using System.Text;
using FaultMaven.Cli.Commands;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Cli.Tests.Commands;

// Issue 18 (speed): the warm-up that compiles the engine's code on the idle core runs a throw-away miner beside the real one;
// whatever it does, every line's template and every template's text stay those of a run without it.
public sealed class ParallelTemplateMiningTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    // Two layouts in runs (the second is read through the mixed-file hint), values that vary, and statements that differ by
    // one word, so that consolidation has groups to fold.
    private static string MixedLog()
    {
        var text = new StringBuilder();
        var random = new Random(18);
        for (var i = 0; i < 3000; i++)
        {
            if (i / 500 % 2 == 0)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-12-06 08:{i / 60 % 60:D2}:{i % 60:D2},{random.Next(1000):D3} INFO [worker-{random.Next(8)}] pool.Scheduler: job {random.Next(100000)} {(random.Next(3) == 0 ? "started" : "finished")} on node{random.Next(40)} in {random.Next(900)} ms\n");
            }
            else
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Dec  6 08:{i / 60 % 60:D2}:{i % 60:D2} host{random.Next(5)} sshd[{random.Next(30000)}]: Failed password for {(random.Next(2) == 0 ? "root" : "admin")} from 10.0.{random.Next(256)}.{random.Next(256)} port {random.Next(65536)} ssh2\n");
            }
        }

        return text.ToString();
    }

    private static async Task<(byte[] Ids, string[] Templates)> MineAsync(string text, bool warmUp)
    {
        using var lines = LogInput.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var options = new TemplateMinerOptions();
        var miner = new TemplateMiner(options);
        using var ids = new MemoryStream();
        if (warmUp)
        {
            JitWarmup.Start(text.Split('\n').Take(400).ToList(), options, DateOnly.FromDateTime(Now.UtcDateTime));
        }

        await ParallelTemplateMining.MineAsync(lines, null, miner, ids, new FakeTimeProvider(Now), TestContext.Current.CancellationToken);
        miner.Consolidate();
        return (ids.ToArray(), [.. Enumerable.Range(1, miner.CreatedCount).Select(id => miner.GetTemplate(id).Current.Text)]);
    }

    [Fact]
    public async Task MineAsync_WithWarmUp_SameTemplatesForEveryLineAsWithout()
    {
        var text = MixedLog();

        var without = await MineAsync(text, warmUp: false);
        var with = await MineAsync(text, warmUp: true);

        Assert.Equal(3000 * sizeof(int), without.Ids.Length);
        Assert.True(without.Templates.Length > 2, "the log should open several templates");
        Assert.Equal(without.Ids, with.Ids);
        Assert.Equal(without.Templates, with.Templates);
    }
}
