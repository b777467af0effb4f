using System.Security.Cryptography;

namespace FaultMaven.Cli.Commands;

/// <summary>A file a command writes from its input: written to a new file first and put in place by <see cref="Commit"/> only when
/// the whole output is there, so that a run that fails half-way, is stopped by a signal or passes the file-size limit leaves an
/// existing output as it was; a target that is another name of the input (a hard link the checks missed) leaves the input's own file
/// untouched. A symbolic link keeps pointing where it did: the file it leads to is replaced. As a rule the new file is made beside
/// the target, takes the old one's permission bits and is renamed over it (the target changes at once). An old output owned by
/// another user or with other hard links keeps its inode (so its owner and its other names keep it), and so does one in a folder
/// this user cannot create files in: the new content is written to a private file (0600) beside it, or in the system's temporary
/// folder when the target's folder takes none, and copied over the target once complete — only a signal that cannot be handled
/// (SIGKILL, a power cut) during that last copy leaves the target cut short. A target that is no regular file (a FIFO,
/// <c>/dev/stdout</c>, a terminal) is written directly. The new file holds the bytes the target will hold, no others; it is deleted
/// on every failure and when the process is stopped by a signal it can handle (<see cref="TemporaryFiles"/>); a write that fails (a
/// full disk, the file-size limit) is one line naming the output. A private output (<see cref="CreatePrivate"/>, a backup) is always
/// a new file of this user's, readable by them alone, flushed to disk and renamed into place.</summary>
internal sealed class OutputFile : IDisposable, IAsyncDisposable
{
    private readonly string? _temporary;
    private readonly IDisposable? _tracked;
    private readonly string _target;
    private readonly string _name;
    private readonly FileStream _file;
    private readonly bool _copyOver;
    private readonly bool _durable;
    private bool _committed;
    private bool _copying;

    private OutputFile(FileStream stream, string name, string target, string? temporary, bool copyOver = false, bool durable = false)
    {
        _name = name;
        _target = target;
        _temporary = temporary;
        _file = stream;
        _copyOver = copyOver;
        _durable = durable;
        _tracked = temporary is null ? null : TemporaryFiles.Track(temporary);
        Stream = new ReportedWrites(stream, Failed);
    }

    /// <summary>Where to write; disposed by <see cref="Commit"/>, or by a writer over it.</summary>
    public Stream Stream { get; }

    /// <summary>Refuses, before any work is done, an output that cannot be a file: a folder, or a file in a folder that does not
    /// exist (both are arguments to correct: <see cref="ExitCodes.Usage"/>).</summary>
    public static void Check(string path)
    {
        if (NamesDescriptor(Path.GetFullPath(path)))
        {
            return;
        }

        var target = Target(path);
        if (Directory.Exists(target))
        {
            throw new CliException($"cannot write '{path}': it is a directory; name a file.", ExitCodes.Usage);
        }

        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
        {
            throw new CliException($"cannot write '{path}': there is no folder {folder}.", ExitCodes.Usage);
        }
    }

    /// <summary>The file <paramref name="path"/> leads to: the one an output written there replaces.</summary>
    public static string TargetOf(string path) => Target(path);

    /// <summary>Opens <paramref name="path"/> for writing; an error is a <see cref="CliException"/> naming it.</summary>
    public static OutputFile Create(string path) => Create(path, @private: false);

    /// <summary>Opens <paramref name="path"/> for a private output (an archive of the data): a new file readable by this user
    /// alone, flushed to disk and renamed over the target (the file a symbolic link leads to), whoever owned the old one and
    /// whatever other names it had (they keep the old content). A target whose folder takes no new file is refused.</summary>
    public static OutputFile CreatePrivate(string path) => Create(path, @private: true);

