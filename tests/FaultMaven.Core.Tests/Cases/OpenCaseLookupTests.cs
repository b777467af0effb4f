using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Core.Tests.Cases;

/// <summary>An alert group's or a chat thread's case is found again while its investigation starts: the lookup must not miss a case
/// that moves from open to investigating while it reads (an HA pair's second copy of an alert then opened a second case).</summary>
public sealed class OpenCaseLookupTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task FindOpenOwnedBy_ACaseWhoseInvestigationStartsDuringTheRead_IsFound()
    {
        var store = new StartsInvestigationAfterEachRead(_stores.Cases);
        var sessions = new SessionService(_stores.Sessions, _time, Options.Create(new SessionOptions()), NullLogger<SessionService>.Instance);
        var cases = new CaseService(store, sessions, new CaseTextRedactor(Redactor.Default, _stores.Pseudonyms, new LocalIdempotencyGate()), _time, NullLogger<CaseService>.Instance);
        const string Owner = "alertmanager:group-ha";
        CallerContext.Set(new RequestOrigin(new Caller(Owner, "alertmanager", CallerRole.Engineer, null), null, null));
        var created = (await cases.CreateAsync(new CreateCaseCommand("QueueBacklog firing", null), TestContext.Current.CancellationToken)).Value!;

        store.Armed = true;
        var found = await cases.FindOpenOwnedByAsync(Owner, TestContext.Current.CancellationToken);

        Assert.Equal(created.Id, found?.Id);
    }

    // Moves every open case of the listed owner to investigating just after each read, as a background investigation starting
    // between two reads does.
    private sealed class StartsInvestigationAfterEachRead(ICaseStore inner) : ICaseStore
    {
        public bool Armed { get; set; }

        public async Task<Page<Case>> ListAsync(CaseStatus? status, string? sessionId, OwnerScope? scope, string? titleContains, PageRequest page, CancellationToken cancellationToken = default)
        {
            var listed = await inner.ListAsync(status, sessionId, scope, titleContains, page, cancellationToken);
            if (Armed && scope is not null)
            {
                var open = await inner.ListAsync(CaseStatus.Open, null, scope, null, PageRequest.First, cancellationToken);
                foreach (var c in open.Items)
                {
                    await inner.UpdateAsync(c with { Status = CaseStatus.Investigating, Version = c.Version + 1 }, c.Version, cancellationToken);
                }
            }

            return listed;
        }

        public Task CreateAsync(Case value, CancellationToken cancellationToken = default) => inner.CreateAsync(value, cancellationToken);

        public Task<Case?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

        public Task<bool> UpdateAsync(Case value, long expectedVersion, CancellationToken cancellationToken = default) => inner.UpdateAsync(value, expectedVersion, cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, cancellationToken);

        public Task<AppendTurnResult> AppendTurnAsync(string caseId, TurnDraft draft, CancellationToken cancellationToken = default) => inner.AppendTurnAsync(caseId, draft, cancellationToken);

        public Task<(Turn Turn, string Fingerprint)?> FindTurnByKeyAsync(string caseId, string idempotencyKey, CancellationToken cancellationToken = default) =>
            inner.FindTurnByKeyAsync(caseId, idempotencyKey, cancellationToken);

        public Task<Page<Turn>?> ListTurnsAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) => inner.ListTurnsAsync(caseId, page, cancellationToken);
    }
}
