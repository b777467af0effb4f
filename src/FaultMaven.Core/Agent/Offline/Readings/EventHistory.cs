using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>Kubernetes events read as history: a Warning <c>Failed&lt;Verb&gt;</c> followed, further down the same event list, by the
/// Normal event of that verb succeeding (FailedCreate → SuccessfulCreate, FailedScheduling → Scheduled, FailedMount →
/// SuccessfulMountVolume, FailedAttachVolume → SuccessfulAttachVolume) was overcome: what failed afterwards failed for another reason.
/// Works on <c>kubectl describe</c> event blocks (oldest first) and on <c>kubectl get events</c> tables.</summary>
internal static partial class EventHistory
{
    /// <summary>The messages of failures a later event shows were overcome, per upload id.</summary>
    public static List<(string Upload, string Message)> Superseded(IReadOnlyList<EvidenceText> texts)
    {
        var superseded = new List<(string, string)>();
        foreach (var text in texts)
        {
            var events = new List<(string Type, string Reason, string Message)>();
            foreach (var line in text.Lines)
            {
                if (Event().Match(line) is { Success: true } m)
                {
                    events.Add((m.Groups["type"].Value, m.Groups["reason"].Value, m.Groups["rest"].Value));
                }
            }

            // From the last event back: the Normal reasons seen later, per object ("" when a row names none). Linear in the events.
            var later = new HashSet<(string Object, string Reason)>();
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var (type, reason, rest) = events[i];
                var target = ObjectOf(rest);
                if (type == "Normal")
                {
                    later.Add((target, reason.ToLowerInvariant()));
                    continue;
                }

                if (Failed().Match(reason) is not { Success: true } failed || Message(rest) is not { Length: >= 8 } message)
                {
                    continue;
                }

                if (Successes(failed.Groups[1].Value).Any(r => later.Contains((target, r))))
                {
                    superseded.Add((text.Item.Upload.Id, message));
                }
            }
        }

        return superseded;
    }

    /// <summary>The Normal reasons that say <paramref name="verb"/> succeeded (lower case).</summary>
    private static IEnumerable<string> Successes(string verb)
    {
        var v = verb.ToLowerInvariant();
        yield return $"successful{v}";
        yield return $"successful{v}volume";
        yield return v.TrimEnd('e') + "ed";
        if (v == "scheduling")
        {
            yield return "scheduled";
        }
    }

    /// <summary>The object a <c>kubectl get events</c> row names (<c>pod/api-…</c>); "" for describe blocks, which concern one object.</summary>
    private static string ObjectOf(string rest) => ObjectColumn().Match(rest) is { Success: true } m ? m.Value.ToLowerInvariant() : "";

    /// <summary>The event's message without its age and source columns: the words a signal quotes.</summary>
    private static string Message(string rest)
    {
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        var words = rest.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var message = words.Length > 0 ? words[^1] : rest;
        return colon > 0 && message.Length < 20 ? rest[(colon + 2)..] : message;
    }

    [GeneratedRegex(@"^\s*(?:\S+\s+){0,2}(?<type>Normal|Warning)\s+(?<reason>[A-Z][A-Za-z]+)\s+(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Event();

    // The OBJECT column follows the reason in a get-events row; a describe block's rest starts with the event's age instead.
    [GeneratedRegex(@"^[A-Za-z]+/[a-z0-9][a-z0-9.-]{0,252}", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectColumn();

    [GeneratedRegex(@"^Failed([A-Z][A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Failed();
}
