using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Core.Tests.Cases;

public sealed class CaseServiceTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly SessionService _sessions;
    private readonly CaseService _cases;

    public CaseServiceTests()
    {
        _sessions = new SessionService(_stores.Sessions, _time, Options.Create(new SessionOptions()), NullLogger<SessionService>.Instance);
        _cases = new CaseService(_stores.Cases, _sessions, new CaseTextRedactor(Redactor.Default, _stores.Pseudonyms, new LocalIdempotencyGate()), _time, NullLogger<CaseService>.Instance);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Titles_lose_the_characters_that_disguise_them()
    {
        // A right-to-left override shows "cod.exe" as "exe.doc"; NUL and escape sequences reach terminals (removed whole).
        var created = (await _cases.CreateAsync(new CreateCaseCommand("invoice \u202Ecod.exe\u0000\u001b[31m", null), Token)).Value!;
        var renamed = await _cases.UpdateAsync(created.Id, new UpdateCaseCommand("\u2066db\u2069 down\u0007", null), Token);
        var blank = (await _cases.CreateAsync(new CreateCaseCommand("\u202E\u0000", null), Token)).Value!;

        Assert.Equal("invoice cod.exe", created.Title);
        Assert.Equal("db down", renamed.Value!.Title);
        Assert.Equal(Case.DefaultTitle, blank.Title);
    }

    [Fact]
    public async Task Hostile3_TheInvestigationState_LosesTheCharactersThatDisguiseText()
    {
        // The state quotes evidence lines and the model's words (hypotheses, timeline, blast radius, solution); a log line with a
        // right-to-left override or a terminal hyperlink must not carry them to the API and the clients.
        const string Quoted = "ERROR disk full \u202Eon /var\u001b]8;;http://evil.example\u0007 click\u001b]8;;\u0007\u2066x\u2069";
        var created = (await _cases.CreateAsync(new CreateCaseCommand("disk", null), Token)).Value!;
        var state = new InvestigationState(DoctrinePhase.Validation, Quoted,
            new BlastRadius([Quoted], [Quoted], [Quoted], Quoted, Severity.High, null, []),
            [new TimelineEntry(null, Quoted, [])],
            [new Hypothesis("h1", Quoted, 0.8, HypothesisStatus.Proposed, [], [])],
            [new EvidenceRequest(Quoted, Quoted, Quoted)],
            new Solution([Quoted + "\nthen df -h"], [Quoted], [Quoted], [Quoted]));

        var set = await _cases.SetInvestigationAsync(created.Id, state, Token);

        var stored = System.Text.Json.JsonSerializer.Serialize((await _cases.GetAsync(created.Id, Token))!.Investigation);
        Assert.Equal(stored, System.Text.Json.JsonSerializer.Serialize(set.Value!.Investigation));
        Assert.DoesNotMatch(@"\\u(001[bB]|0007|202[eE]|206[69])", stored);
        Assert.Contains("ERROR disk full on /var clickx", stored, StringComparison.Ordinal);
        Assert.Contains("\\nthen df -h", stored, StringComparison.Ordinal);
        Assert.Equal(0.8, set.Value.Investigation.Hypotheses[0].Confidence);
        Assert.Equal(Severity.High, set.Value.Investigation.BlastRadius!.Severity);
    }

    [Fact]
    public async Task CreateAsync_WithoutTitle_OpensUntitledCaseWithEmptyInvestigation()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand(null, null), Token)).Value!;

        Assert.Equal(Case.DefaultTitle, created.Title);
        Assert.Equal(CaseStatus.Open, created.Status);
        Assert.Equal(Core.Cases.Investigation.DoctrinePhase.Intake, created.Investigation.Phase);
        Assert.Equivalent(created, await _cases.GetAsync(created.Id, Token), strict: true);
    }

    [Fact]
    public async Task CreateAsync_UnknownSession_IsInvalidAndStoresNothing()
    {
        var outcome = await _cases.CreateAsync(new CreateCaseCommand("x", "ses_missing"), Token);

        Assert.Equal(FailureKind.Invalid, outcome.Failure?.Kind);
        Assert.Equal(0, (await _cases.ListAsync(null, null, PageRequest.First, Token)).Total);
    }

    [Fact]
    public async Task UpdateAsync_AlongTheLifecycle_RecordsClosedAtOnResolve()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("db latency", null), Token)).Value!;
        _time.Advance(TimeSpan.FromMinutes(5));

        var investigating = (await _cases.UpdateAsync(created.Id, new UpdateCaseCommand(null, CaseStatus.Investigating), Token)).Value!;
        _time.Advance(TimeSpan.FromMinutes(5));
        var resolved = (await _cases.UpdateAsync(created.Id, new UpdateCaseCommand("db latency: fixed", CaseStatus.Resolved), Token)).Value!;

        Assert.Null(investigating.ClosedAt);
        Assert.Equal(_time.GetUtcNow(), resolved.ClosedAt);
        Assert.Equal("db latency: fixed", resolved.Title);
        Assert.Equal(created.Version + 2, resolved.Version);
        Assert.Equivalent(resolved, await _cases.GetAsync(created.Id, Token), strict: true);
    }

    [Fact]
    public async Task UpdateAsync_InvalidTransition_IsRefusedAndNothingChanges()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;

        var outcome = await _cases.UpdateAsync(created.Id, new UpdateCaseCommand("renamed", CaseStatus.Resolved), Token);

        Assert.Equal(FailureKind.InvalidTransition, outcome.Failure?.Kind);
        Assert.Contains("open to resolved", outcome.Failure!.Detail);
        Assert.Equivalent(created, await _cases.GetAsync(created.Id, Token), strict: true);
    }

    [Fact]
    public async Task UpdateAsync_ExpectedVersionStale_IsPreconditionFailedAndNothingChanges()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        var renamed = (await _cases.UpdateAsync(created.Id, new UpdateCaseCommand("y", null, ExpectedVersion: created.Version), Token)).Value!;

        var stale = await _cases.UpdateAsync(created.Id, new UpdateCaseCommand("z", CaseStatus.Investigating, ExpectedVersion: created.Version), Token);

        Assert.Equal(FailureKind.PreconditionFailed, stale.Failure?.Kind);
        Assert.Contains($"version {renamed.Version}", stale.Failure!.Detail);
        Assert.Equivalent(renamed, await _cases.GetAsync(created.Id, Token), strict: true);
    }

    [Fact]
    public async Task UpdateAsync_UnknownCase_IsNotFound()
    {
        var outcome = await _cases.UpdateAsync("case_missing", new UpdateCaseCommand("t", null), Token);

        Assert.Equal(FailureKind.NotFound, outcome.Failure?.Kind);
    }

    [Fact]
    public async Task AppendTurnAsync_ConcurrentAppends_KeepOrderAndLoseNone()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        const int Count = 64;

        var results = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => Task.Run(
            () => _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, $"message {i}", null), Token), Token)));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(Enumerable.Range(1, Count), results.Select(r => r.Value!.Turn.Sequence).Order());
        var turns = (await _cases.ListTurnsAsync(created.Id, new PageRequest(0, PageRequest.MaxLimit), Token)).Value!;
        Assert.Equal(Count, turns.Total);
        Assert.Equal(Enumerable.Range(1, Count), turns.Items.Select(t => t.Sequence));
        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"message {i}").Order(), turns.Items.Select(t => t.Content).Order());
        Assert.Equal(Count, (await _cases.GetAsync(created.Id, Token))!.TurnCount);
    }

    [Fact]
    public async Task AppendTurnAsync_SameIdempotencyKeyTwice_AppliedOnce()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        var command = new AppendTurnCommand(TurnRole.User, "pods are crash-looping", ["upl_1"], "key-1");

        var first = (await _cases.AppendTurnAsync(created.Id, command, Token)).Value!;
        var second = (await _cases.AppendTurnAsync(created.Id, command, Token)).Value!;

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equivalent(first.Turn, second.Turn, strict: true);
        Assert.Equal(1, (await _cases.GetAsync(created.Id, Token))!.TurnCount);
    }

    [Fact]
    public async Task Issue18_IdempotencyKeyHoldingAToken_NeverStored_ReplayStillRecognised()
    {
        // Clients put anything in the header; the key is only compared, so only its digest rests on disk.
        const string Key = "retry-ghp_R8kzYy2LqXv9Wm4Tn6Yp1Bs3Cd5Ef7Gh0Jk";
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        var command = new AppendTurnCommand(TurnRole.User, "pods are crash-looping", null, Key);

        await _cases.AppendTurnAsync(created.Id, command, Token);
        var replay = (await _cases.AppendTurnAsync(created.Id, command, Token)).Value!;

        Assert.True(replay.Replayed);
        foreach (var file in Directory.EnumerateFiles(_stores.DataDirectory, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.DoesNotContain("R8kzYy2LqXv9Wm4Tn6Yp1Bs3Cd5Ef7Gh0Jk", System.Text.Encoding.UTF8.GetString(bytes.ToArray()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AppendTurnAsync_SameKeyDifferentContent_IsRefused()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        await _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, "first", null, "key-1"), Token);

        var outcome = await _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, "second", null, "key-1"), Token);

        Assert.Equal(FailureKind.IdempotencyKeyReused, outcome.Failure?.Kind);
        Assert.Equal(1, (await _cases.GetAsync(created.Id, Token))!.TurnCount);
    }

    [Fact]
    public async Task AppendTurnAsync_SameKeyOnAnotherCase_IsIndependent()
    {
        var a = (await _cases.CreateAsync(new CreateCaseCommand("a", null), Token)).Value!;
        var b = (await _cases.CreateAsync(new CreateCaseCommand("b", null), Token)).Value!;
        var command = new AppendTurnCommand(TurnRole.User, "hello", null, "shared-key");

        Assert.False((await _cases.AppendTurnAsync(a.Id, command, Token)).Value!.Replayed);
        Assert.False((await _cases.AppendTurnAsync(b.Id, command, Token)).Value!.Replayed);
    }

    [Fact]
    public async Task AppendTurnAsync_ClosedCase_IsConflict()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        await _cases.UpdateAsync(created.Id, new UpdateCaseCommand(null, CaseStatus.Closed), Token);

        var outcome = await _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, "more", null), Token);

        Assert.Equal(FailureKind.Conflict, outcome.Failure?.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AppendTurnAsync_BlankContent_IsInvalid(string content)
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;

        var outcome = await _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, content, null), Token);

        Assert.Equal(FailureKind.Invalid, outcome.Failure?.Kind);
    }

    [Fact]
    public async Task ListAsync_FiltersByStatusAndSession_NewestFirst()
    {
        var session = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Cli, null, null), Token)).Value!;
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await _cases.CreateAsync(new CreateCaseCommand($"case {i}", i % 2 == 0 ? session.Id : null), Token)).Value!.Id);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await _cases.UpdateAsync(ids[1], new UpdateCaseCommand(null, CaseStatus.Investigating), Token);

        var investigating = await _cases.ListAsync(CaseStatus.Investigating, null, PageRequest.First, Token);
        var open = await _cases.ListAsync(CaseStatus.Open, null, PageRequest.First, Token);
        var bySession = await _cases.ListAsync(null, session.Id, PageRequest.First, Token);

        Assert.Equal([ids[1]], investigating.Items.Select(c => c.Id));
        Assert.Equal([ids[3], ids[2], ids[0]], open.Items.Select(c => c.Id));
        Assert.Equal([ids[2], ids[0]], bySession.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task DeleteAsync_RemovesCaseAndItsTurns()
    {
        var created = (await _cases.CreateAsync(new CreateCaseCommand("x", null), Token)).Value!;
        await _cases.AppendTurnAsync(created.Id, new AppendTurnCommand(TurnRole.User, "hi", null), Token);

        Assert.True(await _cases.DeleteAsync(created.Id, Token));

        Assert.Null(await _cases.GetAsync(created.Id, Token));
        Assert.Equal(FailureKind.NotFound, (await _cases.ListTurnsAsync(created.Id, PageRequest.First, Token)).Failure?.Kind);
        Assert.False(await _cases.DeleteAsync(created.Id, Token));
    }
}
