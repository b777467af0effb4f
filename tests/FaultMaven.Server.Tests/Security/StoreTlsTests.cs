using System.Net;
using FaultMaven.Testing;
using Npgsql;

namespace FaultMaven.Server.Tests.Security;

/// <summary>PostgreSQL over TLS when the connection string asks for it: a real server with <c>ssl=on</c> and a certificate from a
/// throwaway CA; <c>SSL Mode=VerifyFull</c> connects with that CA and refuses another one.</summary>
public sealed class StoreTlsTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _postgres = await PostgresServer.StartNewAsync(tls: true);

    public async ValueTask DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task Postgres_VerifyFullWithTheServersCa_ServesOverTls()
    {
        var connectionString = await _postgres.CreateDatabaseAsync() + $";SSL Mode=VerifyFull;Root Certificate={_postgres.Certificates!.AuthorityPath}";
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_POSTGRES"] = connectionString }, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostJsonAsync("/api/v1/cases", new { title = "over tls" }, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready", Token)).StatusCode);

        // Every connection the server holds is encrypted.
        await using var connection = new NpgsqlConnection(connectionString + ";Application Name=fm-test");
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(
            "SELECT count(*), bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'faultmaven'", connection);
        await using var reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token));
        Assert.True(reader.GetInt64(0) > 0);
        Assert.True(reader.GetBoolean(1));
    }

    [Fact]
    public async Task Postgres_VerifyFullWithAnotherCa_FailsToStartSayingSo()
    {
        using var other = TestCertificates.Create("Some other CA");
        var connectionString = await _postgres.CreateDatabaseAsync() + $";SSL Mode=VerifyFull;Root Certificate={other.AuthorityPath}";

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            InProcessServer.StartAsync(new Dictionary<string, string?> { ["FM_POSTGRES"] = connectionString }, cancellationToken: Token));

        TestContext.Current.TestOutputHelper?.WriteLine(failure.ToString());
        Assert.Contains("certificate", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("postgresql", failure.Message, StringComparison.OrdinalIgnoreCase);
    }
}
