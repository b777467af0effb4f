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

            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].Type != "Warning" || Failed().Match(events[i].Reason) is not { Success: true } failed)
                {
                    continue;
                }

                var verb = failed.Groups[1].Value;
                if (events.Skip(i + 1).Any(e => e.Type == "Normal" && Succeeds(e.Reason, verb)))
                {
                    superseded.Add((text.Item.Upload.Id, Message(events[i].Message)));
                }
            }
        }

        return superseded;
    }

    private static bool Succeeds(string reason, string verb) =>
        reason.Equals($"Successful{verb}", StringComparison.OrdinalIgnoreCase)
        || reason.StartsWith($"Successful{verb}", StringComparison.OrdinalIgnoreCase)
        || (verb.Equals("Scheduling", StringComparison.OrdinalIgnoreCase) && reason.Equals("Scheduled", StringComparison.OrdinalIgnoreCase))
        || reason.Equals(verb.TrimEnd('e') + "ed", StringComparison.OrdinalIgnoreCase);

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

    [GeneratedRegex(@"^Failed([A-Z][A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Failed();
}
