using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Sessions;

/// <summary>Removes expired sessions on a fixed interval for as long as the host runs.</summary>
internal sealed class SessionSweeper(
    SessionService sessions,
    TimeProvider timeProvider,
    IOptions<SessionOptions> options,
    ILogger<SessionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sessions.SweepExpiredAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed sweep is retried on the next tick; expired sessions are already invisible to reads.
                logger.SessionSweepFailed(ex);
            }
        }
    }
}
