namespace FaultMaven.Cli;

/// <summary>The exit codes of <c>fm</c>; scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int ServerUnreachable = 3;
    public const int NotFound = 4;

    /// <summary>The server was reached but did not finish answering in time (<c>FM_CLI_TIMEOUT</c>, <c>FM_CLI_UPLOAD_TIMEOUT</c>).</summary>
    public const int Timeout = 5;
}
