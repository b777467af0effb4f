using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Cli.Commands;

/// <summary>Opens log files named on the command line ('-' is standard input) with clear errors.</summary>
internal static class LogFiles
{
    public static LineReader Open(string path)
    {
        Stream stream;
        if (path == "-")
        {
            stream = Console.OpenStandardInput();
        }
        else
        {
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new CliException($"cannot read '{path}': no such file.", ExitCodes.NotFound);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new CliException($"cannot read '{path}': {ex.Message}", ExitCodes.Failure);
            }
        }

        try
        {
            return LogInput.Open(stream);
        }
        catch (LogInputException ex)
        {
            throw new CliException($"{Name(path)}: {ex.Message}", ExitCodes.Failure);
        }
    }

    public static string Name(string path) => path == "-" ? "standard input" : path;
}
