using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Cases.Similar;

/// <summary>What a case is compared by: its title (the question), the evidence the investigation summarised (blast radius and
/// timeline), its root cause and its fix. Case text is stored redacted, so nothing here needs redacting again.</summary>
public static class IncidentText
{
    /// <summary>The most characters of one case compared (the embedder reads about 2,000 anyway).</summary>
    public const int MaxChars = 4000;

    /// <summary>Gets the established root cause: the supported hypotheses, most confident first; null when none is.</summary>
    public static string? RootCause(Case value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var supported = value.Investigation.Hypotheses.Where(h => h.Status == HypothesisStatus.Supported).OrderByDescending(h => h.Confidence).Select(h => h.Statement).ToList();
        return supported.Count == 0 ? null : string.Join(" ", supported);
    }

    /// <summary>Gets the text a resolved case is found by.</summary>
    public static string Of(Case value) => Describe(value, null);

    /// <summary>Gets the hash a case's vector is kept under: a case re-resolved with another cause or fix has another text, so
    /// another hash, and is embedded again.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Gets the text a case looks for its like with: the same parts, with the question asked now and the leading hypotheses
    /// in place of an established cause.</summary>
    public static string Query(Case value, string? question) => Describe(value, question);

    private static string Describe(Case value, string? question)
    {
        ArgumentNullException.ThrowIfNull(value);
        var state = value.Investigation;
        var text = new StringBuilder(value.Title).Append('\n');
        if (!string.IsNullOrWhiteSpace(question))
        {
            text.Append(question.Trim()).Append('\n');
        }

        if (state.BlastRadius is { } blast)
        {
            text.AppendJoin(", ", blast.Services.Concat(blast.Hosts).Concat(blast.Endpoints)).Append('\n');
        }

        foreach (var entry in state.Timeline.Take(10))
        {
            text.Append(entry.Event).Append('\n');
        }

        var causes = state.Hypotheses.Where(h => h.Status == HypothesisStatus.Supported).ToList();
        foreach (var hypothesis in (causes.Count > 0 ? causes : state.Hypotheses.Where(h => h.Status != HypothesisStatus.Refuted).OrderByDescending(h => h.Confidence).Take(2)))
        {
            text.Append(hypothesis.Statement).Append('\n');
        }

        foreach (var step in state.Solution?.Steps ?? [])
        {
            text.Append(step).Append('\n');
        }

        return text.Length <= MaxChars ? text.ToString() : text.ToString(0, MaxChars);
    }
}
