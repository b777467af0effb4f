namespace FaultMaven.Cli.Commands;

/// <summary>Whether a path can be sent as evidence: a regular file with something in it. Checked before anything is sent, so a
/// directory or a device is named as such instead of surfacing as a dropped connection when the server stops reading at its limit.</summary>
internal static class EvidenceFile
{
    /// <summary>Why <paramref name="path"/> cannot be sent, or null when it can. The file is not opened: a pipe would block.</summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return $"{path}: is a directory, not a file; attach the files in it one by one.";
        }

        if (!File.Exists(path))
        {
            return $"{path}: no such file.";
        }

        // Devices (/dev/zero), pipes and most of /proc report no size: their length is not known before they are read, and an
        // endless one would only end at the server's upload limit. An empty regular file is refused by the server anyway.
        return new FileInfo(path).Length == 0
            ? $"{path}: nothing to send: the file is empty, or it is not a regular file (a device such as /dev/zero, a pipe); copy what you need into a file first."
            : null;
    }
}
