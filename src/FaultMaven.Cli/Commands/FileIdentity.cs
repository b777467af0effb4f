using System.Runtime.InteropServices;

namespace FaultMaven.Cli.Commands;

/// <summary>A file as the kernel knows it (device and inode), so that two names of one file are found equal: a hard link has no
/// path in common with the file it links, and standard input redirected from a file has no path at all. Linux only (statx(2));
/// elsewhere nothing is known and <see cref="Of(string)"/> returns null.</summary>
internal readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode, bool IsRegular, uint Links, uint Owner)
{
    /// <summary>The file a path leads to (symbolic links followed), or null when it does not exist or cannot be asked.</summary>
    public static FileIdentity? Of(string path) => Ask(AtWorkingDirectory, path, 0);

    /// <summary>The file open as <paramref name="descriptor"/> (0 standard input, 1 standard output), or null.</summary>
    public static FileIdentity? OfDescriptor(int descriptor) => Ask(descriptor, "", AtEmptyPath);

    private static FileIdentity? Ask(int directory, string path, int flags)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            if (StatX(directory, path, flags, BasicStats, out var stat) != 0)
            {
                return null;
            }

            return new FileIdentity(stat.DeviceMajor, stat.DeviceMinor, stat.Inode, (stat.Mode & TypeMask) == RegularFile, stat.Links, stat.Owner);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library older than glibc 2.28 (or musl before 1.2.5) has no statx: the path checks alone apply.
            return null;
        }
    }

    private const int AtWorkingDirectory = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    // struct statx has one layout on every Linux architecture (unlike struct stat): 256 bytes, these fields at these offsets.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatBuffer
    {
        [FieldOffset(16)] public uint Links;
        [FieldOffset(20)] public uint Owner;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    /// <summary>Whether <paramref name="other"/> is this file (its link count or owner may have changed between the two looks).</summary>
    public bool IsSameFile(FileIdentity other) => DeviceMajor == other.DeviceMajor && DeviceMinor == other.DeviceMinor && Inode == other.Inode;

    /// <summary>Whether this process runs as the user that owns <paramref name="file"/> (false where that cannot be known).</summary>
    public static bool OwnedByMe(FileIdentity file)
    {
        try
        {
            return GetEffectiveUser() == file.Owner;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "geteuid", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint GetEffectiveUser();

    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatBuffer buffer);
}
