namespace FaultMaven.Core.Data;

/// <summary>Folders of private data readable by the server's user alone (0700), whatever the process umask.</summary>
public static class PrivateFiles
{
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
}
