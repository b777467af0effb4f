using System.Runtime.InteropServices;

namespace FaultMaven.Cli.Commands;

/// <summary>Files a command writes on its way to a result (an output before it is renamed into place, a scratch file or folder), deleted when
/// the process is stopped by a signal it can handle: Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) end the process as
/// they would have, without leaving them behind. SIGKILL cannot be handled: the output's target is untouched then, and a file
/// named <c>.NAME.HEX.tmp</c> stays beside it. A later run does not delete such files: their name is random, and a run that is
/// still writing one (two commands with the same output at once) cannot be told from one that was killed.
/// A write past the file-size limit (<c>ulimit -f</c>) is reported as a failed write rather than ending the process (SIGXFSZ).</summary>
internal static class TemporaryFiles
{
    // SIGXFSZ is 25 on Linux and macOS alike; PosixSignal takes a raw number.
    private const int FileSizeLimitSignal = 25;

    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> Handlers = new(Register);
    private static bool _stopping;

    /// <summary>Deletes <paramref name="path"/> if the process is stopped before the returned registration is disposed.</summary>
    public static IDisposable Track(string path)
    {
        _ = Handlers.Value;
        lock (Live)
        {
            Live.Add(path);
        }

        return new Registration(path);
    }

    /// <summary>Runs <paramref name="action"/> (a rename of the file into place) unless a signal has already deleted the file.</summary>
    /// <returns>False when the process is being stopped and nothing was done.</returns>
    public static bool WhileRunning(string path, Action action)
    {
        lock (Live)
        {
            if (_stopping)
            {
                return false;
            }

            action();
            Live.Remove(path);
            return true;
        }
    }

    private static PosixSignalRegistration[] Register()
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        // The default action (the process ends with the signal) follows the handler: only the files are added to it.
        var stop = (PosixSignalContext _) => DeleteAll();
        return
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, stop),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, stop),
            // Handled, the signal no longer ends the process: the write that passed the limit fails (EFBIG) and is reported.
            PosixSignalRegistration.Create((PosixSignal)FileSizeLimitSignal, context => context.Cancel = true),
        ];
    }

    private static void DeleteAll()
    {
        lock (Live)
        {
            _stopping = true;
            foreach (var path in Live)
            {
                Delete(path);
            }

            Live.Clear();
        }
    }

    /// <summary>Deletes <paramref name="path"/> (a file, or a folder with what it holds) if it is there; one that cannot be deleted
    /// is left (its failure is not the command's).</summary>
    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
            {
                // A file another thread is still writing there (a database's journal) can appear while the folder is emptied.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        Directory.Delete(path, recursive: true);
                        break;
                    }
                    catch (IOException) when (attempt < 3 && Directory.Exists(path))
                    {
                    }
                }
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; the command's own result or error is what the user needs to read.
        }
    }

    private sealed class Registration(string path) : IDisposable
    {
        public void Dispose()
        {
            lock (Live)
            {
                Live.Remove(path);
            }
        }
    }
}
