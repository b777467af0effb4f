using FaultMaven.Core.Common;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary>
/// Gets the layout, masking and mining code compiled on a thread of its own while <c>fm logs parse</c> opens the file and
/// detects the layout. The CLI runs without tiered compilation, so each method is compiled, optimised, by the thread that
/// first calls it: the main thread compiled every layout one method at a time while detecting, the workers the masking code
/// after that, and the consolidation code was compiled at the very end — each while a core sat idle. Here the file's first
/// lines, read again by the thread itself so that it starts before the main thread has read them, are masked and matched
/// by a throw-away miner (the workers need that code the moment detection ends), read by every layout (last first: detection
/// starts with the first), and consolidated: the code paths this file takes, and only those, so the CPU spent stays about
/// the same. The real work then finds them compiled, or waits for a compilation already under way instead of starting its own.
/// </summary>
internal static class JitWarmup
{
    // 400 lines of up to 640 bytes; longer lines give a smaller sample, which only warms less.
    private const int SampleBytes = 256 * 1024;

    /// <summary>Starts the warm-up on a background thread over the first lines of the file at <paramref name="path"/>
    /// (its first 256 KB read again) and returns at once. Nothing it does is seen by the real run: the reader, the
    /// miner and the timestamp reader are its own, and masking keeps no state.</summary>
    public static void Start(string path, ExpansionLimit limit, TemplateMinerOptions options, TimeProvider timeProvider) =>
        StartThread(() => Run(ReadSample(path, limit), options, DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime)));

    /// <summary>Starts the warm-up on a background thread over <paramref name="sample"/> and returns at once.</summary>
    public static void Start(IReadOnlyList<string> sample, TemplateMinerOptions options, DateOnly today) =>
        StartThread(() => Run(sample, options, today));

    // A thread of its own, not the pool's: the pool has one thread per core, and the workers start on it next.
    private static void StartThread(Action run) => new Thread(() =>
    {
        try
        {
            run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: whatever failed here runs, and is compiled, in the real work as before.
        }
    }) { IsBackground = true, Name = "fm warm-up" }.Start();

    // As many lines as the layout is detected from, within the file's first bytes: a file of a few very long lines is not
    // read to its end a second time.
    private static List<string> ReadSample(string path, ExpansionLimit limit)
    {
        var prefix = new byte[SampleBytes];
        int read;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1))
        {
            read = file.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        }

        using var lines = LogInput.Open(new MemoryStream(prefix, 0, read), limit: limit);
        var sample = new List<string>();
        while (sample.Count < LayoutDetector.SampleLines * 2 && lines.TryReadLineChars(out var line))
        {
            sample.Add(line.ToString());
        }

        return sample;
    }

    private static void Run(IReadOnlyList<string> sample, TemplateMinerOptions options, DateOnly today)
    {
        // Masking first: the main thread compiles the layouts itself while it detects, and the workers mask the moment
        // detection ends.
        var miner = new TemplateMiner(options);
        var masked = new CharBuffer();
        var shapes = new MaskedShapeCache();
        foreach (var line in sample)
        {
            masked.Clear();
            shapes.Mask(line, masked);
            miner.MatchMasked(masked.AsSpan());
        }

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
        miner.Consolidate();
    }
}
