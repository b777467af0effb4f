using System.Net;
using FaultMaven.Testing;

namespace FaultMaven.Server.Tests.Knowledge;

/// <summary>A knowledge document's id is checked before anything is stored (a documented charset and length, problem details on
/// error), so every document that can be created can be read and deleted again; its title is stored as printable text.</summary>
public sealed class KnowledgeIdTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a//b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("line\nbreak")]
    [InlineData("esc\u001b[2J")]
    [InlineData("rb#2")]
    [InlineData("kb:x")]
    [InlineData("with space")]
    [InlineData("ünïcode")]
    public async Task Import_AnIdOutsideTheCharset_IsAValidationProblem_AndNothingIsStored(string id)
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);

        using var response = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text = "# Disk full\n\nFree space." }, Token);

        var problem = await ApiAssert.AssertProblemAsync(response, 400, "urn:faultmaven:problem:validation");
        Assert.Contains("Nothing was imported", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var list = await (await server.Client.GetAsync("/api/v1/knowledge/documents", Token)).ReadJsonAsync(Token);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_AHugeId_IsRefused_WithoutEchoingIt()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        var id = new string('a', 200_000);

        using var response = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id, text = "# Disk full\n\nFree space." }, Token);

        await ApiAssert.AssertProblemAsync(response, 400, "urn:faultmaven:problem:validation");
        Assert.Null(response.Headers.Location);
        Assert.True((await response.Content.ReadAsStringAsync(Token)).Length < 2_000);
    }

    [Fact]
    public async Task APathLikeId_IsCreated_ReadAndDeleted_PercentEncoded()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        const string Id = "po/alertmanager/Disk-Full_v2.1~copy";

        using var created = await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { id = Id, text = "# Disk full\n\nFree space." }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/knowledge/documents/po%2Falertmanager%2FDisk-Full_v2.1~copy", created.Headers.Location?.OriginalString);

        var read = await (await server.Client.GetAsync(created.Headers.Location, Token)).ReadJsonAsync(Token);
        Assert.Equal(Id, read.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/v1/knowledge/documents/{Uri.EscapeDataString(Id)}/chunks/0", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.DeleteAsync($"/api/v1/knowledge/documents/{Uri.EscapeDataString(Id)}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(created.Headers.Location, Token)).StatusCode);
    }

    [Fact]
    public async Task Import_ATitleWithEscapesAndBidiOverrides_IsStoredPrintable_TheTextAsItCame()
    {
        await using var server = await InProcessServer.StartAsync(cancellationToken: Token);
        const string Text = "# Disk full\n\nFree space \u001b[31mnow\u001b[0m.";

        var created = await (await server.Client.PostJsonAsync("/api/v1/knowledge/documents", new { title = "Disk \u001b]0;pwned\u0007full \u202Egnp.exe", text = Text }, Token)).ReadJsonAsync(Token);

        Assert.Equal("Disk full gnp.exe", created.GetProperty("title").GetString());
        var read = await (await server.Client.GetAsync($"/api/v1/knowledge/documents/{created.GetProperty("id").GetString()}", Token)).ReadJsonAsync(Token);
        Assert.Contains("\u001b[31mnow", read.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
