using FaultMaven.Core.Cases;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Common;
using FaultMaven.Core.Security;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Storage;

/// <summary>What the stores promise for security, on every store kind: owners and teams kept on cases and sessions and lists limited
/// to a scope, API keys found by hash and revoked, and the audit trail with who and from where, filtered.</summary>
public abstract class SecurityStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    protected StoreHost Stores { get; private set; } = null!;

    protected abstract Task<IReadOnlyDictionary<string, string?>> SettingsAsync();

    public async ValueTask InitializeAsync() => Stores = await StoreHost.StartAsync(await SettingsAsync());

    public async ValueTask DisposeAsync() => await Stores.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cases_keep_owner_and_team_and_a_scope_lists_the_team_and_the_owners_own()
    {
        var cases = Stores.Get<ICaseStore>();
        await cases.CreateAsync(NewCase("cas_red", T0, "key_alice", "red"), Ct);
        await cases.CreateAsync(NewCase("cas_blue", T0.AddMinutes(1), "key_bob", "blue"), Ct);
        await cases.CreateAsync(NewCase("cas_solo", T0.AddMinutes(2), "key_alice", null), Ct);
        await cases.CreateAsync(NewCase("cas_legacy", T0.AddMinutes(3), null, null), Ct);

        var stored = await cases.GetAsync("cas_red", Ct);
        Assert.Equal(("key_alice", "red"), (stored!.Owner, stored.Team));
        Assert.Equal(["cas_solo", "cas_red"], (await cases.ListAsync(null, null, new OwnerScope("key_alice", "red"), new PageRequest(0, 10), Ct)).Items.Select(c => c.Id));
        Assert.Equal(["cas_red"], (await cases.ListAsync(null, null, new OwnerScope("key_carol", "red"), new PageRequest(0, 10), Ct)).Items.Select(c => c.Id));
        Assert.Empty((await cases.ListAsync(null, null, new OwnerScope("key_dave", null), new PageRequest(0, 10), Ct)).Items);
        Assert.Equal(1, (await cases.ListAsync(null, null, new OwnerScope("key_bob", "blue"), new PageRequest(0, 10), Ct)).Total);
        Assert.Equal(4, (await cases.ListAsync(null, null, null, new PageRequest(0, 10), Ct)).Total);
    }

    [Fact]
    public async Task Sessions_keep_owner_and_team_and_a_scope_lists_the_team_only()
    {
        var sessions = Stores.Get<ISessionStore>();
        var now = DateTimeOffset.UtcNow;
        await sessions.CreateAsync(new Session("ses_red", ClientKind.Cli, null, new Dictionary<string, string>(), now, now, now.AddHours(1), "key_alice", "red"), Ct);
        await sessions.CreateAsync(new Session("ses_blue", ClientKind.Cli, null, new Dictionary<string, string>(), now.AddSeconds(1), now, now.AddHours(1), "key_bob", "blue"), Ct);

        var stored = await sessions.GetAsync("ses_red", now, Ct);
        Assert.Equal(("key_alice", "red"), (stored!.Owner, stored.Team));
        Assert.Equal(["ses_red"], (await sessions.ListAsync(now, new OwnerScope("key_carol", "red"), new PageRequest(0, 10), Ct)).Items.Select(s => s.Id));
        Assert.Equal(2, (await sessions.ListAsync(now, new PageRequest(0, 10), Ct)).Total);
    }

    [Fact]
    public async Task Api_keys_are_found_by_hash_listed_touched_and_revoked()
    {
        var keys = Stores.Get<IApiKeyStore>();
        var key = new ApiKey("key_1", "ci", CallerRole.Engineer, "red", "fm_abcd", T0, "bootstrap-admin", null, null);
        await keys.CreateAsync(key, "hash-1", Ct);

        Assert.Equal(key, (await keys.FindByHashAsync("hash-1", Ct))!.Value.Key);
        Assert.Null(await keys.FindByHashAsync("hash-2", Ct));
        await keys.TouchAsync("key_1", T0.AddMinutes(5), Ct);
        Assert.Equal(T0.AddMinutes(5), (await keys.GetAsync("key_1", Ct))!.LastUsedAt);
        Assert.True(await keys.RevokeAsync("key_1", T0.AddHours(1), Ct));
        Assert.False(await keys.RevokeAsync("key_1", T0.AddHours(2), Ct));
        Assert.Equal(T0.AddHours(1), (await keys.FindByHashAsync("hash-1", Ct))!.Value.Key.RevokedAt);
        Assert.Equal(["key_1"], (await keys.ListAsync(new PageRequest(0, 10), Ct)).Items.Select(k => k.Id));
    }

    [Fact]
    public async Task The_audit_trail_records_who_and_from_where_and_filters()
    {
        var audit = Stores.Get<IAuditTrail>();
        var cases = Stores.Get<ICaseStore>();
        CallerContext.Set(new RequestOrigin(new Caller("key_alice", "alice", CallerRole.Engineer, "red"), "192.0.2.7", "corr-1"));
        await cases.CreateAsync(NewCase("cas_a", T0, "key_alice", "red"), Ct);
        await audit.RecordAsync("upload.created", "dat_1", new Dictionary<string, string> { ["case"] = "cas_a" }, Ct);
        CallerContext.Set(new RequestOrigin(new Caller("key_bob", "bob", CallerRole.Admin, null), "192.0.2.8", "corr-2"));
        await audit.RecordAsync("api-key.revoked", "key_alice", null, Ct);
        await cases.DeleteAsync("cas_a", Ct);

        var all = await audit.ListAsync(new AuditQuery(), new PageRequest(0, 10), Ct);
        Assert.Equal(["case.deleted", "api-key.revoked", "upload.created", "case.created"], all.Items.Select(e => e.Action));
        var created = all.Items[3];
        Assert.Equal(("key_alice", "alice", "192.0.2.7", "corr-1", "cas_a"), (created.ActorId, created.ActorName, created.ClientIp, created.CorrelationId, created.Target));
        Assert.Equal("cas_a", all.Items[2].Detail["case"]);
        Assert.Equal(2, (await audit.ListAsync(new AuditQuery(Actor: "key_alice"), new PageRequest(0, 10), Ct)).Total);
        Assert.Equal(2, (await audit.ListAsync(new AuditQuery(Action: "case."), new PageRequest(0, 10), Ct)).Total);
        Assert.Equal(1, (await audit.ListAsync(new AuditQuery(Action: "case.deleted", Target: "cas_a"), new PageRequest(0, 10), Ct)).Total);
        Assert.Equal(0, (await audit.ListAsync(new AuditQuery(Until: DateTimeOffset.UtcNow.AddYears(-1)), new PageRequest(0, 10), Ct)).Total);
    }

    private static Case NewCase(string id, DateTimeOffset at, string? owner, string? team) =>
        new(id, "title " + id, CaseStatus.Open, null, at, at, null, 0, 1, InvestigationState.Empty, owner, team);
}

/// <summary>On the embedded stores.</summary>
public sealed class EmbeddedSecurityStoreContractTests : SecurityStoreContractTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}

/// <summary>On PostgreSQL and Redis.</summary>
public sealed class ServerSecurityStoreContractTests(ServerStores servers) : SecurityStoreContractTests
{
    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => await servers.NewSettingsAsync();
}
