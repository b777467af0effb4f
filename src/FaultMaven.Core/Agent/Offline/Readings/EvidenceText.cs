namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>The redacted text of the case's small uploads, read once per turn for the readings that need whole documents (state
/// tables, reports, resource limits). Large uploads are logs: they speak through their analysis, computed at upload.</summary>
internal sealed record EvidenceText(CaseEvidence Item, IReadOnlyList<string> Lines)
{
    /// <summary>Uploads larger than this are not read whole per turn.</summary>
    public const long MaxCharacters = 2_000_000;

    public static async Task<List<EvidenceText>> ReadAsync(IReadOnlyList<CaseEvidence> evidence, CancellationToken cancellationToken)
    {
        var texts = new List<EvidenceText>();
        foreach (var item in evidence.Where(e => e.Upload.Characters <= MaxCharacters && File.Exists(e.ContentPath)))
        {
            texts.Add(new EvidenceText(item, await File.ReadAllLinesAsync(item.ContentPath, cancellationToken)));
        }

        return texts;
    }
}
