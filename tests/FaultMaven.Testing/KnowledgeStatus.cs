using System.Text.Json;

namespace FaultMaven.Testing;

/// <summary>Waits on <c>GET /api/v1/knowledge/status</c>: embedding runs in the background, so a test that needs the fused search
/// waits until every chunk has its vector.</summary>
public static class KnowledgeStatus
{
    /// <summary>Polls until the state is <paramref name="state"/> (default <c>ready</c>) and returns the status; fails after two minutes.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string state = "ready", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(2));
        JsonElement status = default;
        try
        {
            while (true)
            {
                status = await (await client.GetAsync(new Uri("/api/v1/knowledge/status", UriKind.Relative), deadline.Token)).ReadJsonAsync(deadline.Token);
                if (status.GetProperty("state").GetString() == state)
                {
                    return status;
                }

                await Task.Delay(50, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The knowledge base did not reach '{state}' in two minutes; last status: {status}");
        }
    }
}
