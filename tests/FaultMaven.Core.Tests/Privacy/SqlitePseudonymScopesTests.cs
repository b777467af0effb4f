using System.Text;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;
using FaultMaven.Core.Sessions;
using FaultMaven.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Tests.Privacy;

public sealed class SqlitePseudonymScopesTests : IDisposable
{
    private const string Email = "carol.owens@example.net";
    private readonly SqliteStores _stores = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task A_case_keeps_its_pseudonyms_encrypted_at_rest_and_loses_them_with_the_case()
    {
        var cases = new CaseService(_stores.Cases, new SessionService(_stores.Sessions, TimeProvider.System, Options.Create(new SessionOptions()), NullLogger<SessionService>.Instance), new CaseTextRedactor(Redactor.Default, _stores.Pseudonyms, new LocalIdempotencyGate()), TimeProvider.System, NullLogger<CaseService>.Instance);
        var caseId = (await cases.CreateAsync(new CreateCaseCommand("login failures", null), Token)).Value!.Id;

        var map = await _stores.Pseudonyms.GetAsync(caseId, Token);
        Assert.Equal("<EMAIL_1> locked out", Redactor.Default.Redact($"{Email} locked out", map).Text);
        await _stores.Pseudonyms.SaveAsync(caseId, map, Token);

        var reloaded = await _stores.Pseudonyms.GetAsync(caseId, Token);
        Assert.Equal("<EMAIL_1> <EMAIL_2>", Redactor.Default.Redact($"{Email} dan@example.net", reloaded).Text);
        Assert.Equal(Email, reloaded.Restore("<EMAIL_1>"));

        var stored = await ReadValuesAsync();
        var value = Assert.Single(stored);
        Assert.DoesNotContain(Email, Encoding.UTF8.GetString(value), StringComparison.Ordinal);
        var keyFile = Path.Combine(_stores.DataDirectory, "privacy.key");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.True(await cases.DeleteAsync(caseId, Token));
        Assert.Empty(await ReadValuesAsync());
    }

    [Fact]
    public async Task Pseudonyms_of_more_than_one_batch_are_all_saved_and_read_back_with_their_values()
    {
        // Saved in batches (each its own write) so that one upload of many values does not hold every other writer.
        var map = new PseudonymMap();
        var emails = Enumerable.Range(0, 2_500).Select(i => $"user{i}@example.net").ToArray();
        var tokens = emails.Select(e => map.TokenFor(PiiType.Email, e)).ToArray();
        await _stores.Pseudonyms.SaveAsync("case-batches", map, Token);

        var reloaded = await _stores.Pseudonyms.GetAsync("case-batches", Token);

        Assert.Equal(2_500, (await ReadValuesAsync()).Count);
        Assert.Equal(emails[0], reloaded.Restore(tokens[0]));
        Assert.Equal(emails[1_999], reloaded.Restore(tokens[1_999]));
        Assert.Equal(emails[^1], reloaded.Restore(tokens[^1]));
        Assert.Equal("<EMAIL_2501>", reloaded.TokenFor(PiiType.Email, "new@example.net"));
    }

    private async Task<List<byte[]>> ReadValuesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_stores.DataDirectory, "faultmaven.db")};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM pseudonyms";
        await using var reader = await command.ExecuteReaderAsync(Token);
        var values = new List<byte[]>();
        while (await reader.ReadAsync(Token))
        {
            values.Add((byte[])reader[0]);
        }

        return values;
    }
}
