namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The candidates the recognizers produce for one text, before overlaps are settled.</summary>
internal sealed class Findings
{
    private static readonly Comparer<PiiEntity> ByStart = Comparer<PiiEntity>.Create(static (a, b) => a.Start.CompareTo(b.Start));
    private readonly List<PiiEntity> _items = [];

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

        // Kept spans never overlap, so sorted by start only the neighbours of a candidate's place can overlap it.
        var kept = new List<PiiEntity>(ranked.Count);
        foreach (var candidate in ranked)
        {
            var place = kept.BinarySearch(candidate, ByStart);
            place = place < 0 ? ~place : place;
            if ((place > 0 && kept[place - 1].Overlaps(candidate)) || (place < kept.Count && kept[place].Overlaps(candidate)))
            {
                continue;
            }

            kept.Insert(place, candidate);
        }

        return kept;
    }

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
