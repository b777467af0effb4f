using System.Reflection;
using FaultMaven.Server.Configuration;
using FaultMaven.Testing;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Server.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadValues() => new()
    {
        { "FM_PORT", "eighty" },
        { "FM_PORT", "70000" },
        { "FM_HOST", "my laptop" },
        { "FM_SESSION_TTL", "forever" },
        { "FM_SESSION_TTL", "00:00:05" },
        { "FM_CORS_ORIGINS", "chrome-extension://abc,not an origin" },
        { "FM_LOG_FORMAT", "xml" },
        { "FM_LOG_LEVEL", "Loud" },
        { "FM_MAX_REQUEST_BODY_BYTES", "12" },
        { "FM_SHUTDOWN_TIMEOUT", "1:00:00" },
        { "FM_OTLP_ENDPOINT", "collector:4317" },
        { "FM_DATA_DIR", "/proc/version/cannot-be-a-directory" },
        { "FM_MAX_UPLOAD_BYTES", "0" },
        { "FM_REDIS", "127.0.0.1:6379,abortConnect=sometimes" },
        { "FM_POSTGRES", "Host=127.0.0.1;Flavour=mint" },
        { "FM_PRIVACY_KEY", "c2hvcnQ=" },
        { "FM_ENCRYPTION_KEY", "c2hvcnQ=" },
        { "FM_UPLOAD_CLEANUP_INTERVAL", "forever" },
        { "FM_DATA_WARMUP", "maybe" },
        { "FM_KB_CHUNK_CHARS", "10" },
        { "FM_KB_CHUNK_OVERLAP", "lots" },
        { "FM_EMBEDDINGS_URL", "ollama:11434" },
        { "FM_EMBEDDINGS", "gpu" },
        { "FM_EMBEDDINGS_MODEL", "bge-m3" },
        { "FM_KB_FUSION", "max" },
        { "FM_KB_SEMANTIC_WEIGHT", "2" },
        { "FM_LLM_PROVIDERS", "skynet" },
        { "FM_LLM_TIMEOUT_SECONDS", "0" },
        { "FM_LLM_RETRIES", "many" },
        { "FM_LLM_CACHE", "redis" },
        { "FM_LLM_CONTEXT_TOKENS", "lots" },
        { "FM_LLM_PRICES", "gpt-4o=cheap" },
        { "FM_OLLAMA_URL", "localhost 11434" },
        { "FM_OPENAI_COMPATIBLE_URL", "http://127.0.0.1:8080/v1" },
        { "FM_FEATURES", "model-tool:off" },
        { "FM_FEATURES", "model-tools:maybe" },
        { "FM_ALERTMANAGER_TOKEN", "short" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Startup_BadVariable_FailsWithOneLineNamingIt(string name, string value)
    {
        using var data = new TempDirectory();
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["FM_DATA_DIR"] = data.Path, [name] = value });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60), Token);

        Assert.Equal(2, exitCode);
        var lines = server.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("faultmaven: configuration error: " + name, line);
        Assert.DoesNotContain("   at ", server.StandardError);
    }

    [Fact]
    public void Catalogue_CoversEveryBoundOption()
    {
        var bound = typeof(FaultMavenApplication).Assembly.GetReferencedAssemblies().Select(Assembly.Load).Append(typeof(FaultMavenApplication).Assembly)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet();

        Assert.NotEmpty(bound);
        Assert.All(bound, name => Assert.NotNull(ConfigurationVariables.Find(name)));
    }

    [Fact]
    public void ConfigurationDoc_ListsEveryVariableWithItsDefault()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "CONFIGURATION.md"));

        Assert.All(ConfigurationVariables.All, v => Assert.Contains($"| `{v.Name}` | `{v.Default}` |", doc));
    }

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
