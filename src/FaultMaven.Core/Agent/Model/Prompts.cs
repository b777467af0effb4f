using System.Globalization;
using System.Text;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent.Model;

/// <summary>What the model is told: the doctrine and its rules, then the case — the question, each upload's analysis summary and
/// findings, the offline engine's reading and the state so far (<see cref="Header"/>), followed by the raw evidence that fits the budget
/// (<see cref="ContextBuilder"/>).</summary>
internal static class Prompts
{
    // Large evidence is summarised: at most this many findings per upload.
    private const int FindingsPerUpload = 12;
    private const int TurnChars = 600;

    public const string System = """
        You are FaultMaven, a senior site-reliability engineer helping an on-call engineer during an incident.
        Follow the doctrine: blast radius (what is affected, how badly, since when) → timeline (what happened in order, the first
        anomaly, what changed) → hypotheses (ranked root causes with confidence) → validation (evidence for and against; ask for
        specific evidence with the exact command) → solution (steps, risks, how to verify, follow-ups).
        Rules:
        - Ground every claim in the case's evidence or the team's knowledge base and cite it exactly as given:
          upload:<upload id>:L<first>-L<last>, finding:<upload id>/<finding id>, kb:<chunk id>. The raw evidence below is labelled
          [upload:<upload id> L<first>–<last>] with each line's number: cite those lines. Never invent ids or line numbers;
          use get_case_data, query_logs and search_knowledge_base to find what was left out.
        - You are an advisor: never claim to have run a command or changed anything.
        - Say which phase the investigation is in and why; go back a phase when new evidence changes the picture.
        - If nothing is actually broken (a stale alert, a finished rollout, a transient blip that recovered), say so plainly.
        - root_cause: the top hypothesis in one or two sentences, at most 150 words, naming the concrete cause and component.
        Reply with one JSON object of the requested shape; put the human answer (Markdown, doctrine-structured) in "answer".
        """;

    /// <summary>Said instead of the tools when the provider refused them: everything must come from this request.</summary>
    public const string NoTools = "\nNo tools are available for this request: answer from the evidence given below only, and say what else you would need.";

    public static string Name(CaseEvidence item) => LineCues.Clean(item.Name.AsSpan(0, Math.Min(item.Name.Length, 200))).Replace('"', '\'');

    /// <summary>The question, the uploads with their summaries and findings, the offline reading and the conversation, within
    /// <paramref name="maxChars"/>.</summary>
    public static string Header(InvestigationRequest request, InvestigationOutcome draft, int maxChars)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Case {request.CaseId}. The engineer asks:\n{request.Question}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Evidence ({request.Evidence.Count} upload{(request.Evidence.Count == 1 ? "" : "s")}):\n");
        foreach (var item in request.Evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $"- upload {item.Upload.Id} \"{Name(item)}\" ({item.Upload.Classification.Type.ToString().ToLowerInvariant()}, {item.Upload.Lines} lines): {item.Analysis.Summary}\n");
            foreach (var finding in item.Analysis.Findings.Take(FindingsPerUpload))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - finding:{item.Upload.Id}/{finding.Id} [{finding.Severity}] {finding.Title} (L{finding.Evidence.First}-L{finding.Evidence.Last})\n");
            }

            if (item.Analysis.Findings.Count > FindingsPerUpload)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - … {item.Analysis.Findings.Count - FindingsPerUpload} more findings: get_case_data(\"{item.Upload.Id}\")\n");
            }

            if (text.Length > maxChars / 2)
            {
                text.Append("(more uploads: call get_case_data without arguments)\n");
                break;
            }
        }

        text.Append("\nDeterministic pre-analysis (FaultMaven's offline engine; check it, do not just repeat it):\n");
        text.Append(CultureInfo.InvariantCulture, $"- root cause candidate: {draft.RootCause}\n");
        foreach (var h in draft.State.Hypotheses.Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {h.Statement} (confidence {h.Confidence:0.00}; evidence {string.Join(", ", h.EvidenceFor.Select(Cite))})\n");
        }

        if (request.History.Count > 0)
        {
            // Long histories are compacted: older turns are counted, not repeated; each recent one is cut to a paragraph.
            text.Append(CultureInfo.InvariantCulture, $"\nConversation so far{(request.OlderTurns > 0 ? $" ({request.OlderTurns} earlier turns left out; the state below carries them)" : "")}:\n");
            foreach (var turn in request.History)
            {
                var content = turn.Content.Length > TurnChars ? turn.Content[..TurnChars] + "…" : turn.Content;
                text.Append(CultureInfo.InvariantCulture, $"- {turn.Role}: {content.ReplaceLineEndings(" ")}\n");
            }
        }

        var previous = request.Previous;
        if (previous.Hypotheses.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nState before this turn: phase {previous.Phase} ({previous.PhaseReason}); hypotheses: ");
            text.Append(string.Join("; ", previous.Hypotheses.Take(5).Select(h => $"{h.Statement} [{h.Status}, {h.Confidence:0.00}]"))).Append('\n');
        }

        return text.Length > maxChars ? text.ToString(0, maxChars) + "\n(truncated)" : text.ToString();
    }

    public static string Cite(EvidenceRef e) => e.Kind switch
    {
        EvidenceKind.Upload when e.StartLine is { } s => $"upload:{e.Id}:L{s}-L{e.EndLine ?? s}",
        EvidenceKind.Upload => $"upload:{e.Id}",
        EvidenceKind.Finding => $"finding:{e.Id}",
        EvidenceKind.KnowledgeChunk => $"kb:{e.Id}",
        EvidenceKind.PastCase => $"case:{e.Id}",
        _ => $"turn:{e.Id}",
    };
}
