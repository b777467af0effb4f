using System.Text.Json;
using Spectre.Console;

namespace FaultMaven.Cli.Commands;

/// <summary>After an import, follows the server's background embedding (<c>GET /api/v1/knowledge/status</c>) until every chunk has
/// its vector: a progress bar on a terminal, a line every few seconds otherwise. Leaving early is harmless: the server goes on.</summary>
internal static class KbIndexingProgress
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);

    public static async Task FollowAsync(CliContext context, Api.FaultMavenClient client, CancellationToken cancellationToken)
    {
        try
        {
            var status = await ReadAsync(client, cancellationToken);
            if (status is not { State: "indexing" or "failed" })
            {
                return;
            }

            if (context.Console.Profile.Capabilities.Interactive)
            {
                await context.Console.Progress().AutoClear(false).StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Embedding chunks ({status.Model})", maxValue: Math.Max(1, status.Chunks));
                    while (status is { State: "indexing" or "failed" })
                    {
                        task.MaxValue = Math.Max(1, status.Chunks);
                        task.Value = status.ChunksWithVectors;
                        await Task.Delay(Poll, cancellationToken);
                        status = await ReadAsync(client, cancellationToken);
                    }

                    task.Value = task.MaxValue;
                });
            }
            else
            {
                long? last = null;
                while (status is { State: "indexing" or "failed" })
                {
                    if (last is null || TimeProvider.System.GetElapsedTime(last.Value) >= LineEvery)
                    {
                        await context.Error.WriteLineAsync($"fm: embedding with {status.Model}: {status.ChunksWithVectors:N0}/{status.Chunks:N0} chunks" +
                            (status.Error is { } error ? $" (retrying: {error.Printable()})" : ""));
                        last = TimeProvider.System.GetTimestamp();
                    }

                    await Task.Delay(Poll, cancellationToken);
                    status = await ReadAsync(client, cancellationToken);
                }
            }

            if (status is { State: "ready" })
            {
                await context.Error.WriteLineAsync($"fm: {status.ChunksWithVectors:N0} chunks have vectors ({status.Model}); search fuses meaning with words.");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("fm: the server goes on embedding in the background; search is lexical until it is done (fm kb status).");
        }
    }

    /// <summary>The status, or null from a server that has no status endpoint.</summary>
    public static async Task<Status?> ReadAsync(Api.FaultMavenClient client, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.SendAsync(HttpMethod.Get, "api/v1/knowledge/status", null, cancellationToken))?.Deserialize<Status>(FaultMaven.Server.Contracts.ApiJson.Options);
        }
        catch (CliException ex) when (ex.ExitCode == ExitCodes.NotFound)
        {
            return null;
        }
    }

    /// <summary>The server's <c>SemanticIndexStatus</c>.</summary>
    internal sealed record Status(string State, string? Model, int Documents, int Chunks, int ChunksWithVectors, int DocumentsPending, string Search, string? Error);
}
