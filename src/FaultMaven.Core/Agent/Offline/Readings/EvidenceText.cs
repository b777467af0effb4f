namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>The redacted text of the case's uploads, read once per turn for the readings that need documents (state tables, reports,
/// resource limits): at most <see cref="MaxCharacters"/> of each — tables and reports open their files; a large log speaks through its
/// analysis, computed at upload.</summary>
internal sealed record EvidenceText(CaseEvidence Item, IReadOnlyList<string> Lines)
{
    private List<TextTable>? _tables;

    /// <summary>The column-aligned tables in the text, found once however many readings ask.</summary>
    public IReadOnlyList<TextTable> Tables => _tables ??= TextTable.Find(Lines);

    /// <summary>How much of each upload is read per turn.</summary>
    public const long MaxCharacters = 2_000_000;

    /// <summary>How much of all uploads together is read per turn.</summary>
    public const long MaxTotalCharacters = 8_000_000;

    public static async Task<List<EvidenceText>> ReadAsync(IReadOnlyList<CaseEvidence> evidence, CancellationToken cancellationToken)
    {
        var texts = new List<EvidenceText>();
        var total = 0L;
        // A large log has no tables or reports to read here: its analysis speaks for it. Smaller uploads first.
        foreach (var item in evidence.Where(e => e.Text.Exists && !(e.Analysis.Log is not null && e.Upload.Characters > MaxCharacters)).OrderBy(e => e.Upload.Characters))
        {
            var lines = new List<string>();
            var read = 0L;
            // Lines are cut as they are read (no 50 MB line is ever held), and reading stops at the budget.
            await foreach (var (_, text) in Model.BoundedLineReader.ReadAsync(item.Text, cancellationToken))
            {
                if (read >= MaxCharacters || total >= MaxTotalCharacters)
                {
                    break;
                }

                lines.Add(text);
                read += text.Length + 1;
                total += text.Length + 1;
            }

            texts.Add(new EvidenceText(item, lines));
        }

        return texts;
    }
}
