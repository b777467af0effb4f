using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>A case's pseudonyms are bounded: past the map's capacity a new value is replaced by its type alone, while values already
/// numbered keep their tokens (an upload of millions of distinct names grew memory without bound).</summary>
public sealed class PseudonymMapTests
{
    [Fact]
    public void TokenFor_PastCapacity_NewValuesGetTheirTypeAlone_KnownValuesKeepTheirTokens()
    {
        var map = new PseudonymMap(null, capacity: 3);

        Assert.Equal("<PERSON_1>", map.TokenFor(PiiType.Person, "Ana Souza"));
        Assert.Equal("<EMAIL_1>", map.TokenFor(PiiType.Email, "ana@example.net"));
        Assert.Equal("<PERSON_2>", map.TokenFor(PiiType.Person, "Bo Lindqvist"));
        Assert.Equal("<PERSON>", map.TokenFor(PiiType.Person, "Chen Wei"));
        Assert.Equal("<EMAIL>", map.TokenFor(PiiType.Email, "chen@example.net"));

        Assert.Equal("<PERSON_1>", map.TokenFor(PiiType.Person, "Ana Souza"));
        Assert.Equal("<EMAIL_1>", map.TokenFor(PiiType.Email, "ANA@example.net"));
        Assert.Equal(3, map.TakeAdded().Count);
        Assert.Equal("Ana Souza and <PERSON>", map.Restore("<PERSON_1> and <PERSON>"));
    }

    [Fact]
    public void TokenFor_DefaultCapacity_NumbersAQuarterMillionValues()
    {
        var map = new PseudonymMap();
        for (var i = 0; i < PseudonymMap.DefaultCapacity; i++)
        {
            map.TokenFor(PiiType.IPv4, $"10.{i >> 16}.{(i >> 8) & 255}.{i & 255}");
        }

        Assert.Equal("<IPV4>", map.TokenFor(PiiType.IPv4, "192.0.2.1"));
        Assert.Equal($"<IPV4_{PseudonymMap.DefaultCapacity}>", map.TokenFor(PiiType.IPv4, "10.3.208.143"));
    }

    [Fact]
    public void Constructor_ExistingPastCapacity_KeepsThemAll_NumbersNoMore()
    {
        var existing = new[] { new Pseudonym(PiiType.Person, "<PERSON_1>", "Ana Souza"), new Pseudonym(PiiType.Person, "<PERSON_2>", "Bo Lindqvist") };
        var map = new PseudonymMap(existing, capacity: 1);

        Assert.Equal("<PERSON_2>", map.TokenFor(PiiType.Person, "Bo Lindqvist"));
        Assert.Equal("<PERSON>", map.TokenFor(PiiType.Person, "Chen Wei"));
        Assert.Empty(map.TakeAdded());
    }
}
