using System.Text.RegularExpressions;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent;

/// <summary>Commands in knowledge documents are text to cite, never steps of our own: every step taken from a document says which
/// document it is from, and a step that pipes a download into a shell (<c>curl … | sh</c>, <c>wget -O- … | bash</c>,
/// <c>iex (iwr …)</c>, <c>bash &lt;(curl …)</c>) is flagged as a risk — a runbook anyone could import must not become a remote
/// shell by way of the answer.</summary>
public static partial class RunbookSteps
{
    /// <summary>A step from <paramref name="title"/>, cited by its passage.</summary>
    public static string Attribute(string step, string title, EvidenceRef citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return $"{step} (from runbook \"{title}\" [kb:{citation.Id}])";
    }

    /// <summary>Whether <paramref name="step"/> runs whatever a server sends: a download piped or substituted into a shell or interpreter.</summary>
    public static bool PipesDownloadToShell(string step) =>
        PipedToShell().IsMatch(step) || PowerShellDownloadExecute().IsMatch(step) || SubstitutedIntoShell().IsMatch(step);

    /// <summary>The risk line for a dangerous step.</summary>
    public static string Risk(int number, string step) =>
        $"DANGEROUS — step {number} ({Source(step)}) pipes a download straight into a shell: it runs whatever that server sends, with your "
        + "privileges. Do not run it as written; fetch the script, read it, and get it from a source you trust.";

    /// <summary>Reviews a solution: steps that repeat a document's step without saying so get its attribution, and every step that pipes a
    /// download into a shell gets a risk line, first among the risks.</summary>
    /// <param name="solution">The solution to review.</param>
    /// <param name="fromDocuments">Steps known to come from documents, each with its attributed form.</param>
    public static Solution Review(Solution solution, IReadOnlyList<(string Raw, string Attributed)> fromDocuments)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(fromDocuments);
        var steps = solution.Steps.Select(step => Attribution().IsMatch(step)
            ? step
            : fromDocuments.FirstOrDefault(d => Normal(step).Contains(Normal(d.Raw), StringComparison.OrdinalIgnoreCase)) is { Attributed: { } attributed } ? attributed : step).ToList();
        var risks = steps.Select((s, i) => (s, i)).Where(p => PipesDownloadToShell(p.s)).Select(p => Risk(p.i + 1, p.s)).ToList();
        return risks.Count == 0 && steps.SequenceEqual(solution.Steps)
            ? solution
            : solution with { Steps = steps, Risks = [.. risks, .. solution.Risks.Where(r => !r.StartsWith("DANGEROUS", StringComparison.Ordinal))] };
    }

    /// <summary>The steps of <paramref name="solution"/> that carry a document's attribution, with their text before it.</summary>
    public static IReadOnlyList<(string Raw, string Attributed)> Attributed(Solution? solution) =>
        solution is null ? [] : [.. solution.Steps.Select(s => (Match: Attribution().Match(s), Step: s)).Where(p => p.Match.Success).Select(p => (p.Step[..p.Match.Index].TrimEnd(), p.Step))];

    private static string Source(string step) => Attribution().Match(step) is { Success: true } m ? $"from runbook \"{m.Groups[1].Value}\"" : "not attributed to a document";

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("""\(from runbook "([^"\n]*)" \[kb:[^\]\n]+\]\)\s*$""")]
    private static partial Regex Attribution();

    // curl/wget/… then, on the same line, a pipe into a shell or interpreter (through sudo and its flags, env or xargs).
    [GeneratedRegex(@"\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+)?(?:xargs\s+)?(?:/usr/bin/|/bin/)?(?:ba|da|z|k|c|tc|fi)?sh\b|\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:python\d?|perl|ruby|node|php|iex|invoke-expression|powershell|pwsh)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PipedToShell();

    [GeneratedRegex(@"\b(?:iex|invoke-expression)\b[\s(]*(?:iwr|irm|invoke-webrequest|invoke-restmethod|\(?\s*new-object\s+(?:system\.)?net\.webclient)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PowerShellDownloadExecute();

    [GeneratedRegex(@"\b(?:(?:ba|da|z|k)?sh|source|\.)\s+(?:-c\s+)?[""']?(?:<\(|\$\(|`)\s*(?:curl|wget|fetch)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SubstitutedIntoShell();
}
