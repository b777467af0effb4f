using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>Names each upload of a case by what it holds instead of by its id: <c>ev-</c> and the start of the SHA-256 of its name and
/// redacted text. Two cases given the same file have the same labels, so an answer stored with labels in place of ids can be given to
/// the other case with its own ids put back. The case's own id gets the label <c>ev-case</c>.</summary>
public sealed partial class EvidenceLabels
{
    private const string CaseLabel = "ev-case";

    private readonly string _caseId;
    private readonly Dictionary<string, string> _labelOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idOf = new(StringComparer.Ordinal);

    private EvidenceLabels(string caseId) => _caseId = caseId;

    /// <summary>Gets the labels of every upload, in order, for the cache's bucket.</summary>
    public IReadOnlyList<string> Labels => [.. _labelOf.Values.Order(StringComparer.Ordinal)];

    /// <summary>Labels every upload, reading the redacted text of those <paramref name="known"/> does not hold yet (an upload's text
    /// never changes, so a label is worked out once per upload) and adding their labels to it.</summary>
    public static async Task<EvidenceLabels> CreateAsync(string caseId, IReadOnlyList<CaseEvidence> evidence, System.Collections.Concurrent.ConcurrentDictionary<string, string>? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var labels = new EvidenceLabels(caseId);
        foreach (var item in evidence)
        {
            if (known is not null && known.TryGetValue(item.Upload.Id, out var remembered))
            {
                labels.Add(item.Upload.Id, remembered);
                continue;
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes(item.Name + "\n"));
            await using (var text = item.Text.OpenRead())
            {
                var buffer = new byte[1 << 16];
                for (int read; (read = await text.ReadAsync(buffer, cancellationToken)) > 0;)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }

            var label = "ev-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
            labels.Add(item.Upload.Id, label);
            known?.TryAdd(item.Upload.Id, label);
        }

        return labels;
    }

    private void Add(string uploadId, string label)
    {
        _labelOf[uploadId] = label;
        // Two uploads with the same name and text are the same evidence: either id answers for it.
        _idOf.TryAdd(label, uploadId);
    }

    /// <summary>Replaces every upload id of the case, and the case id, by its label.</summary>
    public string ToLabels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labelled = text.Replace(_caseId, CaseLabel, StringComparison.Ordinal);
        foreach (var (id, label) in _labelOf)
        {
            labelled = labelled.Replace(id, label, StringComparison.Ordinal);
        }

        return labelled;
    }

    /// <summary>Whether <paramref name="labelled"/> still names an upload by id (one this case does not have, e.g. invented
    /// by the model): such an answer could not be given to another case.</summary>
    public static bool NamesIds(string labelled) => ForeignId().IsMatch(labelled);

    /// <summary>Puts this case's ids back in place of the labels; null when a label names evidence this case does not have.</summary>
    public string? FromLabels(string labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var unmapped = false;
        var text = Label().Replace(labelled, m =>
        {
            if (m.Value == CaseLabel)
            {
                return _caseId;
            }

            if (_idOf.TryGetValue(m.Value, out var id))
            {
                return id;
            }

            unmapped = true;
            return m.Value;
        });
        return unmapped ? null : text;
    }

    [GeneratedRegex(@"\bev-(?:case|[0-9a-f]{16})\b")]
    private static partial Regex Label();

    [GeneratedRegex(@"\bdat_[0-9a-f]{32}\b")]
    private static partial Regex ForeignId();
}
