using FaultMaven.Core.Data.Analysis;

namespace FaultMaven.Core.Tests.Data;

/// <summary>kubectl listings without headers and other tools' listings read by their status columns.</summary>
public sealed class KubernetesRowsTests
{
    [Fact]
    public void Analyze_HeaderlessWidePods_WithNamespace_FailingPodsAreFindings()
    {
        const string text = "staging   report-builder-x1y2z   0/1   Error     0     2h    <none>   node-3   <none>   <none>\nstaging   report-builder-a9b8c   1/1   Running   0     2h    <none>   node-3   <none>   <none>\n";

        var (result, findings, _) = KubernetesAnalyzer.Analyze(text, "get");

        Assert.Equal(2, result.Pods.Count);
        Assert.Equal(EvidenceRange.Line(1), Assert.Single(findings).Evidence);
    }

    [Fact]
    public void Analyze_AnyListingWithAStatusColumn_UnhealthyStatesAreFindings()
    {
        const string text = "NAME            CLUSTER        STATUS     HEALTH      REPO\nteam/billing    in-cluster     Synced     Healthy     https://git.example/billing\nteam/search     in-cluster     OutOfSync  Degraded    https://git.example/search\n";

        var (_, findings, _) = KubernetesAnalyzer.Analyze(text, "get");

        Assert.Equal(EvidenceRange.Line(3), Assert.Single(findings).Evidence);
    }

    [Fact]
    public void Read_StateAsFirstWord_IsUnhealthy()
    {
        Assert.True(DocumentSignalReader.IsUnhealthy(new DocumentField("Sync Status", "OutOfSync from main (9f8e7d)", 1)));
        Assert.False(DocumentSignalReader.IsUnhealthy(new DocumentField("Sync Status", "Synced to main (9f8e7d)", 1)));
        Assert.False(DocumentSignalReader.IsUnhealthy(new DocumentField("commonLabels.severity", "warning", 1)));
    }
}
