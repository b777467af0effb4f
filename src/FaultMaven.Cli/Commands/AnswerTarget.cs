namespace FaultMaven.Cli.Commands;

/// <summary>Where <c>fm ask</c> and <c>fm chat</c> get their answers: the server at <see cref="ServerUrl"/>, or the embedded store in
/// <see cref="DataDir"/> (null: <c>./.faultmaven</c>). One rule for both commands, so that what <c>fm kb import</c> sent to a server
/// is what <c>fm ask</c> reads unless the user chose otherwise.</summary>
internal sealed record AnswerTarget(string? ServerUrl, string? DataDir)
{
    /// <summary>How long the health probe may wait for a connection before the embedded store is used instead. Nothing listening is
    /// refused at once; the wait only matters for a loaded machine whose server accepts late (300 ms failed under the test suite).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long a server that accepted the connection may take to answer the probe. A loaded machine's server answers
    /// late (over 2 s under the test suite at load 130) and is not absent for that: answering in-process then would hide the cases
    /// the user keeps on the server.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    /// <summary>After how long a user waiting for a slow probe is told why; longer than <see cref="ConnectTimeout"/>, so that it is only
    /// said of a server that accepted the connection.</summary>
    public static readonly TimeSpan WaitNotice = TimeSpan.FromSeconds(3);

    /// <summary>Gets whether the answers come from a server.</summary>
    public bool IsServer => ServerUrl is not null;

    /// <summary><c>--server</c> wins, then <c>--data-dir</c>; with neither, the server at <c>FM_URL</c> (default
    /// <see cref="CliContext.DefaultUrl"/>) when its health endpoint answers (connection within <see cref="ConnectTimeout"/>, answer
    /// within <see cref="AnswerTimeout"/>), else the embedded store. The automatic choice is announced on standard error in one line (two
    /// when the server is slow); standard output stays the answer's.</summary>
    public static Task<AnswerTarget> ResolveAsync(CliContext context, string? server, string? dataDir, CancellationToken cancellationToken) =>
        ResolveAsync(context, server, dataDir, AnswerTimeout, cancellationToken);

    /// <summary>As <see cref="ResolveAsync(CliContext, string?, string?, CancellationToken)"/>, waiting <paramref name="answerTimeout"/>
    /// for a server that accepted the connection.</summary>
    internal static async Task<AnswerTarget> ResolveAsync(CliContext context, string? server, string? dataDir, TimeSpan answerTimeout, CancellationToken cancellationToken)
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
        var shown = Api.SafeUrl.Show(url);
        var probe = context.ServerAnswersAsync(url, ConnectTimeout, answerTimeout, cancellationToken);
        var waited = false;
        bool answered;
        try
        {
            answered = await probe.WaitAsync(WaitNotice, cancellationToken);
        }
        catch (TimeoutException)
        {
            waited = true;
            await context.Error.WriteLineAsync($"fm: the server at {shown} accepted the connection but has not answered yet; waiting up to {answerTimeout.TotalSeconds:0} s (--data-dir DIR answers in-process)");
            answered = await probe;
        }

        if (answered)
        {
            await context.Error.WriteLineAsync($"fm: answering with the server at {shown} (--data-dir DIR answers in-process instead)");
            return new AnswerTarget(url, null);
        }

        await context.Error.WriteLineAsync(waited
            ? $"fm: the server at {shown} did not answer within {answerTimeout.TotalSeconds:0} s; answering in-process over {localDir ?? "./.faultmaven"}"
            : $"fm: no server at {shown}; answering in-process over {localDir ?? "./.faultmaven"}");
        return new AnswerTarget(null, localDir);
    }
}
