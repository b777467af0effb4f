using System.Text.RegularExpressions;
using FaultMaven.Core.Agent.Safety;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Agent;

/// <summary>Commands in knowledge documents are text to cite, never steps of our own: every step taken from a document says which
/// document it is from, and a step that lets a download reach an interpreter (<c>curl … | sh</c>, <c>curl -o f … &amp;&amp; bash f</c>,
/// <c>eval "$(curl …)"</c>, <c>iex (iwr …)</c>) or destroys something (<c>rm -rf /</c>, <c>dd of=/dev/sda</c>, <c>DROP DATABASE</c>)
/// is flagged as a risk — a runbook anyone could import must not become a remote shell or a wipe by way of the answer.</summary>
public static partial class RunbookSteps
{
    /// <summary>A step from <paramref name="title"/>, cited by its passage.</summary>
    public static string Attribute(string step, string title, EvidenceRef citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return $"{step} (from runbook \"{title}\" [kb:{citation.Id}])";
    }

    /// <summary>Whether <paramref name="step"/> runs whatever a server sends: downloaded content reaching a shell or interpreter (piped,
    /// substituted, redirected, or saved and then run), read as a shell reads the command.</summary>
    public static bool PipesDownloadToShell(string step) => Dangers(step).Any(d => d.RemoteCode);

    /// <summary>What a shell running <paramref name="step"/> would do that must not be done as written: remote code or destruction
    /// (<see cref="CommandSafety"/>), in the order found.</summary>
    public static IReadOnlyList<CommandDanger> Dangers(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var dangers = CommandSafety.Judge(Attribution().Match(step) is { Success: true } m ? step[..m.Index] : step);
        return PowerShellDownloadExecute().IsMatch(step) && !dangers.Any(d => d.RemoteCode)
            ? [new CommandDanger(true, "runs a download's content as a program (substituted into an interpreter)"), .. dangers]
            : dangers;
    }

    /// <summary>The risk line for a dangerous step (null when it is not dangerous).</summary>
    public static string Risk(int number, string step) => Dangers(step) is [var first, ..] dangers
        ? $"DANGEROUS — step {number} ({Source(step)}) {string.Join("; it also ", dangers.Select(d => d.What))}: "
            + (first.RemoteCode
                ? "it runs whatever that server sends, with your privileges. Do not run it as written; fetch the script, read it, and get it from a source you trust."
                : "it cannot be undone. Do not run it as written; check that the target is the one you mean and that a backup exists.")
        : "";

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
        var risks = steps.Select((s, i) => Risk(i + 1, s)).Where(r => r.Length > 0).ToList();
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

    [GeneratedRegex(@"\b(?:iex|invoke-expression)\b[\s(]*(?:iwr|irm|invoke-webrequest|invoke-restmethod|\(?\s*new-object\s+(?:system\.)?net\.webclient)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PowerShellDownloadExecute();
}
