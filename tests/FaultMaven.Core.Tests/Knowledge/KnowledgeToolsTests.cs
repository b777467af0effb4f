using System.Text.Json;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Agent.Tools;
using FaultMaven.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace FaultMaven.Core.Tests.Knowledge;

public sealed class KnowledgeToolsTests
{
    [Fact]
    public async Task SearchTool_ReturnsCitablePassages_AndHonoursFilters()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var knowledge = server.Services.GetRequiredService<KnowledgeService>();
        await knowledge.ImportAsync("# Redis evictions\n\n## Diagnosis\n\nWatch evicted_keys in INFO stats; raise maxmemory."u8.ToArray(), "redis.md", new DocumentMetadata(Kind: DocumentKind.Runbook, Service: "cache"), cancellationToken: TestContext.Current.CancellationToken);
        await knowledge.ImportAsync("# Postmortem: cache stampede\n\nEvictions spiked after a deploy doubled key sizes."u8.ToArray(), "pm.md", new DocumentMetadata(Kind: DocumentKind.Postmortem), cancellationToken: TestContext.Current.CancellationToken);
        var tool = KnowledgeTools.SearchKnowledgeBase(knowledge);

        var all = JsonSerializer.SerializeToElement(await tool.InvokeAsync(new AIFunctionArguments { ["query"] = "redis evicting keys", ["limit"] = 5 }, TestContext.Current.CancellationToken));
        var postmortems = JsonSerializer.SerializeToElement(await tool.InvokeAsync(new AIFunctionArguments { ["query"] = "evictions", ["kind"] = "postmortem" }, TestContext.Current.CancellationToken));

        Assert.Equal("search_knowledge_base", tool.Name);
        Assert.Contains("query", tool.JsonSchema.GetRawText(), StringComparison.Ordinal);
        var first = all[0];
        Assert.Equal("Redis evictions", first.GetProperty("title").GetString());
        Assert.EndsWith("#0", first.GetProperty("chunkId").GetString(), StringComparison.Ordinal);
        Assert.Equal("Diagnosis", first.GetProperty("headingPath")[1].GetString());
        Assert.Contains("«", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.All(postmortems.EnumerateArray(), c => Assert.Equal("postmortem", c.GetProperty("kind").GetString()));
        Assert.Equal(1, postmortems.GetArrayLength());
    }
}
