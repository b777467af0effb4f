using System.Security.Cryptography;

namespace FaultMaven.Cli.Commands;

/// <summary>A file a command writes from its input: written to a new file beside the target and renamed over it by
/// <see cref="Commit"/>, so that the target changes at once and only when the whole output is there. A run that fails half-way
/// leaves an existing output as it was; a target that is another name of the input (a hard link the checks missed) leaves the
/// input's own file untouched. A symbolic link keeps pointing where it did: the file it leads to is replaced. The new file takes
/// the old one's permission bits; an old output owned by another user or with other hard links is written in place (so its owner and
/// its other names keep it), and so is one whose folder forbids replacing it (sticky). A target that is no
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
        var existing = FileIdentity.Of(target);
        // An existing output of another owner, or with other names (hard links), is written in place as before: a new file would
        // take this user as its owner and leave the other names with the old text.
        var inPlace = existing is { IsRegular: false } || existing is { } file && (file.Links > 1 || !FileIdentity.OwnedByMe(file));
        if (!Directory.Exists(target) && !NamesDescriptor(Path.GetFullPath(path)) && !NamesDescriptor(target) && !inPlace && Writable(path))
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
            catch (UnauthorizedAccessException)
            {
                // A folder that lets no one replace another's file (the sticky bit of /tmp) may still let the file be written.
                CopyInPlace();
            }
            catch (IOException ex)
            {
                throw new CliException($"cannot write '{_target}': {LogFiles.Reason(_target, ex)}", ExitCodes.Failure);
            }
        }

        _committed = true;
    }

    private void CopyInPlace()
    {
        try
        {
            using (var from = new FileStream(_temporary!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            using (var to = new FileStream(_target, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
            {
                from.CopyTo(to);
            }

            File.Delete(_temporary!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{_target}': {LogFiles.Reason(_target, ex)}", ExitCodes.Failure);
        }
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
        // A link's relative target is read from the link's own folder; given a bare name ("out.csv"), the runtime read it from the
        // root instead ("/<target>"), so the path is made whole first.
        path = Path.GetFullPath(path);
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
