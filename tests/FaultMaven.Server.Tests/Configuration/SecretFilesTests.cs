using FaultMaven.Server.Configuration;
using FaultMaven.Testing;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Server.Tests.Configuration;

/// <summary><c>&lt;NAME&gt;_FILE</c> for every secret variable: read once where configuration is assembled, the trailing newline of a secret
/// file taken off, and each way it can go wrong a one-line error naming the variable and the path but never the secret.</summary>
public sealed class SecretFilesTests : IDisposable
{
    private const string Secret = "s3cr3t-Value-that-must-not-be-printed";

    private readonly TempDirectory _directory = new();

    public static TheoryData<string> Names() => [.. SecretVariables.Names];

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(Names))]
    public void Resolve_EverySecretVariable_ReadsItsFile(string name)
    {
        var path = Write("secret", Secret);

        var resolved = SecretFiles.Resolve(Lookup((name + "_FILE", path)));

        Assert.Equal(Secret, resolved[name]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Resolve_OneTrailingNewline_IsNotPartOfTheSecret(string newline)
    {
        var path = Write("secret", Secret + newline);

        Assert.Equal(Secret, SecretFiles.Resolve(Lookup(("FM_POSTGRES_FILE", path)))["FM_POSTGRES"]);
    }

    [Fact]
    public void Resolve_OnlyOneNewlineIsTaken_InnerWhitespaceStays()
    {
        var path = Write("secret", " a b\n\n");

        Assert.Equal(" a b\n", SecretFiles.Resolve(Lookup(("FM_REDIS_FILE", path)))["FM_REDIS"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Resolve_BothSet_FailsNamingBothAndNotTheValue(string name)
    {
        var path = Write("secret", Secret);

        var error = Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup((name, "other-" + Secret), (name + "_FILE", path))));

        Assert.Equal($"{name} and {name}_FILE are both set; set only one of them.", error.Message);
    }

    [Fact]
    public void Resolve_EmptyValueBesideFile_IsNoConflict()
    {
        var path = Write("secret", Secret);

        Assert.Equal(Secret, SecretFiles.Resolve(Lookup(("FM_REDIS", ""), ("FM_REDIS_FILE", path)))["FM_REDIS"]);
    }

    [Fact]
    public void Resolve_MissingFile_NamesVariableAndPath()
    {
        var path = Path.Combine(_directory.Path, "absent");

        var error = Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_OPENAI_API_KEY_FILE", path))));

        Assert.Equal($"FM_OPENAI_API_KEY_FILE '{path}' does not exist.", error.Message);
    }

    [Fact]
    public void Resolve_EmptyFileOrJustANewline_IsAnError()
    {
        var empty = Write("empty", "");
        var newline = Write("newline", "\n");

        Assert.Equal($"FM_BOOTSTRAP_ADMIN_KEY_FILE '{empty}' is empty.", Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_BOOTSTRAP_ADMIN_KEY_FILE", empty)))).Message);
        Assert.Equal($"FM_BOOTSTRAP_ADMIN_KEY_FILE '{newline}' is empty.", Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_BOOTSTRAP_ADMIN_KEY_FILE", newline)))).Message);
    }

    [Fact]
    public void Resolve_DirectoryOrUnreadableOrHugeFile_IsAnError()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_directory.Path, "dir")).FullName;
        var huge = Write("huge", new string('x', SecretFiles.MaxBytes + 1));
        var unreadable = Write("unreadable", Secret);

        Assert.Contains("is a directory", Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_PRIVACY_KEY_FILE", directory)))).Message);
        Assert.Contains("is larger than 64 KiB", Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_PRIVACY_KEY_FILE", huge)))).Message);
        // root reads any file; the permission case is only observable as another user.
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
            Assert.Equal($"FM_PRIVACY_KEY_FILE '{unreadable}' cannot be read: permission denied.",
                Assert.Throws<SecretFileException>(() => SecretFiles.Resolve(Lookup(("FM_PRIVACY_KEY_FILE", unreadable)))).Message);
        }
    }

    [Fact]
    public void Apply_PassesOtherVariablesThrough()
    {
        var path = Write("secret", Secret + "\n");

        var environment = SecretFiles.Apply(Lookup(("FM_API_KEY_FILE", path), ("FM_URL", "http://example:1")));

        Assert.Equal(Secret, environment("FM_API_KEY"));
        Assert.Equal("http://example:1", environment("FM_URL"));
        Assert.Null(environment("FM_REDIS"));
    }

    [Fact]
    public void Catalogue_HasEverySecretVariable() =>
        Assert.All(SecretVariables.Names, name => Assert.NotNull(ConfigurationVariables.Find(name)));

    [Fact]
    public void ConversionError_OfASecretVariable_DoesNotEchoItsValue()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FM_POSTGRES"] = Secret }).Build();
        var conversion = new InvalidOperationException("Failed to convert configuration value at 'FM_POSTGRES' to type 'System.Int32'.");

        var line = Assert.Single(ConfigurationErrors.Describe(conversion, configuration));

        Assert.StartsWith("FM_POSTGRES is not valid", line);
        Assert.DoesNotContain(Secret, line);
    }

    [Fact]
    public void ConfigurationDoc_ListsEverySecretVariable()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "CONFIGURATION.md"));
        var section = doc[doc.IndexOf("## Secrets from files", StringComparison.Ordinal)..];

        Assert.All(SecretVariables.Names, name => Assert.Contains($"`{name}_FILE`", section));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Func<string, string?> Lookup(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FaultMaven.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("FaultMaven.slnx not found above the test directory");
    }
}
