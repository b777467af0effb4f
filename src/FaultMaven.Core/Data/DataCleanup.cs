using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Data;

/// <summary>Runs <see cref="DataService.CleanUpAsync"/> at start and on a fixed interval for as long as the host runs.</summary>
internal sealed partial class DataCleanup(DataService data, TimeProvider timeProvider, IOptions<DataOptions> options, ILogger<DataCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                var removed = await data.CleanUpAsync(stoppingToken);
                if (removed > 0)
                {
                    LogRemoved(removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Retried on the next tick; orphaned files are invisible to the API.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(3101, LogLevel.Information, "Upload clean-up removed {Files} orphaned or abandoned files")]
    private partial void LogRemoved(int files);

    [LoggerMessage(3102, LogLevel.Warning, "Upload clean-up failed")]
    private partial void LogFailed(Exception exception);
}
