using FaultMaven.Core.Knowledge;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Tests.Knowledge;

/// <summary>The hostile pass's "a service named % matched everything": the service and tag filters compare whole values, so SQL
/// wildcards in them are plain characters (no store builds a LIKE from input; case titles are searched with instr/strpos, covered
/// by the store contract's "100%_" search).</summary>
public sealed class KnowledgeFilterWildcardTests
{
    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("check%")]
    [InlineData("*")]
    public void Search_WithAWildcardService_FindsOnlyADocumentOfThatExactService(string service)
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Upsert(new KnowledgeDocument { Id = "rb-checkout", Title = "Checkout", Text = "# Checkout 502\n\nRestart the checkout pods.", Service = "checkout" });
        knowledge.Upsert(new KnowledgeDocument { Id = "rb-cart", Title = "Cart", Text = "# Cart 502\n\nRestart the cart pods.", Service = "cart" });
        knowledge.Upsert(new KnowledgeDocument { Id = "rb-literal", Title = "Literal", Text = "# Odd 502\n\nRestart the odd pods.", Service = service });

        var hits = knowledge.Search("restart pods 502", 10, new KnowledgeFilter(Service: service));

        Assert.Equal(["rb-literal"], hits.Select(h => h.DocumentId));
    }
}
