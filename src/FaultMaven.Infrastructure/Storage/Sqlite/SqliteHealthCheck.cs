using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>Reports whether the embedded database answers a query.</summary>
internal sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("SQLite answers.");
        }
        catch (StorageUnavailableException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"SQLite does not answer: {ex.InnerException?.Message}");
        }
    }
}
