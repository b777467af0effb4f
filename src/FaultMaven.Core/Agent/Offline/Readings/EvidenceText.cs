namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>The redacted text of the case's uploads, read once per turn for the readings that need documents (state tables, reports,
/// resource limits): at most <see cref="MaxCharacters"/> of each — tables and reports open their files; a large log speaks through its
/// analysis, computed at upload.</summary>
internal sealed record EvidenceText(CaseEvidence Item, IReadOnlyList<string> Lines)
{
    /// <summary>How much of each upload is read per turn.</summary>
    public const long MaxCharacters = 2_000_000;

    public static async Task<List<EvidenceText>> ReadAsync(IReadOnlyList<CaseEvidence> evidence, CancellationToken cancellationToken)
    {
        var texts = new List<EvidenceText>();
        foreach (var item in evidence.Where(e => File.Exists(e.ContentPath)))
        {
            var lines = new List<string>();
            long read = 0;
            using var reader = new StreamReader(item.ContentPath);
            while (read < MaxCharacters && await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                // Stored lines are cut at the log reader's limit; one huge line still only costs its share of the budget.
                var kept = line.Length > 100_000 ? line[..100_000] : line;
                lines.Add(kept);
                read += kept.Length + 1;
            }

            texts.Add(new EvidenceText(item, lines));
        }

        return texts;
    }
}
