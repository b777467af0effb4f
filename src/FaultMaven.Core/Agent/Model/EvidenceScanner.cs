using FaultMaven.Core.Data;

namespace FaultMaven.Core.Agent.Model;

/// <summary>Reads one large upload once, with bounded memory, and keeps only the lines worth showing: those the analysis points at
/// (known before reading), the first occurrence of each kind of line that names a cause, the first error and warning, unhealthy state
/// rows, lines holding a phrase the engineer quoted, evenly spaced samples, and the head and tail.</summary>
internal sealed class EvidenceScanner
{
    private const int Context = 2;
    private const int MaxDynamic = 300;
    private const int MaxShapes = 50_000;
    private const int EdgeChars = 12_000;
    private const int Samples = 150;

    private readonly HashSet<long> _wanted;
    private readonly IReadOnlyList<string> _phrases;
    private readonly long _sampleEvery;

    /// <summary>Creates a scanner for an upload of <paramref name="lines"/> lines that keeps <paramref name="wanted"/>.</summary>
    public EvidenceScanner(IEnumerable<long> wanted, IReadOnlyList<string> phrases, long lines)
    {
        _wanted = [.. wanted];
        _phrases = phrases;
        _sampleEvery = Math.Max(1, lines / Samples);
    }

    /// <summary>The lines kept, by number.</summary>
    public Dictionary<long, string> Lines { get; } = [];

    /// <summary>The excerpts found while reading (the analysis' own are the caller's).</summary>
    public List<Excerpt> Found { get; } = [];

    /// <summary>The number of lines read.</summary>
    public long Total { get; private set; }

    /// <summary>Reads <paramref name="stored"/>.</summary>
    public async Task ScanAsync(StoredText stored, CancellationToken cancellationToken)
    {
        var ring = new Queue<(long, string)>(Context + 1);
        var pending = new List<(Dynamic Item, int Left)>();
        var dynamic = new PriorityQueue<Dynamic, double>();
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var tail = new Queue<(long, string)>();
        var tailChars = 0;
        var headChars = 0;
        long head = 0;
        var states = new StateRows();
        bool firstError = false, firstWarning = false;

        await foreach (var (n, text) in BoundedLineReader.ReadAsync(stored, cancellationToken))
        {
            Total = n;
            if (_wanted.Contains(n) || n % _sampleEvery == 0)
            {
                Lines[n] = text;
            }

            if (headChars < EdgeChars)
            {
                Lines[n] = text;
                headChars += text.Length + 8;
                head = n;
            }

            tail.Enqueue((n, text));
            tailChars += text.Length + 8;
            while (tailChars > EdgeChars && tail.Count > 1)
            {
                tailChars -= tail.Dequeue().Item2.Length + 8;
            }

            for (var i = pending.Count - 1; i >= 0; i--)
            {
                pending[i].Item.Lines[n] = text;
                pending[i] = (pending[i].Item, pending[i].Left - 1);
                if (pending[i].Left == 0)
                {
                    pending.RemoveAt(i);
                }
            }

            var (score, why) = Read(text, states, shapes, ref firstError, ref firstWarning);
            if (score > 0 && (dynamic.Count < MaxDynamic || dynamic.TryPeek(out _, out var least) && score > least))
            {
                var item = new Dynamic(n, score, why, LineCues.Shape(text));
                foreach (var (before, line) in ring)
                {
                    item.Lines[before] = line;
                }

                item.Lines[n] = text;
                if (dynamic.Count >= MaxDynamic)
                {
                    dynamic.Dequeue();
                }

                dynamic.Enqueue(item, score);
                pending.Add((item, Context));
            }

            ring.Enqueue((n, text));
            if (ring.Count > Context)
            {
                ring.Dequeue();
            }
        }

        foreach (var (n, text) in tail)
        {
            Lines[n] = text;
        }

        if (Total > 0)
        {
            Found.Add(new Excerpt(1, Math.Min(head, 3), 0.5, "start"));
            Found.Add(new Excerpt(1, head, 0.16, "head"));
            Found.Add(new Excerpt(tail.Peek().Item1, Total, 0.15, "tail"));
        }

        for (var n = _sampleEvery; n <= Total && _sampleEvery > 1; n += _sampleEvery)
        {
            Found.Add(new Excerpt(n, n, 0.1, "sample"));
        }

        while (dynamic.TryDequeue(out var item, out _))
        {
            foreach (var (n, text) in item.Lines)
            {
                Lines[n] = text;
            }

            // A kind of line seen thousands of times says less than one seen once.
            var count = shapes.TryGetValue(item.Shape, out var c) ? c : 1;
            Found.Add(new Excerpt(item.Lines.Keys.Min(), item.Lines.Keys.Max(), item.Score / (1 + 0.2 * Math.Log10(count)), item.Why));
        }
    }

    private (double Score, string Why) Read(string text, StateRows states, Dictionary<string, int> shapes, ref bool firstError, ref bool firstWarning)
    {
        var unhealthy = states.Unhealthy(text) || LineCues.IsUnhealthyCondition(text);
        var strength = LineCues.Strength(text);
        var quoted = _phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
        var error = LineCues.IsError(text);
        var warning = !error && LineCues.IsWarning(text);
        if (!unhealthy && strength == 0 && !quoted && !error && !warning)
        {
            return (0, "");
        }

        var shape = LineCues.Shape(text);
        var seen = shapes.TryGetValue(shape, out var count);
        if (seen || shapes.Count < MaxShapes)
        {
            shapes[shape] = count + 1;
        }

        var first = error && !firstError || warning && !firstWarning;
        firstError |= error;
        firstWarning |= warning;
        if (seen && !first)
        {
            return (0, "");
        }

        var (score, why) = (strength, "cue words");
        if (unhealthy && score < 0.8)
        {
            (score, why) = (0.8, "state not healthy");
        }

        if (quoted && score < 0.85)
        {
            (score, why) = (0.85, "the phrase asked about");
        }

        if (first && score < 0.8)
        {
            (score, why) = (0.8, error ? "first error" : "first warning");
        }

        return (score, why);
    }

    private sealed class Dynamic(long line, double score, string why, string shape)
    {
        public long Line { get; } = line;

        public double Score { get; } = score;

        public string Why { get; } = why;

        public string Shape { get; } = shape;

        public SortedDictionary<long, string> Lines { get; } = [];
    }
}
