using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;

[assembly: AssemblyFixture(typeof(ServerStores))]

namespace FaultMaven.Server.Tests.Storage;

/// <summary>What every store implementation promises, run against each of them: the embedded SQLite stores and the server stores
/// (PostgreSQL and Redis). The services above rely on exactly this.</summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567);

    protected StoreHost Stores { get; private set; } = null!;

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync() => Stores = await StoreHost.StartAsync(await SettingsAsync());

    public async ValueTask DisposeAsync() => await Stores.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ICaseStore Cases => Stores.Get<ICaseStore>();

    private ISessionStore Sessions => Stores.Get<ISessionStore>();

    [Fact]
    public async Task A_case_round_trips_exactly_and_lists_newest_first_by_filter()
    {
        var first = NewCase("cas_1", T0) with { SessionId = "ses_a", Investigation = InvestigationState.Empty with { Phase = DoctrinePhase.Hypotheses } };
        await Cases.CreateAsync(first, Ct);
        await Cases.CreateAsync(NewCase("cas_2", T0.AddMinutes(1)) with { Status = CaseStatus.Investigating }, Ct);
        await Cases.CreateAsync(NewCase("cas_3", T0.AddMinutes(2)) with { SessionId = "ses_a" }, Ct);

        Assert.Equal(first, (await Cases.GetAsync("cas_1", Ct))! with { Investigation = first.Investigation });
        Assert.Equal(DoctrinePhase.Hypotheses, (await Cases.GetAsync("cas_1", Ct))!.Investigation.Phase);
        Assert.Null(await Cases.GetAsync("cas_missing", Ct));

        var all = await Cases.ListAsync(null, null, new PageRequest(0, 2), Ct);
        Assert.Equal(3, all.Total);
        Assert.Equal(["cas_3", "cas_2"], all.Items.Select(c => c.Id));
        Assert.Equal(["cas_1"], (await Cases.ListAsync(null, null, new PageRequest(2, 2), Ct)).Items.Select(c => c.Id));
        Assert.Equal(["cas_2"], (await Cases.ListAsync(CaseStatus.Investigating, null, new PageRequest(0, 10), Ct)).Items.Select(c => c.Id));
        Assert.Equal(["cas_3", "cas_1"], (await Cases.ListAsync(null, "ses_a", new PageRequest(0, 10), Ct)).Items.Select(c => c.Id));

        // Words in the title, ignoring case; every case is searched, not only a first page of them.
        await Cases.CreateAsync(NewCase("cas_4", T0.AddMinutes(3)) with { Title = "Redis EVICTIONS on cache-7" }, Ct);
        var found = await Cases.ListAsync(null, null, null, " cache-7  REDIS ", new PageRequest(0, 1), Ct);
        Assert.Equal(["cas_4"], found.Items.Select(c => c.Id));
        Assert.Equal(1, found.Total);
        Assert.Equal(["cas_2"], (await Cases.ListAsync(CaseStatus.Investigating, null, null, "CAS_2", new PageRequest(0, 10), Ct)).Items.Select(c => c.Id));
        Assert.Empty((await Cases.ListAsync(null, null, null, "100%_", new PageRequest(0, 10), Ct)).Items);
        Assert.Empty((await Cases.ListAsync(null, null, null, "redis memcached", new PageRequest(0, 10), Ct)).Items);
    }

    [Fact]
    public async Task An_update_applies_only_at_the_expected_version()
    {
        var original = NewCase("cas_v", T0);
        await Cases.CreateAsync(original, Ct);
        var resolved = original with { Status = CaseStatus.Resolved, Version = 2, UpdatedAt = T0.AddHours(1), ClosedAt = T0.AddHours(1) };

        Assert.True(await Cases.UpdateAsync(resolved, expectedVersion: 1, Ct));
        Assert.False(await Cases.UpdateAsync(original with { Title = "stale", Version = 2 }, expectedVersion: 1, Ct));
        var stored = await Cases.GetAsync("cas_v", Ct);
        Assert.Equal(CaseStatus.Resolved, stored!.Status);
        Assert.Equal(T0.AddHours(1), stored.ClosedAt);
        Assert.False(await Cases.UpdateAsync(NewCase("cas_none", T0), 1, Ct));
    }

    [Fact]
    public async Task Turns_get_consecutive_numbers_even_when_appended_at_once()
    {
        await Cases.CreateAsync(NewCase("cas_t", T0), Ct);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Cases.AppendTurnAsync("cas_t", Draft($"message {i}", null))));

        Assert.All(results, r => Assert.Equal(AppendTurnStatus.Appended, r.Status));
        Assert.Equal(Enumerable.Range(1, 20), results.Select(r => r.Turn!.Sequence).Order());
        var turns = await Cases.ListTurnsAsync("cas_t", new PageRequest(0, 50), Ct);
        Assert.Equal(20, turns!.Total);
        Assert.Equal(Enumerable.Range(1, 20), turns.Items.Select(t => t.Sequence));
        Assert.Equal(20, (await Cases.GetAsync("cas_t", Ct))!.TurnCount);
        Assert.Null(await Cases.ListTurnsAsync("cas_missing", new PageRequest(0, 10), Ct));
    }

    [Fact]
    public async Task An_idempotency_key_applies_a_turn_once_however_many_times_it_is_sent_at_once()
    {
        await Cases.CreateAsync(NewCase("cas_i", T0), Ct);
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Cases.AppendTurnAsync("cas_i", Draft("same", "key-1", reply: "{\"answer\":1}"))));

        Assert.Single(results, r => r.Status == AppendTurnStatus.Appended);
        Assert.All(results, r => Assert.Equal(1, r.Turn!.Sequence));
        Assert.Equal("{\"answer\":1}", results.First(r => r.Status == AppendTurnStatus.Replayed).Turn!.Reply);
        Assert.Equal(AppendTurnStatus.KeyReused, (await Cases.AppendTurnAsync("cas_i", Draft("different", "key-1"), Ct)).Status);
        Assert.Equal(1, (await Cases.GetAsync("cas_i", Ct))!.TurnCount);
    }

    [Fact]
    public async Task A_final_case_takes_no_turn_and_a_missing_one_says_so()
    {
        await Cases.CreateAsync(NewCase("cas_f", T0) with { Status = CaseStatus.Closed, ClosedAt = T0 }, Ct);

        Assert.Equal(AppendTurnStatus.CaseFinal, (await Cases.AppendTurnAsync("cas_f", Draft("late", null), Ct)).Status);
        Assert.Equal(AppendTurnStatus.CaseNotFound, (await Cases.AppendTurnAsync("cas_missing", Draft("x", null), Ct)).Status);
    }

    [Fact]
    public async Task Deleting_a_case_takes_its_turns_uploads_text_and_pseudonyms()
    {
        await Cases.CreateAsync(NewCase("cas_d", T0), Ct);
        await Cases.AppendTurnAsync("cas_d", Draft("hello", null), Ct);
        await AddUploadAsync("cas_d", "dat_d", "the text");
        var map = new PseudonymMap();
        var token = map.TokenFor(PiiType.Email, "ana@example.com");
        await Stores.Get<IPseudonymScopes>().SaveAsync("cas_d", map, Ct);

        Assert.True(await Cases.DeleteAsync("cas_d", Ct));
        Assert.False(await Cases.DeleteAsync("cas_d", Ct));
        Assert.Null(await Cases.GetAsync("cas_d", Ct));
        Assert.Null(await Cases.ListTurnsAsync("cas_d", new PageRequest(0, 10), Ct));
        Assert.Null(await Stores.Get<IDataStore>().GetAsync("cas_d", "dat_d", Ct));
        Assert.DoesNotContain("dat_d", await Stores.Get<IDataStore>().ListIdsAsync(Ct));
        Assert.Equal(token, (await Stores.Get<IPseudonymScopes>().GetAsync("cas_d", Ct)).Restore(token));
    }

    [Fact]
    public async Task Uploads_are_found_by_id_and_content_listed_newest_first_and_their_text_read_back()
    {
        await Cases.CreateAsync(NewCase("cas_u", T0), Ct);
        await AddUploadAsync("cas_u", "dat_1", "first text\n", T0);
        await AddUploadAsync("cas_u", "dat_2", "second text\n", T0.AddSeconds(1));
        var data = Stores.Get<IDataStore>();

        Assert.Equal("sha-dat_1", (await data.GetAsync("cas_u", "dat_1", Ct))!.Sha256);
        Assert.Null(await data.GetAsync("cas_other", "dat_1", Ct));
        Assert.Equal("dat_2", (await data.FindByContentAsync("cas_u", "sha-dat_2", Ct))!.Id);
        Assert.Equal("summary of dat_1", (await data.GetAnalysisAsync("cas_u", "dat_1", Ct))!.Summary);
        Assert.Equal(PiiType.Email, Assert.Single(await data.ReadRedactionsAsync("cas_u", "dat_1", Ct).ToListAsync(Ct)).Type);
        Assert.Empty(await data.ReadRedactionsAsync("cas_other", "dat_1", Ct).ToListAsync(Ct));
        Assert.Equal(["dat_2", "dat_1"], (await data.ListAsync("cas_u", new PageRequest(0, 10), Ct)).Items.Select(u => u.Id));
        Assert.Equal("first text\n", await File.ReadAllTextAsync((await Stores.Get<IUploadContents>().GetPathAsync("cas_u", "dat_1", Ct))!, Ct));

        Assert.True(await data.DeleteAsync("cas_u", "dat_1", Ct));
        await Stores.Get<IUploadContents>().DeleteAsync("cas_u", "dat_1", Ct);
        Assert.False(await data.DeleteAsync("cas_u", "dat_1", Ct));
        Assert.Null(await Stores.Get<IUploadContents>().GetPathAsync("cas_u", "dat_1", Ct));
        Assert.Equal(["dat_2"], await data.ListIdsAsync(Ct));
    }

    [Fact]
    public async Task Pseudonyms_of_a_case_survive_a_reload_and_stay_in_their_case()
    {
        await Cases.CreateAsync(NewCase("cas_p", T0), Ct);
        var scopes = Stores.Get<IPseudonymScopes>();
        var map = await scopes.GetAsync("cas_p", Ct);
        var token = map.TokenFor(PiiType.Email, "ana@example.com");
        await scopes.SaveAsync("cas_p", map, Ct);
        await scopes.SaveAsync("cas_p", map, Ct); // nothing new: a no-op

        var reloaded = await scopes.GetAsync("cas_p", Ct);
        Assert.Equal(token, reloaded.TokenFor(PiiType.Email, "ana@example.com"));
        Assert.Equal("mail ana@example.com", reloaded.Restore($"mail {token}"));
        Assert.Equal(token, (await scopes.GetAsync("cas_other", Ct)).Restore(token));
    }

    [Fact]
    public async Task Knowledge_documents_upsert_list_find_and_delete_with_their_vectors()
    {
        var knowledge = Stores.Get<IKnowledgeStore>();
        for (var i = 0; i < 3; i++)
        {
            await knowledge.UpsertAsync(Document($"kb_{i}", $"text {i}", T0.AddMinutes(i)), Ct);
        }

        await knowledge.UpsertAsync(Document("kb_1", "text 1 changed", T0.AddMinutes(5)), Ct);
        float[][] vectors = [[1f, 2f, 3f], [4f, 5f, 6f]];
        await knowledge.SaveVectorsAsync("kb_0", "hash-text 0", "model-a", [.. vectors.Select(v => (ReadOnlyMemory<float>)v)], Ct);

        Assert.Equal("text 1 changed", (await knowledge.GetAsync("kb_1", Ct))!.Document.Text);
        Assert.Equal("kb_2", (await knowledge.FindByContentAsync("hash-text 2", Ct))!.Document.Id);
        var page = await knowledge.ListAsync(new PageRequest(0, 2), cancellationToken: Ct);
        Assert.Equal(3, page.Total);
        Assert.Equal(["kb_1", "kb_2"], page.Items.Select(d => d.Document.Id));
        var all = new List<string>();
        await foreach (var document in knowledge.ReadAllAsync(Ct))
        {
            all.Add(document.Document.Id);
        }

        Assert.Equal(["kb_0", "kb_1", "kb_2"], all.Order());
        var stored = await knowledge.GetVectorsAsync("kb_0", "hash-text 0", "model-a", Ct);
        Assert.Equal([4f, 5f, 6f], stored![1].ToArray());
        Assert.Null(await knowledge.GetVectorsAsync("kb_0", "hash-text 0", "model-b", Ct));
        Assert.True(await knowledge.DeleteAsync("kb_0", Ct));
        Assert.False(await knowledge.DeleteAsync("kb_0", Ct));
        Assert.Null(await knowledge.GetVectorsAsync("kb_0", "hash-text 0", "model-a", Ct));
    }

    [Fact]
    public async Task Reading_every_document_crosses_page_boundaries_and_misses_none()
    {
        var knowledge = Stores.Get<IKnowledgeStore>();
        // More than two pages, with ids whose order differs between case-sensitive and case-insensitive comparison.
        var ids = Enumerable.Range(0, 2105).Select(i => (i % 2 == 0 ? "kb_" : "KB_") + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Task.WhenAll(ids.Chunk(100).Select(async chunk =>
        {
            foreach (var id in chunk)
            {
                await knowledge.UpsertAsync(Document(id, "text " + id, T0), Ct);
            }
        }));

        var read = new List<string>();
        await foreach (var document in knowledge.ReadAllAsync(Ct))
        {
            read.Add(document.Document.Id);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reading_every_stored_vector_crosses_page_boundaries_and_keeps_to_its_signature()
    {
        var knowledge = Stores.Get<IKnowledgeStore>();
        // More than two pages of vectors, ids whose order differs between case-sensitive and case-insensitive comparison, one
        // document in seven under another model's signature, and documents of different vector counts.
        var ids = Enumerable.Range(0, 600).Select(i => (i % 2 == 0 ? "kb_" : "KB_") + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Task.WhenAll(ids.Chunk(100).Select(async chunk =>
        {
            foreach (var id in chunk)
            {
                var i = ids.IndexOf(id);
                await knowledge.UpsertAsync(Document(id, "text " + id, T0), Ct);
                var vectors = Enumerable.Range(0, 1 + i % 3).Select(c => (ReadOnlyMemory<float>)new float[] { i, c, -1f }).ToList();
                await knowledge.SaveVectorsAsync(id, "hash-" + id, i % 7 == 0 ? "model-b" : "model-a", vectors, Ct);
            }
        }));

        var read = new List<StoredVectors>();
        await foreach (var stored in knowledge.ReadVectorsAsync("model-a", Ct))
        {
            // Each page's buffer is the page's own: values read earlier stay as they were.
            read.Add(stored with { Values = stored.Values.ToArray() });
        }

        Assert.Equal(ids.Where((_, i) => i % 7 != 0).Order(StringComparer.Ordinal), read.Select(r => r.DocumentId));
        Assert.All(read, r =>
        {
            var i = ids.IndexOf(r.DocumentId);
            Assert.Equal("hash-" + r.DocumentId, r.ContentHash);
            Assert.Equal(3, r.Dimensions);
            Assert.Equal(1 + i % 3, r.Count);
            Assert.Equal(Enumerable.Range(0, r.Count).SelectMany(c => new float[] { i, c, -1f }), r.Values.ToArray());
        });
        var other = new List<string>();
        await foreach (var stored in knowledge.ReadVectorsAsync("model-c", Ct))
        {
            other.Add(stored.DocumentId);
        }

        Assert.Empty(other);
    }

    [Fact]
    public async Task Sessions_live_until_they_expire_and_a_heartbeat_slides_the_expiry()
    {
        var now = DateTimeOffset.UtcNow;
        var session = new Session("ses_1", ClientKind.Cli, "ana", new Dictionary<string, string> { ["k"] = "v" }, now, now, now.AddMinutes(30));
        await Sessions.CreateAsync(session, Ct);
        await Sessions.CreateAsync(session with { Id = "ses_2", UserLabel = null, CreatedAt = now.AddSeconds(1) }, Ct);

        var read = await Sessions.GetAsync("ses_1", now, Ct);
        Assert.Equal(session with { Metadata = read!.Metadata }, read);
        Assert.Equal("v", read.Metadata["k"]);
        Assert.Null(await Sessions.GetAsync("ses_1", now.AddMinutes(31), Ct));
        Assert.Null((await Sessions.GetAsync("ses_2", now, Ct))!.UserLabel);

        var touched = await Sessions.TouchAsync("ses_1", now.AddMinutes(10), now.AddMinutes(40), Ct);
        Assert.Equal(now.AddMinutes(40), touched!.ExpiresAt);
        Assert.Equal(now.AddMinutes(10), touched.LastActiveAt);
        Assert.NotNull(await Sessions.GetAsync("ses_1", now.AddMinutes(35), Ct));
        Assert.Null(await Sessions.TouchAsync("ses_1", now.AddMinutes(41), now.AddMinutes(71), Ct));
        Assert.Null(await Sessions.TouchAsync("ses_missing", now, now.AddMinutes(30), Ct));
    }

    [Fact]
    public async Task Sessions_list_newest_first_and_expired_ones_are_swept()
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            await Sessions.CreateAsync(new Session($"ses_{i}", ClientKind.Api, null, new Dictionary<string, string>(), now.AddSeconds(i), now, now.AddMinutes(i < 2 ? 1 : 30)), Ct);
        }

        var page = await Sessions.ListAsync(now, new PageRequest(0, 3), Ct);
        Assert.Equal(5, page.Total);
        Assert.Equal(["ses_4", "ses_3", "ses_2"], page.Items.Select(s => s.Id));
        Assert.Equal(3, (await Sessions.ListAsync(now.AddMinutes(2), new PageRequest(0, 10), Ct)).Total);

        Assert.Equal(2, await Sessions.DeleteExpiredAsync(now.AddMinutes(2), Ct));
        Assert.True(await Sessions.DeleteAsync("ses_4", Ct));
        Assert.False(await Sessions.DeleteAsync("ses_4", Ct));
        Assert.Equal(["ses_3", "ses_2"], (await Sessions.ListAsync(now, new PageRequest(0, 10), Ct)).Items.Select(s => s.Id));
    }

    private static Case NewCase(string id, DateTimeOffset at) => new(id, "title " + id, CaseStatus.Open, null, at, at, null, 0, 1, InvestigationState.Empty);

    private static TurnDraft Draft(string content, string? key, string? reply = null) =>
        new(TurnRole.User, content, [], T0, key, "fp-" + content, reply);

    private static StoredDocument Document(string id, string text, DateTimeOffset at) =>
        new(new KnowledgeDocument { Id = id, Title = "Title " + id, Text = text, Tags = ["db"] }, "hash-" + text, "markdown", T0, at);

    private async Task AddUploadAsync(string caseId, string id, string text, DateTimeOffset? at = null)
    {
        var upload = new DataUpload
        {
            Id = id,
            CaseId = caseId,
            Sha256 = "sha-" + id,
            Classification = new DataClassification(DataType.Log, "logfmt", 0.9, ["signal"]),
            Summary = "summary of " + id,
            Redactions = new Dictionary<string, long> { ["EMAIL"] = 1 },
            Encoding = "utf-8",
            Warnings = [],
            CreatedAt = at ?? T0,
        };
        var path = Path.Combine(Stores.DataDirectory, id + ".incoming");
        await File.WriteAllTextAsync(path, text);
        await Stores.Get<IUploadContents>().SaveAsync(caseId, id, path, Ct);
        await Stores.Get<IDataStore>().AddAsync(upload, new DataAnalysis { Summary = upload.Summary, Findings = [] }, [new Redaction(PiiType.Email, 0, 3, 0, 9, RedactionOperator.Pseudonymize, 1)], Ct);
    }
}

/// <summary>The contract over the embedded stores (SQLite and files).</summary>
public sealed class EmbeddedStoreContractTests : StoreContractTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

/// <summary>The contract over the server stores: PostgreSQL and Redis, real servers started for the test.</summary>
public sealed class ServerStoreContractTests(ServerStores servers) : StoreContractTests
{
    private Dictionary<string, string?> _settings = [];

    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => _settings = await servers.NewSettingsAsync();

    [Fact]
    public async Task Every_change_of_a_case_is_in_the_audit_trail_and_outlives_the_case()
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = Stores.Get<ICaseStore>();
        var at = DateTimeOffset.UtcNow;
        var opened = new Case("cas_audit", "audit", CaseStatus.Open, null, at, at, null, 0, 1, InvestigationState.Empty);
        await cases.CreateAsync(opened, ct);
        await cases.AppendTurnAsync("cas_audit", new TurnDraft(TurnRole.User, "hi", [], at, null, "fp"), ct);
        var current = (await cases.GetAsync("cas_audit", ct))!;
        await cases.UpdateAsync(current with { Status = CaseStatus.Investigating, Version = current.Version + 1 }, current.Version, ct);
        await cases.UpdateAsync(current with { Title = "stale" }, current.Version, ct); // refused: not audited
        await cases.DeleteAsync("cas_audit", ct);

        await using var connection = new Npgsql.NpgsqlConnection(_settings["FM_POSTGRES"]);
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT kind, detail::text FROM case_events WHERE case_id = 'cas_audit' ORDER BY id", connection);
        var events = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(reader.GetString(0) + " " + reader.GetString(1));
        }

        Assert.Equal(4, events.Count);
        Assert.StartsWith("created", events[0]);
        Assert.StartsWith("turn", events[1]);
        Assert.Contains("\"from\": \"Open\"", events[2]);
        Assert.Contains("\"to\": \"Investigating\"", events[2]);
        Assert.StartsWith("deleted", events[3]);
    }
}
