namespace FaultMaven.Cli;

/// <summary>The exit codes of <c>fm</c>; scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int ServerUnreachable = 3;
    public const int NotFound = 4;
}
