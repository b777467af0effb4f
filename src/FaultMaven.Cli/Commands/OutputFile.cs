using System.Security.Cryptography;

namespace FaultMaven.Cli.Commands;

/// <summary>A file a command writes from its input: written to a new file beside the target and renamed over it by
/// <see cref="Commit"/>, so that the target changes at once and only when the whole output is there. A run that fails half-way
/// leaves an existing output as it was; a target that is another name of the input (a hard link the checks missed) leaves the
/// input's own file untouched. A symbolic link keeps pointing where it did: the file it leads to is replaced. The new file takes
/// the old one's permission bits (not its owner, and other hard links to the old output keep the old text). A target that is no
/// regular file (a FIFO, <c>/dev/stdout</c>, a terminal) or in a folder this user cannot create files in is written directly.</summary>
internal sealed class OutputFile : IDisposable, IAsyncDisposable
{
    private readonly string? _temporary;
    private readonly string _target;
    private bool _committed;

    private OutputFile(Stream stream, string target, string? temporary)
    {
        Stream = stream;
        _target = target;
        _temporary = temporary;
    }

    /// <summary>Where to write; disposed by <see cref="Commit"/>, or by a writer over it.</summary>
    public Stream Stream { get; }

    /// <summary>Opens <paramref name="path"/> for writing; an error is a <see cref="CliException"/> naming it.</summary>
    public static OutputFile Create(string path)
    {
        var target = Target(path);
        if (!Directory.Exists(target) && !NamesDescriptor(Path.GetFullPath(path)) && !NamesDescriptor(target) && FileIdentity.Of(target) is not { IsRegular: false } && Writable(path))
        {
            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            try
            {
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                try
                {
                    if (!OperatingSystem.IsWindows() && File.Exists(target))
                    {
                        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The old file's mode could not be read: the new one keeps the mode new files get.
                }

                return new OutputFile(stream, target, temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // No file can be made in that folder (or it does not exist): writing the target itself says why, or works.
            }
        }

        try
        {
            return new OutputFile(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), target, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {LogFiles.Reason(path, ex)}", ExitCodes.Failure);
        }
    }

    /// <summary>Closes the output and puts it in place of the target.</summary>
    public void Commit()
    {
        Stream.Dispose();
        if (_temporary is not null)
        {
            try
            {
                File.Move(_temporary, _target, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write '{_target}': {LogFiles.Reason(_target, ex)}", ExitCodes.Failure);
            }
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        Discard();
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        Discard();
    }

    private void Discard()
    {
        if (!_committed && _temporary is not null)
        {
            File.Delete(_temporary);
            _committed = true;
        }
    }

    // /dev/stdout, /dev/fd/3 and /proc/self/fd/1 name what a descriptor is open on: appended to, it must be written there.
    private static bool NamesDescriptor(string target) =>
        !OperatingSystem.IsWindows() && (target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal));

    // A file this user may not write stays refused, as it was before outputs were renamed into place (renaming needs only the folder).
    private static bool Writable(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The file a symbolic link leads to (through every link in a chain), so that the link stays a link.
    private static string Target(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } final)
            {
                return final.FullName;
            }
        }
        catch (IOException)
        {
            // A loop of links: writing the path itself reports it.
        }

        return Path.GetFullPath(path);
    }
}
