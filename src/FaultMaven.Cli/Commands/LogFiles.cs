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
                stream = new FileStream(RealPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new CliException($"cannot read '{path}': no such file.", ExitCodes.NotFound);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new CliException($"cannot read '{path}': {Reason(path, ex)}", ExitCodes.Failure);
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
        catch (ExpansionLimitException ex)
        {
            // Reached while opening: a gzip that opens with a long run of NULs (a log truncated in place, then compressed) is
            // expanded past the limit before its text is sampled.
            throw new CliException($"{Name(path)}: {ex.Message} Nothing was written; for a file you trust, raise --max-expanded-bytes.", ExitCodes.Failure);
        }
    }

    public static string Name(string path) => path == "-" ? "standard input" : path;

    /// <summary>Why <paramref name="path"/> could not be opened: .NET says "Access to the path is denied" for a directory.</summary>
    public static string Reason(string path, Exception ex) => Directory.Exists(path) ? "it is a directory; name a file." : ex.Message;

    /// <summary>Gets whether writing <paramref name="output"/> would write over <paramref name="input"/> ('-' standard input or
    /// output): the same path, a symbolic link (to the file or to a directory on the way) that leads to it, or — where the kernel
    /// is asked (Linux) — another name of the same file: a hard link, or standard input or output redirected from or to it.
    /// Writing over the input truncates it before it is read, or (appending) feeds the output back in without end.</summary>
    public static bool SameFile(string input, string output)
    {
        if (input != "-" && output != "-" && string.Equals(RealPath(input), RealPath(output), StringComparison.Ordinal))
        {
            return true;
        }

        // Only a regular file: standard input and output on one terminal are one device, and that is no overwrite.
        var read = input == "-" ? FileIdentity.OfDescriptor(0) : FileIdentity.Of(input);
        return read is { IsRegular: true } file && (output == "-" ? FileIdentity.OfDescriptor(1) : FileIdentity.Of(output)) is { } written && file.IsSameFile(written);
    }

    /// <summary>The path with every symbolic link along it followed (at most 40, as the kernel allows), like realpath(3). ".." is
    /// read where the kernel reads it, after the link before it is followed: "linkdir/../in.log" is beside the folder linkdir leads
    /// to, not beside linkdir (.NET's own path handling drops "linkdir/.." unread), so a file is read or written where the shell
    /// and every other tool would find it.</summary>
    public static string RealPath(string path)
    {
        // Not Path.GetFullPath: it removes "name/.." by the text alone.
        var whole = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var resolved = Path.GetPathRoot(whole)!;
        var rest = new Queue<string>(whole[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var links = 0; rest.TryDequeue(out var part);)
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
            }

            if (target is null || ++links > 40)
            {
                resolved = next;
                continue;
            }

            // The link's target is read in place of the link: an absolute target starts again at the root.
            var full = Path.Combine(resolved, target);
            var remaining = rest.ToArray();
            resolved = Path.GetPathRoot(full)!;
            rest = new Queue<string>(full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
        }

        return resolved;
    }
}
