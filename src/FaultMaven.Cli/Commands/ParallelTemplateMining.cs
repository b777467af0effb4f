using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Threading.Channels;
using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Cli.Commands;

/// <summary>
/// The engine of <c>fm logs parse</c>: lines are read on one thread, each line's layout read and its message masked on
/// every core, and templates matched in input order on the caller's thread — the miner's result depends on the order it
/// sees messages in, so only it stays serial, and with masking done elsewhere it is mostly one hash lookup per line.
/// Every line is its own message (no continuation or partial-line joining): the output has one row per input line.
/// </summary>
internal static class ParallelTemplateMining
{
    /// <summary>Mines every line of <paramref name="lines"/>, writing each line's template id (0 for a blank line) to
    /// <paramref name="ids"/> as a little-endian int; returns the number of lines. <paramref name="timeProvider"/> gives the date
    /// assumed for timestamps without one.</summary>
    public static async Task<long> MineAsync(LineReader lines, LogLayout? layout, TemplateMiner miner, Stream ids, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var time = new TimestampParser(today);

        // The layout is detected from the first lines, as LogEventReader does; they are the first batch.
        var first = new LineBatch();
        while (first.Count < LayoutDetector.SampleLines * 2 && lines.TryReadLineChars(out var line))
        {
            first.Add(line);
        }

        layout ??= LayoutDetector.Detect([.. Enumerable.Range(0, first.Count).Select(i => first.Line(i).ToString())], time).Layout;

        var workers = Math.Max(1, Environment.ProcessorCount);
        var pool = new ConcurrentBag<LineBatch>();
        // Each batch holds a few megabytes of large-object heap: two in order per worker keep every worker fed (the reader is
        // several times faster than they are) with six batches alive instead of ten (peak RSS 110 → 81 MB).
        var work = Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(workers * 2) { SingleWriter = true });
        var ordered = Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(workers * 2) { SingleWriter = true, SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = new List<Task>
        {
            Task.Run(() => ReadAsync(lines, first, pool, work.Writer, ordered.Writer, stop.Token), stop.Token),
        };
        for (var i = 0; i < workers; i++)
        {
            tasks.Add(Task.Run(() => MaskAsync(layout, time, work.Reader, stop.Token), stop.Token));
        }

        long count = 0;
        var buffer = new byte[LineBatch.Size * sizeof(int)];
        try
        {
            await foreach (var batch in ordered.Reader.ReadAllAsync(cancellationToken))
            {
                await batch.Masked.Task;
                for (var i = 0; i < batch.Count; i++)
                {
                    var id = batch.IsBlank(i) ? 0 : miner.MatchMasked(batch.MaskedLine(i)).Id;
                    BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(i * sizeof(int)), id);
                }

                await ids.WriteAsync(buffer.AsMemory(0, batch.Count * sizeof(int)), cancellationToken);
                count += batch.Count;
                batch.Reset();
                pool.Add(batch);
            }

            await Task.WhenAll(tasks);
        }
        catch
        {
            // The reader may be blocked on a full channel and the workers waiting for work: stop them before leaving.
            await stop.CancelAsync();
            await Task.WhenAll(tasks).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        return count;
    }

    private static async Task ReadAsync(LineReader lines, LineBatch first, ConcurrentBag<LineBatch> pool, ChannelWriter<LineBatch> work, ChannelWriter<LineBatch> ordered, CancellationToken cancellationToken)
    {
        try
        {
            var batch = first;
            var more = true;
            while (true)
            {
                while (!batch.IsFull && (more = lines.TryReadLineChars(out var line)))
                {
                    batch.Add(line);
                }

                if (batch.Count == 0)
                {
                    break;
                }

                // In order first, so that the miner never waits on a batch that no worker can see yet. Waiting for room
                // yields the thread rather than spinning: on two cores the spinning would take a worker's time.
                await ordered.WriteAsync(batch, cancellationToken);
                await work.WriteAsync(batch, cancellationToken);
                if (!more)
                {
                    break;
                }

                batch = pool.TryTake(out var reused) ? reused : new LineBatch();
            }

            work.Complete();
            ordered.Complete();
        }
        catch (Exception ex)
        {
            work.Complete(ex);
            ordered.Complete(ex);
        }
    }

