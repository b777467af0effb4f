using FaultMaven.Core.Common;
using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Security;

namespace FaultMaven.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    // Issue 18: a case published as knowledge is its team's. The list a team member gets holds the documents of every team (no owner,
    // no team), their team's and their own, and counts only those.
    [Fact]
    public async Task Issue18_Knowledge_list_in_a_scope_holds_every_teams_documents_and_the_scopes_own()
    {
        var knowledge = Stores.Get<IKnowledgeStore>();
        await knowledge.UpsertAsync(Scoped("kb_all", null, null, 0), Ct);
        await knowledge.UpsertAsync(Scoped("kb_red", "key_r1", "red", 1), Ct);
        await knowledge.UpsertAsync(Scoped("kb_blue", "key_b1", "blue", 2), Ct);
        await knowledge.UpsertAsync(Scoped("kb_mine", "key_b2", null, 3), Ct);

        var red = await knowledge.ListAsync(new PageRequest(0, 10), new OwnerScope("key_r2", "red"), Ct);
        var blueOwner = await knowledge.ListAsync(new PageRequest(0, 10), new OwnerScope("key_b2", "blue"), Ct);
        var admin = await knowledge.ListAsync(new PageRequest(0, 10), null, Ct);

        Assert.Equal(["kb_red", "kb_all"], red.Items.Select(d => d.Document.Id));
        Assert.Equal(2, red.Total);
        Assert.Equal(["kb_mine", "kb_blue", "kb_all"], blueOwner.Items.Select(d => d.Document.Id));
        Assert.Equal(4, admin.Total);
        Assert.Equal("red", (await knowledge.GetAsync("kb_red", Ct))!.Document.Team);
    }

    private static StoredDocument Scoped(string id, string? owner, string? team, int minutes) =>
        new(new KnowledgeDocument { Id = id, Title = "Title " + id, Text = "text " + id, Owner = owner, Team = team }, "hash-" + id, "markdown", T0, T0.AddMinutes(minutes));
}
