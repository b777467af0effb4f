using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, fifteenth session: cards of every network read as Visa and Mastercard are (a prefix, Luhn, and payment context
/// or card grouping); a message id that is a person's address; and false alarms of the secret readers (a handler's name in a hook
/// path, a key's id, syslog's <c>user.info</c>, a <c>community:</c> setting far from SNMP). Every value here is made up.</summary>
public sealed class Issue18CardsAndFalseAlarmsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Found(string text, PiiType type) =>
        [.. Detector.Detect(text).Where(e => e.Type == type).Select(e => text[e.Start..e.End])];

    private static List<string> Secrets(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type is PiiType.GenericSecret or PiiType.BasicAuth or PiiType.ApiKey).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("payment card 6221 0967 9663 8482 declined", "6221 0967 9663 8482")] // UnionPay
    [InlineData("unionpay pan=6212031063678949534", "6212031063678949534")] // UnionPay, 19 digits
    [InlineData("Mir card 2200 1477 7420 9509 authorised", "2200 1477 7420 9509")]
    [InlineData("card: 6759-2029-2983-8854", "6759-2029-2983-8854")] // Maestro
    [InlineData("RuPay debit 8171 8701 9037 6428", "8171 8701 9037 6428")]
    [InlineData("Elo cartão 5067 6607 8150 6712", "5067 6607 8150 6712")]
    [InlineData("Troy card 9792 6407 6388 5502", "9792 6407 6388 5502")]
    [InlineData("charged to card 6304 5431 4836 0918 677", "6304 5431 4836 0918 677")] // Maestro 4-4-4-4-3
    [InlineData("diners card 3611 961043 5014", "3611 961043 5014")] // Diners 4-6-4
    [InlineData("UATP card 1227 94103 977295", "1227 94103 977295")] // UATP 4-5-6
    public void Card_of_another_network_with_payment_context_or_grouping_is_a_card(string text, string card) =>
        Assert.Contains(card, Found(text, PiiType.CreditCard));

    [Theory]
    // Luhn-valid runs of the same prefixes with neither payment context nor card grouping: counters, ids, timestamps
    [InlineData("metrics bytes_in=6221096796638482 bytes_out=5067660781506712")]
    [InlineData("trace 9792640763885502 span 8171870190376428 took 12ms")]
    [InlineData("seq=2200147774209509 commit_ts=122794103977295")]
    public void Luhn_valid_run_without_context_or_grouping_stays(string text) =>
        Assert.Empty(Found(text, PiiType.CreditCard));

    [Fact]
    public void Message_id_that_is_a_persons_address_is_an_email_but_a_generated_one_is_not()
    {
        Assert.Equal(["john.smith@corp.example"], Found("Message-ID: <john.smith@corp.example>\n", PiiType.Email));
        Assert.Equal(["maria_santos@corp.example"], Found("In-Reply-To: <maria_santos@corp.example>\n", PiiType.Email));
        Assert.Empty(Found("Message-ID: <20261206.kq7x@mx.corp.example>\nReferences: <alpine.deb.2.21@host.example>\n"
            + "Message-ID: <release.notes@corp.example>\nContent-ID: <image.logo@corp.example>\n", PiiType.Email));
    }

    [Theory]
    [InlineData("POST /hooks/GitHubPushHandlerV2 HTTP/1.1 200\nPOST /hooks/SNSEventHandler3 202\n")]
    [InlineData("secret key id: ABCDEFGHIJKLMNOP2345\nsecret key name: JBSWY3DPEHPK3PXPJBSWY3DP\n")]
    [InlineData("Dec  6 10:00:01 ci logger: user.info=build-agent:linux-amd64\n")]
    [InlineData("# monitoring uses snmp v3\nrelease: 4.2\n\n[forum]\ncommunity: Xk29QpLm7Tz\n")]
    public void Reader_near_misses_are_left(string text) =>
        Assert.Empty(Secrets(text));

    [Theory]
    [InlineData("POST /hooks/Tq8vLm2Zx4Kp9Wc7Rb3N 200\n", "Tq8vLm2Zx4Kp9Wc7Rb3N")]
    [InlineData("Your secret key: JBSW-Y3DP-EHPK-3PXP-KQ4T\n", "JBSW-Y3DP-EHPK-3PXP-KQ4T")]
    [InlineData("basic.auth.user.info=build-agent:Xq7LmT2vKp9Wc4Rb\n", "build-agent:Xq7LmT2vKp9Wc4Rb")]
    [InlineData("snmp:\n  version: 2c\n  community: Xk29QpLm7Tz\n", "Xk29QpLm7Tz")]
    [InlineData("[snmp]\nport = 161\ncommunity = Jx5pWq2Rt8\n", "Jx5pWq2Rt8")]
    public void The_same_readers_still_take_their_secrets(string text, string secret) =>
        Assert.Contains(secret, Secrets(text));
}
