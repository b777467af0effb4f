using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary>
/// Gets the masking and mining code compiled on a thread of its own while <c>fm logs parse</c> detects the layout. The CLI
/// runs without tiered compilation, so each method is compiled, optimised, by the thread that first calls it: the workers
/// compiled the masking code one method at a time after detection, and the consolidation code was compiled at the very
/// end, when only one thread works — both while a core sat idle. Here the first lines are masked, matched and consolidated
/// by a throw-away miner on the idle core, which compiles the code paths this file takes (and only those, so the CPU spent
/// stays the same); the real work then finds them compiled, or waits for a compilation already under way.
/// </summary>
internal static class JitWarmup
{
    /// <summary>Starts the warm-up on a background thread over <paramref name="sample"/> and returns at once. Nothing it
    /// does is seen by the real run: the miner is its own, and masking keeps no state.</summary>
    public static void Start(IReadOnlyList<string> sample, TemplateMinerOptions options)
    {
        // A thread of its own, not the pool's: the pool has one thread per core, and the workers start on it next.
        var thread = new Thread(() => Run(sample, options)) { IsBackground = true, Name = "fm warm-up" };
        thread.Start();
    }

    private static void Run(IReadOnlyList<string> sample, TemplateMinerOptions options)
    {
        try
        {
            var miner = new TemplateMiner(options);
            var masked = new CharBuffer();
            foreach (var line in sample)
            {
                masked.Clear();
                MessageMasker.Mask(line, masked);
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
