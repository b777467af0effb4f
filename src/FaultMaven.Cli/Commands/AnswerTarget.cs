namespace FaultMaven.Cli.Commands;

/// <summary>Where <c>fm ask</c> and <c>fm chat</c> get their answers: the server at <see cref="ServerUrl"/>, or the embedded store in
/// <see cref="DataDir"/> (null: <c>./.faultmaven</c>). One rule for both commands, so that what <c>fm kb import</c> sent to a server
/// is what <c>fm ask</c> reads unless the user chose otherwise.</summary>
internal sealed record AnswerTarget(string? ServerUrl, string? DataDir)
{
    /// <summary>How long the health probe may wait for a connection before the embedded store is used instead. Nothing listening is
    /// refused at once; the wait only matters for a loaded machine whose server accepts late (300 ms failed under the test suite).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long a server that accepted the connection may take to answer the probe.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Gets whether the answers come from a server.</summary>
    public bool IsServer => ServerUrl is not null;

    /// <summary><c>--server</c> wins, then <c>--data-dir</c>; with neither, the server at <c>FM_URL</c> (default
    /// <see cref="CliContext.DefaultUrl"/>) when its health endpoint answers (connection within <see cref="ConnectTimeout"/>), else the embedded
    /// store. The automatic choice is announced on standard error in one line; standard output stays the answer's.</summary>
    public static async Task<AnswerTarget> ResolveAsync(CliContext context, string? server, string? dataDir, CancellationToken cancellationToken)
    {
        if (server is not null && dataDir is not null)
        {
            throw new CliException("--server and --data-dir choose different places to answer from; give one of them.", ExitCodes.Usage);
        }

        if (server is not null)
        {
            // Validates the URL as every command does.
            context.CreateClient(server).Dispose();
            return new AnswerTarget(server, null);
        }

        if (dataDir is not null)
        {
            return new AnswerTarget(null, dataDir);
        }

        var url = context.Environment("FM_URL") is { Length: > 0 } configured ? configured : CliContext.DefaultUrl;
        context.CreateClient(url).Dispose();
        var localDir = context.Environment("FM_DATA_DIR") is { Length: > 0 } d ? d : null;
        if (await context.ServerAnswersAsync(url, ConnectTimeout, AnswerTimeout, cancellationToken))
        {
            await context.Error.WriteLineAsync($"fm: answering with the server at {Api.SafeUrl.Show(url)} (--data-dir DIR answers in-process instead)");
            return new AnswerTarget(url, null);
        }

        await context.Error.WriteLineAsync($"fm: no server at {Api.SafeUrl.Show(url)}; answering in-process over {localDir ?? "./.faultmaven"}");
        return new AnswerTarget(null, localDir);
    }
}
