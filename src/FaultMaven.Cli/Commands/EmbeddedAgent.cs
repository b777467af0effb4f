using FaultMaven.Core.Agent;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data;
using FaultMaven.Core.Knowledge.Indexing;
using FaultMaven.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaultMaven.Cli.Commands;

/// <summary>The agent in this process, over the data directory (<c>--data-dir</c>, else <c>FM_DATA_DIR</c>): the server's services
/// without HTTP, as <c>fm ask</c> and <c>fm chat</c> run them.</summary>
internal sealed class EmbeddedAgent(IHost host) : IAsyncDisposable
{
    private static readonly TimeSpan StoredVectorsWait = TimeSpan.FromSeconds(30);

    public static async Task<EmbeddedAgent> StartAsync(string? dataDir, CancellationToken cancellationToken)
    {
        // A warm-up in the background would only compete with the questions this process answers.
        var settings = new Dictionary<string, string?> { ["FM_DATA_WARMUP"] = "false" };
        if (dataDir is not null)
        {
            settings["FM_DATA_DIR"] = dataDir;
        }

        try
        {
            var host = FaultMavenApplication.CreateEmbedded(settings);
            await host.StartAsync(cancellationToken);
            return new EmbeddedAgent(host);
        }
        catch (Exception ex) when (FaultMavenApplication.DescribeConfigurationErrors(ex, settings) is { Count: > 0 } lines)
        {
            throw new CliException(string.Join("; ", lines), ExitCodes.Usage);
        }
    }

    /// <summary>Asks on <paramref name="caseId"/>, or opens a case when it is null; the files go with the turn.</summary>
    public Task<AgentReply> AskAsync(string? caseId, string message, IReadOnlyList<string> files, CancellationToken cancellationToken) =>
        AskAsync(caseId, message, files, null, cancellationToken);

    /// <summary>Asks as <see cref="AskAsync(string?, string, IReadOnlyList{string}, CancellationToken)"/>, with a live query fetched first.</summary>
    public async Task<AgentReply> AskAsync(string? caseId, string message, IReadOnlyList<string> files, Core.Sources.LiveQuery? live, CancellationToken cancellationToken)
    {
        // A one-shot process asks as soon as it starts: without this the first answer could search by words alone while the stored
        // vectors are still being read back (about a second at 100k chunks), and the same question would be answered two ways.
        try
        {
            await host.Services.GetRequiredService<SemanticIndexer>().StoredVectorsRead.WaitAsync(StoredVectorsWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A slow store: answer with what is ready rather than not at all.
        }

        var agent = host.Services.GetRequiredService<AgentService>();
        var streams = files.Select(File.OpenRead).ToList();
        try
        {
            var attachments = streams.Select((s, i) => new TurnAttachment(s, new DataSource(Path.GetFileName(files[i])))).ToList();
            var outcome = caseId is null
                ? await agent.QueryAsync(message, attachments, live, null, cancellationToken)
                : await agent.AskAsync(caseId, message, attachments, null, live, null, cancellationToken);
            return outcome.Succeeded
                ? outcome.Value
                : throw new CliException(outcome.Failure.Detail, outcome.Failure.Kind switch { FailureKind.NotFound => ExitCodes.NotFound, FailureKind.Invalid => ExitCodes.Usage, _ => ExitCodes.Failure });
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
    }
}
