using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary>
/// Gets the layout, masking and mining code compiled on a thread of its own while <c>fm logs parse</c> detects the layout.
/// The CLI runs without tiered compilation, so each method is compiled, optimised, by the thread that first calls it: the
/// main thread compiled every layout one method at a time while detecting, the workers the masking code after that, and
/// the consolidation code was compiled at the very end — each while a core sat idle. Here the first lines are read by every
/// layout (last first: detection starts with the first), then masked, matched and consolidated by a throw-away miner, which
/// compiles the code paths this file takes (and only those, so the CPU spent stays about the same); the real work then
/// finds them compiled, or waits for a compilation already under way instead of starting its own.
/// </summary>
internal static class JitWarmup
{
    /// <summary>Starts the warm-up on a background thread over <paramref name="sample"/> and returns at once. Nothing it
    /// does is seen by the real run: the miner is its own, and masking keeps no state.</summary>
    public static void Start(IReadOnlyList<string> sample, TemplateMinerOptions options, DateOnly today)
    {
        // A thread of its own, not the pool's: the pool has one thread per core, and the workers start on it next.
        var thread = new Thread(() => Run(sample, options, today)) { IsBackground = true, Name = "fm warm-up" };
        thread.Start();
    }

    private static void Run(IReadOnlyList<string> sample, TemplateMinerOptions options, DateOnly today)
    {
        try
        {
            // Its own timestamp reader and fields: nothing shared with the real run.
            var time = new TimestampParser(today);
            var fields = new LogFields();
            for (var i = LogLayouts.All.Count - 1; i >= 0; i--)
            {
                foreach (var line in sample)
                {
                    fields.Reset();
                    LogLayouts.All[i].TryParse(line, fields, time);
                }
            }

            HeaderLearner.Learn(LogLayouts.Plain, sample, time);

            var miner = new TemplateMiner(options);
            var masked = new CharBuffer();
            var shapes = new MaskedShapeCache();
            foreach (var line in sample)
            {
                masked.Clear();
                shapes.Mask(line, masked);
                miner.MatchMasked(masked.AsSpan());
            }

            miner.Consolidate();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: whatever failed here runs, and is compiled, in the real work as before.
        }
    }
}
