using System.Security.Cryptography;

namespace FaultMaven.Cli.Commands;

/// <summary>A file a command writes from its input: written to a new file beside the target and renamed over it by
/// <see cref="Commit"/>, so that the target changes at once and only when the whole output is there. A run that fails half-way
/// leaves an existing output as it was; a target that is another name of the input (a hard link the checks missed) leaves the
/// input's own file untouched. A symbolic link keeps pointing where it did: the file it leads to is replaced. The new file takes
/// the old one's permission bits; an old output owned by another user or with other hard links is written in place (so its owner and
/// its other names keep it; a folder's sticky bit forbids replacing another user's file, never this user's own). A target that is no
/// regular file (a FIFO, <c>/dev/stdout</c>, a terminal) or in a folder this user cannot create files in is written directly.
/// The new file is deleted on every failure and when the process is stopped by a signal it can handle (<see cref="TemporaryFiles"/>);
/// a write that fails (a full disk, the file-size limit) is one line naming the output, and the old output stays.</summary>
internal sealed class OutputFile : IDisposable, IAsyncDisposable
{
    private readonly string? _temporary;
    private readonly IDisposable? _tracked;
    private readonly string _target;
    private readonly string _name;
    private bool _committed;

    private OutputFile(FileStream stream, string name, string target, string? temporary)
    {
        _name = name;
        _target = target;
        _temporary = temporary;
        _tracked = temporary is null ? null : TemporaryFiles.Track(temporary);
        Stream = new WriteReporting(stream, this);
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

    /// <summary>Opens <paramref name="path"/> for writing; an error is a <see cref="CliException"/> naming it.</summary>
    public static OutputFile Create(string path)
    {
        Check(path);
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

                return new OutputFile(stream, path, target, temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // No file can be made in that folder (or it does not exist): writing the target itself says why, or works.
            }
        }

        try
        {
            // A descriptor's name is opened as given; any other path where the kernel reads it (see LogFiles.RealPath).
            var direct = NamesDescriptor(Path.GetFullPath(path)) || NamesDescriptor(target) ? path : target;
            return new OutputFile(new FileStream(direct, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), path, target, null);
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
            // A rename this user may not do (another user's file in a sticky folder) was sent to writing in place by Create; what
            // is left to fail here (an immutable file, a folder changed meanwhile) would fail a write in place as well.
            try
            {
                TemporaryFiles.WhileRunning(_temporary, () => File.Move(_temporary, _target, overwrite: true));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Failed(ex);
            }
        }

        _committed = true;
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
        var kept = _temporary is not null && File.Exists(_target) ? " The earlier output is kept." : "";
        return new CliException($"cannot write '{_name}': {reason}{kept}", ExitCodes.Failure);
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

    // The file a symbolic link leads to (through every link in a chain, and those on the way, ".." read after them as the kernel
    // reads it), so that the link stays a link and the file written is the one the input check compared.
    private static string Target(string path) => LogFiles.RealPath(path);

    // The output's stream, whose failed writes say which output could not be written and why.
    private sealed class WriteReporting(FileStream inner, OutputFile owner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Report(() => inner.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
            {
                throw owner.Failed(ex);
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.WriteAsync(buffer, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
            {
                throw owner.Failed(ex);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => Report(inner.Flush);

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            try
            {
                await inner.FlushAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
            {
                throw owner.Failed(ex);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Report(inner.Dispose);
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
            {
                throw owner.Failed(ex);
            }

            await base.DisposeAsync();
        }

        private void Report(Action write)
        {
            try
            {
                write();
            }
            catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
            {
                throw owner.Failed(ex);
            }
        }
    }
}