    private static async Task MaskAsync(LogLayout layout, TimestampParser time, ChannelReader<LineBatch> work, CancellationToken cancellationToken)
    {
        var fields = new LogFields();
        // Each worker its own memo of masked shapes: no locks, and the output does not depend on which worker masked a line.
        var shapes = new MaskedShapeCache();
        await foreach (var batch in work.ReadAllAsync(cancellationToken))
        {
            try
            {
                // A parser per batch: its hint for mixed files then depends on the batch alone, not on which batches this
                // worker happened to take, and the output is the same from run to run.
                batch.Mask(new LineParser(layout, time), fields, shapes);
                batch.Masked.SetResult();
            }
            catch (Exception ex)
            {
                batch.Masked.SetException(ex);
                throw;
            }
        }
    }

    // A run of lines, end to end in one buffer, and, once a worker has been through it, their masked messages in another.
    // Lines are kept as characters, not strings: a batch waits in the channels while the collector runs, and thousands of
    // strings alive across every collection would be copied from generation to generation.
    private sealed class LineBatch
    {
        public const int Size = 8192;

        // A batch of long lines is full sooner: six batches alive of 8,192 lines of up to 64 K characters each would hold
        // gigabytes. Lines of 256 characters on average or less fill a batch by count first, so batches are as before.
        private const int MaxChars = Size * 256;

        // Room for lines of 160 characters on average, so that a batch of longer lines does not double its buffer.
        private readonly CharBuffer _text = new(Size * 160);
        private readonly int[] _lineEnds = new int[Size];
        // Masked words recalled from the worker's memo of shapes are not copied: the line keeps the memo's string. The buffer
        // holds the others' (most lines' in a log of few repeated shapes, where it grows to what they need).
        private readonly string?[] _known = new string?[Size];
        private readonly CharBuffer _masked = new(Size * 16);
        private readonly int[] _starts = new int[Size];
        private readonly int[] _ends = new int[Size];

        public int Count { get; private set; }

        public bool IsFull => Count == Size || _text.Length >= MaxChars;

        public TaskCompletionSource Masked { get; private set; } = NewSignal();

        public void Add(ReadOnlySpan<char> line)
        {
            _text.Append(line);
            _lineEnds[Count++] = _text.Length;
        }

        public ReadOnlySpan<char> Line(int i) => LineText(i).Span;

        private ReadOnlyMemory<char> LineText(int i) => _text.AsMemory(i == 0 ? 0 : _lineEnds[i - 1], _lineEnds[i] - (i == 0 ? 0 : _lineEnds[i - 1]));

        public bool IsBlank(int i) => _ends[i] < 0;

        public ReadOnlySpan<char> MaskedLine(int i) => _known[i] is { } known ? known : _masked.AsSpan()[_starts[i].._ends[i]];

        public void Mask(LineParser parser, LogFields fields, MaskedShapeCache shapes)
        {
            _masked.Clear();
            for (var i = 0; i < Count; i++)
            {
                var line = LineText(i);
                if (line.Span.IsWhiteSpace())
                {
                    _known[i] = null;
                    _ends[i] = -1;
                    continue;
                }

                // The layouts give the message as a slice of the line where they can: no string per line.
                // The headline: what follows a newline inside a structured message is detail.
                var message = parser.ReadMessageText(line, fields).Span;
                var newline = message.IndexOf('\n');
                _starts[i] = _masked.Length;
                _known[i] = shapes.Recall(newline < 0 ? message : message[..newline], _masked);
                _ends[i] = _masked.Length;
            }
        }

        public void Reset()
        {
            Array.Clear(_known, 0, Count);
            _text.Clear();
            Count = 0;
            Masked = NewSignal();
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
