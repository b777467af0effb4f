using FaultMaven.Core.Knowledge.Indexing;

namespace FaultMaven.Core.Tests.Knowledge;

/// <summary>The hostile pass's embedder backlog: one team's large import must not hold the embedder until it is done, and a team's
/// waiting chunks are bounded.</summary>
public sealed class EmbeddingBacklogTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NextAsync_TwoTeamsWaiting_TakeTurns_ALargeDocumentIsServedAgainAfterTheOtherTeam()
    {
        using var backlog = new EmbeddingBacklog();
        backlog.Add("red-huge", "red", 30_000, 0);
        backlog.Add("red-next", "red", 10, 0);
        backlog.Add("blue-small", "blue", 3, 0);

        // red's huge document stays first in red's line until it is done; blue is served between its batches.
        Assert.Equal("red-huge", (await backlog.NextAsync(Token)).DocumentId);
        Assert.Equal("blue-small", (await backlog.NextAsync(Token)).DocumentId);
        backlog.Done("blue-small");
        Assert.Equal("red-huge", (await backlog.NextAsync(Token)).DocumentId);
        backlog.Done("red-huge");
        Assert.Equal("red-next", (await backlog.NextAsync(Token)).DocumentId);
        backlog.Done("red-next");
        Assert.Equal(0, backlog.Count);
        Assert.False(backlog.NextAsync(Token).IsCompleted);
    }

    [Fact]
    public void Admits_ATeamPastItsShare_IsRefused_AnotherTeamAndAnEmptyTeamAreNot()
    {
        using var backlog = new EmbeddingBacklog();
        backlog.Add("red-1", "red", EmbeddingBacklog.MaxChunksPerTeam + 5_000, 0);

        Assert.False(backlog.Admits("red"));
        Assert.True(backlog.Admits("blue"));
        Assert.Equal(EmbeddingBacklog.MaxChunksPerTeam + 5_000, backlog.ChunksWaiting("red"));
        backlog.Done("red-1");
        Assert.True(backlog.Admits("red"));
        Assert.Equal(0, backlog.ChunksWaiting("red"));
    }

    [Fact]
    public void TryReserve_IsABound_AnImportThatWouldPassTheShareIsRefused_NotOnlyTheNextOne()
    {
        using var backlog = new EmbeddingBacklog();
        var share = EmbeddingBacklog.MaxChunksPerTeam;

        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-1", "red", share - 100, 0));
        // Red is within its share (Admits), but this document would take it past: refused, and nothing of it counted.
        Assert.True(backlog.Admits("red"));
        Assert.Equal(BacklogReservation.PastTeamShare, backlog.TryReserve("red-2", "red", 101, 0));
        Assert.Equal(share - 100, backlog.ChunksWaiting("red"));
        Assert.Equal(1, backlog.Count);
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-2", "red", 100, 0));
        Assert.False(backlog.Admits("red"));
        // Replacing a waiting document counts only its new size: red-1 shrunk by 50 leaves room for 50.
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-1", "red", share - 150, 0));
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-3", "red", 50, 0));
        Assert.Equal(share, backlog.ChunksWaiting("red"));
        // A document larger than a share on its own is refused even for a team with nothing waiting.
        Assert.Equal(BacklogReservation.LargerThanShare, backlog.TryReserve("blue-1", "blue", share + 1, 0));
        Assert.Equal(0, backlog.ChunksWaiting("blue"));
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("blue-1", "blue", share, 0));
    }

    [Fact]
    public void TryReserve_PastTheBoundOfAllTeams_IsRefusedForATeamWithinItsShare()
    {
        using var backlog = new EmbeddingBacklog();
        var teams = EmbeddingBacklog.MaxChunksInAll / EmbeddingBacklog.MaxChunksPerTeam;
        for (var i = 0; i < teams; i++)
        {
            Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("doc-" + i, "team-" + i, EmbeddingBacklog.MaxChunksPerTeam, 0));
        }

        Assert.Equal(BacklogReservation.PastAll, backlog.TryReserve("new-1", "newcomer", 1, 0));
        Assert.Equal(EmbeddingBacklog.MaxChunksInAll, backlog.ChunksWaitingInAll);
        backlog.Done("doc-0");
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("new-1", "newcomer", 1, 0));
    }

    [Fact]
    public void AdmitsInAll_ManyTeamsEachWithinTheirShare_FillTheWholeBacklog_AndItEmptiesAsDocumentsAreDone()
    {
        using var backlog = new EmbeddingBacklog();
        var teams = EmbeddingBacklog.MaxChunksInAll / (EmbeddingBacklog.MaxChunksPerTeam - 1) + 1;
        for (var i = 0; i < teams; i++)
        {
            Assert.True(backlog.Admits("team-" + i));
            Assert.True(backlog.AdmitsInAll());
            backlog.Add("doc-" + i, "team-" + i, EmbeddingBacklog.MaxChunksPerTeam - 1, 0);
        }

        // Every team is within its own share, yet the backlog of all of them is full: nobody's next import is taken.
        Assert.True(backlog.Admits("team-0"));
        Assert.True(backlog.Admits("newcomer"));
        Assert.False(backlog.AdmitsInAll());
        Assert.Equal(teams * (EmbeddingBacklog.MaxChunksPerTeam - 1), backlog.ChunksWaitingInAll);
        backlog.Done("doc-0");
        backlog.Done("doc-1");
        Assert.True(backlog.AdmitsInAll());
        // A document counted again with a new size changes the whole by the difference.
        backlog.Add("doc-2", "team-2", 10, 0);
        Assert.Equal((teams - 3) * (EmbeddingBacklog.MaxChunksPerTeam - 1) + 10, backlog.ChunksWaitingInAll);
    }

    [Fact]
    public async Task Add_TheSameDocumentTwice_WaitsOnce_WithItsLatestChunkCount()
    {
        using var backlog = new EmbeddingBacklog();
        Assert.True(backlog.Add("doc", "red", 10, 0));
        Assert.False(backlog.Add("doc", "red", 40, 0));

        Assert.Equal(1, backlog.Count);
        Assert.Equal(40, backlog.ChunksWaiting("red"));
        Assert.Equal("doc", (await backlog.NextAsync(Token)).DocumentId);
        backlog.Done("doc");
        Assert.False(backlog.NextAsync(Token).IsCompleted);
    }

    [Fact]
    public async Task Release_ADeletedDocument_StopsCountingAtOnce_KeepsItsPlaceForTheIndexerToDrop()
    {
        using var backlog = new EmbeddingBacklog();
        var share = EmbeddingBacklog.MaxChunksPerTeam;
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-1", "red", 3 * share / 5, 0));
        Assert.Equal(BacklogReservation.PastTeamShare, backlog.TryReserve("red-2", "red", 3 * share / 5, 0));

        // Deleted while the embedder is down: its chunks no longer count, so the team's next import is taken.
        backlog.Release("red-1");
        Assert.Equal(0, backlog.ChunksWaiting("red"));
        Assert.Equal(BacklogReservation.Reserved, backlog.TryReserve("red-2", "red", 3 * share / 5, 0));
        Assert.Equal(3 * share / 5, backlog.ChunksWaitingInAll);

        // The indexer still meets it in its turn and drops it; counts stay right, and released twice is a no-op.
        backlog.Release("red-1");
        Assert.Equal("red-1", (await backlog.NextAsync(Token)).DocumentId);
        backlog.Done("red-1");
        Assert.Equal(3 * share / 5, backlog.ChunksWaiting("red"));

        // Released, then imported again under the same id before its turn: counted again, for its new size.
        backlog.Release("red-2");
        backlog.Add("red-2", "red", 10, 0);
        Assert.Equal(10, backlog.ChunksWaiting("red"));
        backlog.Done("red-2");
        Assert.Equal(0, backlog.ChunksWaitingInAll);
    }

    [Theory]
    [InlineData("red", "blue", "Alice (key_1)", "red")]
    [InlineData(null, "blue", "Alice (key_1)", "blue")]
    [InlineData(null, null, "Alice (key_1)", "caller:key_1")]
    [InlineData(null, null, "Alice (Ops) (key_1)", "caller:key_1")]
    [InlineData(null, null, "local", "caller:local")]
    [InlineData(null, null, null, "")]
    public void BacklogTeamOf_AStoredDocument_IsTheShareItWasImportedIn_ElseItsTeam_ElseItsImporter(string? share, string? team, string? importedBy, string expected)
    {
        // What a restart attributes the documents still waiting to: the importer's share as kept; for documents from before it was
        // kept, the document's team, else its importer alone (the id in "name (id)", as an import without a team is counted).
        var document = new FaultMaven.Core.Knowledge.KnowledgeDocument { Id = "kb-1", Title = "t", Text = "x", BacklogShare = share, Team = team, ImportedBy = importedBy };

        Assert.Equal(expected, SemanticIndexer.BacklogTeamOf(document));
    }
}
