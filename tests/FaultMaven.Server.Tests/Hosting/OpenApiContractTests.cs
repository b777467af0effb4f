using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaultMaven.Server.Tests.Hosting;

/// <summary>The web app and the extension are typed from <c>clients/shared/openapi.json</c> (openapi-typescript generates
/// <c>schema.d.ts</c> from it): a route or a contract that changes without the snapshot being regenerated fails here.</summary>
public sealed class OpenApiContractTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string SnapshotPath => Path.Combine(RepositoryRoot(), "clients", "shared", "openapi.json");

    [Fact]
    public async Task CommittedSnapshot_MatchesTheServedDocument()
    {
        var served = Normalize(await fixture.Client.GetStringAsync("/openapi/v1.json", Token));
        if (Environment.GetEnvironmentVariable("FM_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, served, Token);
        }

        var committed = File.Exists(SnapshotPath) ? Normalize(await File.ReadAllTextAsync(SnapshotPath, Token)) : "(missing)";

        Assert.True(committed == served,
            "clients/shared/openapi.json is stale: run FM_UPDATE_OPENAPI=1 dotnet test tests/FaultMaven.Server.Tests --filter OpenApiContractTests, "
            + "then npm run generate in clients/, and commit both.");
    }

    [Fact]
    public async Task GeneratedClient_WasGeneratedFromTheSnapshot()
    {
        // openapi-typescript writes one type per schema; a schema missing from the generated file means generate was not re-run.
        var schemas = JsonNode.Parse(await File.ReadAllTextAsync(SnapshotPath, Token))!["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        var generated = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "clients", "shared", "src", "api", "schema.d.ts"), Token);

        Assert.NotEmpty(schemas);
        Assert.All(schemas, name => Assert.Contains($"\n        {Quoted(name)}: ", generated));
    }

    [Fact]
    public async Task EveryOperation_DescribesItsResponses_AndProblemsForErrors()
    {
        var paths = JsonNode.Parse(await fixture.Client.GetStringAsync("/openapi/v1.json", Token))!["paths"]!.AsObject();
        foreach (var (path, item) in paths.Where(p => p.Key.StartsWith("/api/v1", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                Assert.True(responses.Any(r => r.Key.StartsWith('2')), $"{method} {path} describes no success response");
                Assert.True(responses.ContainsKey("401"), $"{method} {path} does not describe 401");
                var problem = responses["401"]!["content"]?["application/problem+json"];
                Assert.True(problem is not null, $"{method} {path}: 401 is not problem details");
                if (method is "post" or "put" or "patch" && !path.EndsWith("/heartbeat", StringComparison.Ordinal) && !path.EndsWith("/knowledge", StringComparison.Ordinal))
                {
                    Assert.True(operation["requestBody"] is not null, $"{method} {path} describes no request body");
                }
            }
        }
    }

    // Property names that are not identifiers are quoted by openapi-typescript.
    private static string Quoted(string name) => name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : $"\"{name}\"";

    // The servers block names the port this test server happened to get; the contract is everything else.
    private static string Normalize(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FaultMaven.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FaultMaven.slnx not found above the test assembly.");
    }
}
