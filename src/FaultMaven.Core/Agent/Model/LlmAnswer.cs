using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaultMaven.Core.Agent.Model;

/// <summary>What the model is asked to return (its JSON schema is sent where the provider supports structured output). Citations are
/// strings: <c>upload:ID:L12-L14</c>, <c>finding:UPLOAD/FINDING</c>, <c>kb:CHUNK</c>.</summary>
internal sealed record LlmAnswer
{
    [Description("The top hypothesis in one or two sentences, at most 150 words; if nothing is broken, say so")]
    public string? RootCause { get; init; }

    [Description("configuration_error, resource_exhaustion, dependency_failure, infrastructure, code_defect, healthy or unknown")]
    public string? Category { get; init; }

    [Description("blast_radius, timeline, hypotheses, validation or solution")]
    public string? Phase { get; init; }

    [Description("Why the investigation is in this phase: why it advanced, stayed or went back")]
    public string? PhaseReason { get; init; }

    public LlmBlastRadius? BlastRadius { get; init; }

    public List<LlmTimelineEntry>? Timeline { get; init; }

    [Description("Ranked, most likely first")]
    public List<LlmHypothesis>? Hypotheses { get; init; }

    public List<LlmEvidenceRequest>? EvidenceRequests { get; init; }

    public LlmSolution? Solution { get; init; }

    [Description("The answer for the engineer in Markdown, structured by the doctrine, citing evidence in [brackets]")]
    public string? Answer { get; init; }
}

internal sealed record LlmBlastRadius(List<string>? Services, List<string>? Hosts, List<string>? Endpoints, string? Users,
    [property: Description("low, medium, high or critical")] string? Severity, string? Since, List<string>? Evidence);

internal sealed record LlmTimelineEntry(string? At, string? Event, List<string>? Evidence);

internal sealed record LlmHypothesis(string? Statement, double? Confidence,
    [property: Description("proposed, supported or refuted")] string? Status, List<string>? EvidenceFor, List<string>? EvidenceAgainst);

internal sealed record LlmEvidenceRequest(string? What, string? Why, [property: Description("The exact command or place, if any")] string? How);

internal sealed record LlmSolution(List<string>? Steps, List<string>? Risks, List<string>? Verification, List<string>? FollowUps);

/// <summary>Reads the model's answer however it came: plain JSON, JSON in a code fence, or JSON inside prose; snake_case or
/// camelCase; trailing commas and comments tolerated.</summary>
internal static class TolerantJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static readonly JsonSerializerOptions CamelCase = new(Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static LlmAnswer? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var candidate in Candidates(text))
        {
            foreach (var options in new[] { Options, CamelCase })
            {
                try
                {
                    if (JsonSerializer.Deserialize<LlmAnswer>(candidate, options) is { } answer && (answer.RootCause is not null || answer.Hypotheses is { Count: > 0 }))
                    {
                        return answer;
                    }
                }
                catch (JsonException)
                {
                    // Try the next reading.
                }
            }
        }

        return null;
    }

    /// <summary>The whole text, then every balanced {…} span in it, longest first.</summary>
    private static IEnumerable<string> Candidates(string text)
    {
        yield return text.Trim();
        var spans = new List<string>();
        for (var start = text.IndexOf('{', StringComparison.Ordinal); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var depth = 0;
            var inString = false;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    spans.Add(text[start..(i + 1)]);
                    break;
                }
            }

            if (spans.Count >= 8)
            {
                break;
            }
        }

        foreach (var span in spans.OrderByDescending(s => s.Length))
        {
            yield return span;
        }
    }
}
