using FaultMaven.Core.Common;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaultMaven.Core.Tests.Sessions;

public sealed class SessionServiceTests : IDisposable
{
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(2);
    private readonly SqliteStores _stores = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly SessionService _sessions;

    public SessionServiceTests()
    {
        _sessions = new SessionService(_stores.Sessions, _time, Options.Create(new SessionOptions { Ttl = Ttl }), NullLogger<SessionService>.Instance);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task CreateAsync_NewSession_ExpiresOneTtlLater()
    {
        var outcome = await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Cli, "  alice  ", new Dictionary<string, string> { ["host"] = "laptop" }), Token);

        Assert.True(outcome.Succeeded);
        var session = outcome.Value;
        Assert.StartsWith("ses_", session.Id);
        Assert.Equal("alice", session.UserLabel);
        Assert.Equal(_time.GetUtcNow() + Ttl, session.ExpiresAt);
        Assert.Equivalent(session, await _sessions.GetAsync(session.Id, Token), strict: true);
    }

    [Fact]
    public async Task Issue18_CreateAsync_LabelAndMetadataRedactedBeforeStorage()
    {
        var metadata = new Dictionary<string, string>
        {
            ["browser"] = "Firefox 131.0.2",
            ["password"] = "Tr0ub4dor&3x",
            ["token"] = "xoxb-2208437291-4409125539-Q7rTmN3vKs9LpXw2Yz4Bc6Df",
            ["contact"] = "meta.leak@example.com",
        };

        var created = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, "alice.smith@example.com", metadata), Token)).Value!;
        var stored = (await _sessions.GetAsync(created.Id, Token))!;

        Assert.Equal("Firefox 131.0.2", stored.Metadata["browser"]);
        Assert.StartsWith("<EMAIL_", stored.UserLabel);
        Assert.StartsWith("<EMAIL_", stored.Metadata["contact"]);
        Assert.NotEqual(stored.UserLabel, stored.Metadata["contact"]);
        var everything = stored.UserLabel + string.Join(' ', stored.Metadata.Select(e => e.Key + "=" + e.Value));
        Assert.DoesNotContain("Tr0ub4dor", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Q7rTmN3vKs9LpXw2Yz4Bc6Df", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", everything, StringComparison.Ordinal);
        Assert.Equal(["browser", "contact", "password", "token"], stored.Metadata.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAsync_AfterTtlElapsed_ReturnsNull()
    {
        var session = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, null, null), Token)).Value!;

        _time.Advance(Ttl - TimeSpan.FromSeconds(1));
        Assert.NotNull(await _sessions.GetAsync(session.Id, Token));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await _sessions.GetAsync(session.Id, Token));
    }

    [Fact]
    public async Task HeartbeatAsync_LiveSession_SlidesExpiry()
    {
        var session = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.BrowserExtension, null, null), Token)).Value!;

        _time.Advance(TimeSpan.FromMinutes(90));
        var touched = await _sessions.HeartbeatAsync(session.Id, Token);
        _time.Advance(TimeSpan.FromMinutes(90));

        Assert.NotNull(touched);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromMinutes(90) + Ttl, touched.ExpiresAt);
        Assert.NotNull(await _sessions.GetAsync(session.Id, Token));
    }

    [Fact]
    public async Task HeartbeatAsync_ExpiredSession_ReturnsNullAndDoesNotRevive()
    {
        var session = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, null, null), Token)).Value!;
        _time.Advance(Ttl);

        Assert.Null(await _sessions.HeartbeatAsync(session.Id, Token));
        Assert.Null(await _sessions.GetAsync(session.Id, Token));
    }

    [Fact]
    public async Task SweepExpiredAsync_RemovesOnlyExpiredSessions()
    {
        var old = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, "old", null), Token)).Value!;
        _time.Advance(TimeSpan.FromHours(1));
        var fresh = (await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, "fresh", null), Token)).Value!;
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await _sessions.SweepExpiredAsync(Token));
        Assert.False(await _stores.Sessions.DeleteAsync(old.Id, Token));
        Assert.NotNull(await _sessions.GetAsync(fresh.Id, Token));
        Assert.Equal(0, await _sessions.SweepExpiredAsync(Token));
    }

    [Fact]
    public async Task ListAsync_Pages_NewestFirstWithTotal()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, $"user{i}", null), Token)).Value!.Id);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await _sessions.ListAsync(new PageRequest(0, 2), Token);
        var last = await _sessions.ListAsync(new PageRequest(4, 2), Token);

        Assert.Equal(5, first.Total);
        Assert.Equal([ids[4], ids[3]], first.Items.Select(s => s.Id));
        Assert.True(first.HasMore);
        Assert.Equal([ids[0]], last.Items.Select(s => s.Id));
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task ListAsync_ExcludesExpiredSessions()
    {
        await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, null, null), Token);
        _time.Advance(Ttl);

        var page = await _sessions.ListAsync(PageRequest.First, Token);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task CreateAsync_TooManyMetadataEntries_IsInvalid()
    {
        var metadata = Enumerable.Range(0, SessionOptions.MaxMetadataEntries + 1).ToDictionary(i => $"k{i}", i => "v");

        var outcome = await _sessions.CreateAsync(new CreateSessionCommand(ClientKind.Api, null, metadata), Token);

        Assert.Equal(FailureKind.Invalid, outcome.Failure?.Kind);
        Assert.Equal(0, (await _sessions.ListAsync(PageRequest.First, Token)).Total);
    }

    [Fact]
    public async Task DeleteAsync_UnknownSession_ReturnsFalse()
    {
        Assert.False(await _sessions.DeleteAsync("ses_missing", Token));
    }
}
