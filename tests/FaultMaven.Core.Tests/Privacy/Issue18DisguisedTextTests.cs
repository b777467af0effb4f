using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: private data disguised by Unicode — full-width forms, invisible characters inside a token, addresses in other
/// scripts or with a suffix glued on — found by a black-box attack. Each must-act case has a must-leave case of the same shape.</summary>
public sealed class Issue18DisguisedTextTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    [InlineData("caller SSN ０７８-０５-１１２０ on the ticket", PiiType.UsSsn, "０７８-０５-１１２０")]
    [InlineData("write to ops＠example.com before noon", PiiType.Email, "ops＠example.com")]
    [InlineData("ghp_R8kzYy2LqXv9\u200BWm4Tn6Yp1Bs3Cd5Ef7Gh0Jk2 leaked in the build log", PiiType.GitHubToken, "ghp_R8kzYy2LqXv9\u200BWm4Tn6Yp1Bs3Cd5Ef7Gh0Jk2")]
    [InlineData("mail alice@exa\u200Bmple.com now", PiiType.Email, "alice@exa\u200Bmple.com")]
    [InlineData("from josé.garcía@example.com: disk full", PiiType.Email, "josé.garcía@example.com")]
    [InlineData("escalated by jörg@bücher.de at 09:12", PiiType.Email, "jörg@bücher.de")]
    [InlineData("owner іvan@пример.рф rotated the key", PiiType.Email, "іvan@пример.рф")]
    [InlineData("archived auth-yuri@example.com_old.log", PiiType.Email, "auth-yuri@example.com")]
    [InlineData("user grace@example.com-- removed", PiiType.Email, "grace@example.com")]
    [InlineData("case x-leak.person@victim-corp.com-y opened", PiiType.Email, "x-leak.person@victim-corp.com")]
    [InlineData("upload leak.person@victim-corp.com-<GITHUB_TOKEN>.log", PiiType.Email, "leak.person@victim-corp.com")]
    [InlineData("user=leak.person@victim-corp.com-x", PiiType.Email, "leak.person@victim-corp.com")]
    public void Finds_the_whole_value(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Theory]
    [InlineData("ｖｅｒｓｉｏｎ ２.１ of the full-width banner")]
    [InlineData("soft\u00ADhyphen and zero\u200Bwidth in prose, nothing private")]
    [InlineData("pip install requests@2.31.0 and image@sha256 digests")]
    [InlineData("deps: left-pad@1.3.0, @types/node@20.11.5")]
    [InlineData("git clone git@github.com-work:acme/payments.git")]
    public void Leaves_the_text_alone(string text) => Assert.Empty(Detector.Detect(text));

    [Fact]
    public void FullWidthAndHalfWidthValue_OnePseudonym()
    {
        var map = new PseudonymMap();

        var first = Redactor.Default.Redact("ssn 078-05-1120", map).Text;
        var second = Redactor.Default.Redact("ssn ０７８-０５-１１２０", map).Text;

        Assert.Equal(first, second);
    }
}
