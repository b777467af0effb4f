using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The candidates the recognizers produce for one text, before overlaps are settled.</summary>
internal sealed class Findings
{
    private static readonly Comparer<PiiEntity> ByStart = Comparer<PiiEntity>.Create(static (a, b) => a.Start.CompareTo(b.Start));
    private readonly List<PiiEntity> _items = [];
    private (string Text, NumberScan Scan)? _numbers;

    /// <summary>Gets the number-shaped candidates of <paramref name="text"/>, read once for all the recognizers that want them
    /// (cards, SSNs, IBANs, phone numbers): the findings of one text are where its recognizers meet.</summary>
    public NumberScan Numbers(string text)
    {
        if (_numbers is not { } numbers || !ReferenceEquals(numbers.Text, text))
        {
            numbers = (text, NumberScan.Of(text));
            _numbers = numbers;
        }

        return numbers.Scan;
    }

    /// <summary>Gets the candidates found so far, unsettled (what one recognizer added, for its tests).</summary>
    public IReadOnlyList<PiiEntity> Candidates => _items;

    public void Add(PiiType type, int start, int end, double score)
    {
        if (end > start)
        {
            _items.Add(new PiiEntity(type, start, end, Math.Clamp(score, 0, 1)));
        }
    }

    /// <summary>Keeps the best candidates that do not overlap: a token with a recognisable format wins over its container
    /// (a JWT over the Bearer header it sits in), then the higher score, then the longer span.</summary>
    public List<PiiEntity> Resolve(double minimumScore)
    {
        var ranked = _items.Where(e => e.Score >= minimumScore).ToList();
        ranked.Sort(static (a, b) =>
        {
            var byPrecedence = Precedence(b.Type).CompareTo(Precedence(a.Type));
            if (byPrecedence != 0)
            {
                return byPrecedence;
            }

            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : b.Length.CompareTo(a.Length);
        });

        // A candidate is kept when none of its characters is taken yet: a vectorised check of a map of taken characters, so the
        // settling stays linear however many candidates a text holds (inserting into a sorted list was quadratic).
        var length = ranked.Count == 0 ? 0 : ranked.Max(e => e.End);
        var taken = ArrayPool<bool>.Shared.Rent(length);
        try
        {
            Array.Clear(taken, 0, length);
            var kept = new List<PiiEntity>(ranked.Count);
            foreach (var candidate in ranked)
            {
                var span = taken.AsSpan(candidate.Start, candidate.Length);
                if (!span.Contains(true))
                {
                    span.Fill(true);
                    kept.Add(candidate);
                }
            }

            kept.Sort(ByStart);
            return kept;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Precedence(PiiType type) => type switch
    {
        PiiType.PrivateKey => 100,
        PiiType.Jwt => 95,
        PiiType.GitHubToken or PiiType.SlackToken or PiiType.ApiKey or PiiType.AwsAccessKey => 90,
        PiiType.AwsSecretKey => 85,
        PiiType.BasicAuth => 80,
        PiiType.UrlCredentials or PiiType.ConnectionString => 75,
        PiiType.BearerToken => 70,
        PiiType.GenericSecret => 60,
        PiiType.Email => 55,
        PiiType.Iban or PiiType.CreditCard => 50,
        PiiType.UsSsn or PiiType.Mac => 45,
        PiiType.IPv4 or PiiType.IPv6 => 40,
        PiiType.Phone => 30,
        _ => 20,
    };
}