    private static OutputFile Create(string path, bool @private)
    {
        Check(path);
        var target = Target(path);
        var descriptor = NamesDescriptor(Path.GetFullPath(path)) || NamesDescriptor(target);
        var existing = FileIdentity.Of(target);
        if (@private && (descriptor || existing is { IsRegular: false }))
        {
            throw new CliException($"cannot write '{path}': it is no regular file; name a file.", ExitCodes.Usage);
        }

        if (!descriptor && existing is not { IsRegular: false } && !Directory.Exists(target) && (@private || Writable(path)))
        {
            // An existing output of another owner, or with other names (hard links), keeps its inode: a new file renamed over it
            // would take this user as its owner and leave the other names with the old text.
            var copyOver = !@private && existing is { } file && (file.Links > 1 || !FileIdentity.OwnedByMe(file));
            var folder = Path.GetDirectoryName(target)!;
            if (NewFile(folder, target, keepMode: !copyOver && !@private) is { } beside)
            {
                return new OutputFile(beside.Stream, path, target, beside.Path, copyOver, durable: @private);
            }

            if (@private)
            {
                throw new CliException($"cannot write '{path}': no file can be made in {folder}; a backup is written beside its target and renamed into place.", ExitCodes.Failure);
            }

            // No new file can be made beside the target: the rename is out of reach, a copy over it is not.
            if (existing is not null && NewFile(Path.GetTempPath(), target, keepMode: false) is { } elsewhere)
            {
                return new OutputFile(elsewhere.Stream, path, target, elsewhere.Path, copyOver: true);
            }
        }

        try
        {
            // A descriptor's name is opened as given; any other path where the kernel reads it (see LogFiles.RealPath).
            var direct = descriptor ? path : target;
            return new OutputFile(new FileStream(direct, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), path, target, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {LogFiles.Reason(path, ex)}", ExitCodes.Failure);
        }
    }

    // A new file in folder, named after the target: private (0600), or with the mode new files get and then the old target's mode
    // when it is to be renamed over it. Null when the folder takes no new file.
    private static (FileStream Stream, string Path)? NewFile(string folder, string target, bool keepMode)
    {
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
            if (!keepMode && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var stream = new FileStream(temporary, options);
            try
            {
                if (keepMode && !OperatingSystem.IsWindows() && File.Exists(target))
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The old file's mode could not be read: the new one stays private.
            }

            return (stream, temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Closes the output and puts it in place of the target.</summary>
    public void Commit()
    {
        if (_durable && _file.CanWrite)
        {
            Stream.Flush();
            Report(() => _file.Flush(flushToDisk: true));
        }

        Stream.Dispose();
        if (_temporary is not null)
        {
            // A rename this user may not do (another user's file in a sticky folder) was sent to a copy by Create; what is left to
            // fail here (an immutable file, a folder changed meanwhile) would fail a write in place as well. A signal that arrives
            // during the rename or the copy waits for it to end (the handler takes the same lock), then deletes nothing of ours.
            try
            {
                TemporaryFiles.WhileRunning(_temporary, _copyOver ? CopyOver : () => File.Move(_temporary, _target, overwrite: true));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
            {
                throw Failed(ex);
            }
        }

        _committed = true;
    }

    // The complete output over the target's own bytes: its inode, owner, mode and other names stay; it is cut to the new length last.
    // The copied file is deleted here, inside the signal handler's lock: once this ends it is no longer on the list a signal deletes.
    private void CopyOver()
    {
        using (var source = new FileStream(_temporary!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var target = new FileStream(_target, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            _copying = true;
            source.CopyTo(target);
            target.SetLength(source.Length);
        }

        File.Delete(_temporary!);
    }

    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        finally
        {
            Discard();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Stream.DisposeAsync();
        }
        finally
        {
            Discard();
        }
    }

    private void Discard()
    {
        if (!_committed && _temporary is not null)
        {
            _committed = true;
            TemporaryFiles.Delete(_temporary);
        }

        _tracked?.Dispose();
    }

    // A write refused by the file system, said as the output's failure, not the runtime's: .NET reports a write past the file-size
    // limit or the largest file (EFBIG) as an ArgumentOutOfRangeException, and a full disk names the temporary file.
    private CliException Failed(Exception ex)
    {
        var reason = ex is ArgumentOutOfRangeException ? "the file would be larger than this process may write (ulimit -f) or the file system allows."
            : ex is IOException && ex.HResult == 28 ? "the disk is full."
            : Directory.Exists(_target) ? "it is a directory; name a file."
            : ex.Message.Split(" : '")[0].TrimEnd('.') + ".";
        var kept = _copying ? " The earlier output was partly overwritten."
            : _temporary is not null && File.Exists(_target) ? " The earlier output is kept." : "";
        return new CliException($"cannot write '{_name}': {reason}{kept}", ExitCodes.Failure);
    }

    private void Report(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            throw Failed(ex);
        }
    }

    // /dev/stdout, /dev/fd/3 and /proc/self/fd/1 name what a descriptor is open on: appended to, it must be written there.
    private static bool NamesDescriptor(string target) =>
        !OperatingSystem.IsWindows() && (target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal));

    // A file this user may not write stays refused, as it was before outputs were renamed into place (renaming needs only the
    // folder); a private output replaces its name whatever the old file's mode, as a backup always did.
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

    // The file a symbolic link leads to (through every link in a chain, and those on the way, ".." read after them as the kernel
    // reads it), so that the link stays a link and the file written is the one the input check compared.
    private static string Target(string path) => LogFiles.RealPath(path);
}
