using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.SemanticCache;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Agent;

/// <summary>The semantic cache names evidence by content: the same file in two cases has one label, ids go to labels and back, and a
/// label the asking case lacks (or an upload id left in an answer) stops a cached answer from being given.</summary>
public sealed class EvidenceLabelsTests : IDisposable
{
    private const string OldCase = "case_0193aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string NewCase = "case_0193bbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string OldUpload = "dat_0193aaaaaaaaaaaaaaaaaaaaaaaaaaa1";
    private const string NewUpload = "dat_0193bbbbbbbbbbbbbbbbbbbbbbbbbbb1";

    private readonly TempDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task TheSameFile_InAnotherCase_GetsItsOwnIdsBack()
    {
        var old = await EvidenceLabels.CreateAsync(OldCase, [Evidence(OldUpload, "app.log", "ERROR refused\n")], null, Token);
        var fresh = await EvidenceLabels.CreateAsync(NewCase, [Evidence(NewUpload, "app.log", "ERROR refused\n")], null, Token);

        var labelled = old.ToLabels($"[upload:{OldUpload}:L1] in {OldCase}, finding:{OldUpload}/log-1");

        Assert.Equal(old.Labels, fresh.Labels);
        Assert.DoesNotContain(OldUpload, labelled, StringComparison.Ordinal);
        Assert.False(EvidenceLabels.NamesIds(labelled));
        Assert.Equal($"[upload:{NewUpload}:L1] in {NewCase}, finding:{NewUpload}/log-1", fresh.FromLabels(labelled));
    }

    [Theory]
    [InlineData("other.log", "ERROR refused\n")] // another name
    [InlineData("app.log", "ERROR refused!\n")] // one character more
    public async Task OtherEvidence_CannotTakeTheAnswer(string name, string text)
    {
        var old = await EvidenceLabels.CreateAsync(OldCase, [Evidence(OldUpload, "app.log", "ERROR refused\n")], null, Token);
        var other = await EvidenceLabels.CreateAsync(NewCase, [Evidence(NewUpload, name, text)], null, Token);

        Assert.NotEqual(old.Labels, other.Labels);
        Assert.Null(other.FromLabels(old.ToLabels($"[upload:{OldUpload}:L1]")));
    }

    [Fact]
    public async Task AnUploadIdThatIsNotTheCases_IsSeen()
    {
        var labels = await EvidenceLabels.CreateAsync(OldCase, [Evidence(OldUpload, "app.log", "x\n")], null, Token);

        Assert.True(EvidenceLabels.NamesIds(labels.ToLabels("see upload:dat_0193cccccccccccccccccccccccccccc:L3")));
    }

    [Fact]
    public async Task KnownLabels_AreNotReadAgain()
    {
        var known = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var first = await EvidenceLabels.CreateAsync(OldCase, [Evidence(OldUpload, "app.log", "ERROR refused\n")], known, Token);
        File.Delete(Path.Combine(_directory.Path, OldUpload));

        var again = await EvidenceLabels.CreateAsync(OldCase, [Evidence(OldUpload, "app.log", "gone", write: false)], known, Token);

        Assert.Equal(first.Labels, again.Labels);
        Assert.Single(known);
    }

    private CaseEvidence Evidence(string id, string name, string text, bool write = true)
    {
        var path = Path.Combine(_directory.Path, id);
        if (write)
        {
            File.WriteAllText(path, text);
        }

        var upload = new DataUpload
        {
            Id = id,
            CaseId = "case-1",
            FileName = name,
            Sha256 = new string('0', 64),
            Classification = new DataClassification(DataType.Log, "text", 1, []),
            Summary = "a log",
            Redactions = new Dictionary<string, long>(),
            Characters = text.Length,
            Lines = 1,
            Encoding = "utf-8",
            Warnings = [],
        };
        return new CaseEvidence(upload, new DataAnalysis { Summary = "a log", Findings = [] }, ContentEncryption.None.Text(path, id));
    }
}
