using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>Reports whether PostgreSQL answers a query.</summary>
internal sealed class PostgresHealthCheck(PostgresDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL {database.Describe()} answers.");
        }
        catch (StorageUnavailableException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"PostgreSQL {database.Describe()} does not answer: {ex.InnerException?.Message}");
        }
    }
}
