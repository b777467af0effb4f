using System.Runtime.InteropServices;

namespace FaultMaven.Cli.Commands;

/// <summary>A file as the kernel knows it (device and inode), so that two names of one file are found equal: a hard link has no
/// path in common with the file it links, and standard input redirected from a file has no path at all. Linux only (statx(2));
/// elsewhere nothing is known and <see cref="Of(string)"/> returns null.</summary>
internal readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode, bool IsRegular)
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

            return new FileIdentity(stat.DeviceMajor, stat.DeviceMinor, stat.Inode, (stat.Mode & TypeMask) == RegularFile);
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
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatBuffer buffer);
}
