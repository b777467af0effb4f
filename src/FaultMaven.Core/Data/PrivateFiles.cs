using System.Runtime.InteropServices;

namespace FaultMaven.Core.Data;

/// <summary>Private data readable by the server's user alone: folders 0700, files 0600.</summary>
public static class PrivateFiles
{
    /// <summary>Makes every file and folder this process creates from now on private (umask 077): the database, its journal, uploads'
    /// text and anything a library writes. Called once by the server and the embedded host at start.</summary>
    public static void RestrictNewFiles()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetUmask(Convert.ToUInt32("077", 8));
        }
    }

    /// <summary>Creates <paramref name="path"/> (and its parents) if missing and makes it 0700.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(path, OwnerOnly);
        // An existing folder keeps the mode it was made with; data written by an earlier version may be in it.
        if ((File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    // umask(2) takes and returns a mode_t (a 32-bit unsigned integer on Linux and macOS); no marshalling, no unsafe code.
    [DllImport("libc", EntryPoint = "umask", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetUmask(uint mask);
}
