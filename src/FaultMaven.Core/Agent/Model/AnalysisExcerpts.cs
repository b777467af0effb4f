using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Agent.Model;

/// <summary>The lines an upload's analysis already points at, before any reading: findings, the first lines of error and warning
/// templates (rarer first), rare and new templates, an example of every other template, exceptions, anomalies, metric change
/// points and pod rows.</summary>
internal static class AnalysisExcerpts
{
    private const int MaxRangeLines = 12;

    /// <summary>The excerpts of <paramref name="item"/>'s analysis, in no particular order.</summary>
    public static List<Excerpt> For(CaseEvidence item)
    {
        var excerpts = new List<Excerpt>();
        var analysis = item.Analysis;
        foreach (var finding in analysis.Findings.Where(f => f.Evidence.Unit == "line"))
        {
            var score = finding.Severity switch { FindingSeverity.Error => 0.9, FindingSeverity.Warning => 0.75, _ => 0.45 };
            Add(excerpts, finding.Evidence.First, finding.Evidence.Last, 1, score, $"finding {finding.Id}: {finding.Title}");
        }

        if (analysis.Log is { } log)
        {
            foreach (var t in log.Templates)
            {
                // Rare templates say more than frequent ones; errors and warnings more than the rest.
                var rarity = 1 / (1 + 0.15 * Math.Log10(Math.Max(1, t.Count)));
                var level = t.Errors > 0 || t.Level is "error" or "fatal" or "critical" ? 0.85 : t.Warnings > 0 || t.Level is "warn" or "warning" ? 0.72 : 0.3;
                var first = t.ExampleLines.Count > 0 ? t.ExampleLines[0] : t.FirstLine;
                Add(excerpts, first, first, level >= 0.7 ? 1 : 0, level * rarity, $"template seen {t.Count}×");
                if (level >= 0.7 && t.LastLine > first)
                {
                    Add(excerpts, t.LastLine, t.LastLine, 0, level * rarity * 0.7, $"last of a template seen {t.Count}×");
                }
            }

            foreach (var t in log.RareTemplates.Concat(log.NewTemplates))
            {
                Add(excerpts, t.FirstLine, t.FirstLine, 1, 0.6, t.Count <= 2 ? "rare line" : "new late in the log");
            }

            foreach (var e in log.Exceptions)
            {
                foreach (var line in e.ExampleLines.Take(1))
                {
                    Add(excerpts, line, line + 4, 1, 0.8, $"exception {e.Type}");
                }
            }

            foreach (var a in log.Anomalies.Where(a => a.EvidenceLines.Count > 0))
            {
                Add(excerpts, a.EvidenceLines[0], a.EvidenceLines[0], 1, 0.45 + 0.4 * a.Severity, a.Summary);
            }

            if (log.IncidentStart is { EvidenceLines.Count: > 0 } start)
            {
                Add(excerpts, start.EvidenceLines[0], start.EvidenceLines[0], 2, 0.9, "where the incident most likely began");
            }
        }

        foreach (var e in analysis.Metrics?.Events.Where(e => e.Evidence.Unit == "line") ?? [])
        {
            Add(excerpts, e.Evidence.First, e.Evidence.Last, 1, 0.7, $"{e.Series}: {e.Kind}");
        }

        foreach (var pod in analysis.Kubernetes?.Pods.Where(p => p.Line > 0) ?? [])
        {
            var healthy = pod.Phase is "Running" or "Succeeded" or "Completed" && pod.Reason is null && pod.Restarts == 0;
            Add(excerpts, pod.Line, pod.Line, 0, healthy ? 0.2 : 0.8, $"pod {pod.Name}");
        }

        foreach (var e in analysis.Kubernetes?.Events.Where(e => e.Evidence.Unit == "line") ?? [])
        {
            Add(excerpts, e.Evidence.First, e.Evidence.Last, 0, e.Type == "Warning" ? 0.8 : 0.3, $"event {e.Reason}");
        }

        return excerpts;
    }

    private static void Add(List<Excerpt> excerpts, long first, long last, int context, double score, string why)
    {
        if (first < 1 || last < first)
        {
            return;
        }

        last = Math.Min(last, first + MaxRangeLines - 1);
        excerpts.Add(new Excerpt(Math.Max(1, first - context), last + context, Math.Clamp(score, 0, 1), why));
    }
}
