using FaultMaven.Core.Common;
using FaultMaven.Core.Logs.Reading;

namespace FaultMaven.Cli.Commands;

/// <summary>Opens log files named on the command line ('-' is standard input) with clear errors.</summary>
internal static class LogFiles
{
    /// <summary>Opens a file for line reading (long lines cut, line ends dropped); reading gzip past <paramref name="limit"/> throws
    /// <see cref="ExpansionLimitException"/>.</summary>
    public static LineReader Open(string path, ExpansionLimit limit) => Decode(path, stream => LogInput.Open(stream, limit: limit));

    /// <summary>Opens a file as whole text, line ends and long lines kept; gzip expands without limit unless <paramref name="limit"/>
    /// is given (reading past it throws <see cref="ExpansionLimitException"/>).</summary>
    public static TextReader OpenText(string path, ExpansionLimit? limit = null) => Decode(path, stream => LogInput.OpenText(stream, limit ?? ExpansionLimit.None));

    /// <summary>Opens a file (or standard input) as bytes, with the same errors as the other openers.</summary>
    public static Stream Require(string path) => Decode(path, stream => stream);

    private static T Decode<T>(string path, Func<Stream, T> open)
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
            return open(stream);
        }
        catch (LogInputException ex)
        {
            throw new CliException($"{Name(path)}: {ex.Message}", ExitCodes.Failure);
        }
    }

    public static string Name(string path) => path == "-" ? "standard input" : path;
}
