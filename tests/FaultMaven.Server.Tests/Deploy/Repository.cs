namespace FaultMaven.Server.Tests.Deploy;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>Gets the repository's root: the directory above the test's that holds FaultMaven.slnx.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FaultMaven.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("FaultMaven.slnx not found above the test directory");
    }
}
