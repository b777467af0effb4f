using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, fifteenth session: names the capitalised-word pattern cannot read (scripts without letter case; surname first
/// with a comma) in the places where names are read, and rota labels that take a name only with a second signal. Every name and
/// line here is made up for these tests.</summary>
public sealed class Issue18NamesInScriptsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("reporter: محمد الفارسي\n", "محمد الفارسي")]
    [InlineData("assignee: נועה ברגמן\n", "נועה ברגמן")]
    [InlineData("{\"name\": \"अनन्या कुलकर्णी\", \"role\": \"sre\"}", "अनन्या कुलकर्णी")]
    [InlineData("owner: 刘建华\n", "刘建华")]
    [InlineData("name=박서연\n", "박서연")]
    [InlineData("ts=2026-12-06T10:00:01Z name=박서연 role=dba\n", "박서연")]
    [InlineData("From: 陈思远 <siyuan@corp.example>\n", "陈思远")]
    [InlineData("Best regards,\nرنا الحسيني\n", "رنا الحسيني")]
    public void Name_in_a_caseless_script_in_a_persons_place_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    // a team, a region or a product in the same scripts and places; prose that goes on after the words
    [InlineData("owner: 运维团队\n")]
    [InlineData("owner: 数据平台组\n")]
    [InlineData("From: 监控系统 <alerts@corp.example>\n")]
    [InlineData("primary: 서울 리전\n")]
    [InlineData("on-call: فريق العمليات\n")]
    [InlineData("reviewed by: לוח בקרת שינויים\n")]
    [InlineData("name: محمد أحمد وصل إلى المكتب اليوم متأخرا\n")]
    [InlineData("日志: 王府井门店 订单同步失败\n")]
    public void Caseless_words_that_name_no_one_are_left(string text) =>
        Assert.Empty(People(text));

    [Theory]
    // Outside a field named for a person nothing in words of these scripts tells a person from a team or a system: a cue, a mail's
    // display name and a signature take none of them (a person named there is missed; a team taken would hide evidence).
    [InlineData("contact: فريق العمليات\n")]
    [InlineData("owner: צוות תשתיות\n")]
    [InlineData("owner: प्लेटफ़ॉर्म टीम\n")]
    [InlineData("contact: الدعم الفني\n")]
    [InlineData("From: نظام التنبيه <alerts@corp.example>\n")]
    [InlineData("From: מערכת התראות <alerts@corp.example>\n")]
    [InlineData("From: सिस्टम अलर्ट <alerts@corp.example>\n")]
    [InlineData("contact: สมศักดิ์ วงศ์ใหญ่\n")]
    // Surname first needs a known given name after the comma in every place, a field named "name" too.
    [InlineData("name: Alpha, Bravo\n")]
    [InlineData("name: Blue, Green\n")]
    [InlineData("name: North, South\n")]
    public void Spaced_script_words_outside_a_persons_field_and_comma_pairs_without_a_given_name_are_left(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("on-call: 김민준\n", "김민준")]
    [InlineData("secondary: 王建国\n", "王建国")]
    [InlineData("on-call: Santos, Maria\n", "Santos, Maria")]
    [InlineData("primary: OKAFOR, CHIDI\n", "OKAFOR, CHIDI")]
    public void Rota_label_takes_a_name_with_a_second_signal(string text, string name) =>
        Assert.Contains(name, People(text));

    [Fact]
    public void Rota_labels_before_regions_products_teams_boards_and_bots_take_no_one()
    {
        const string text = "primary: North Virginia\nsecondary: Pacific Northwest\nagent: Fluent Bit\non-call: Round Robin\n"
            + "reviewed by: Change Advisory Board\nprimary: Hot Standby\nbackup: Cold Storage\nprimary: Frankfurt, Germany\n"
            + "secondary: Tokyo, Japan\non-call: Platform, SRE\nreviewed by: Security, Compliance\nshadow: Night Shift\n"
            + "escalation: Vendor Support\nprimary: us-east-1\non-call: PagerDuty Bot\napprover: Release Train\n"
            + "reviewer: Renovate, Dependabot\nprimary: Eastern, Standard\nbackup: Weekly, Full\non-call: Tier, Two\n";
        Assert.Empty(People(text));
    }

    [Theory]
    [InlineData("name: \"DOE, JOHN\"\n", "DOE, JOHN")]
    [InlineData("customer: NGUYEN, THI LAN\n", "NGUYEN, THI LAN")]
    [InlineData("cardholder=SANTOS, Maria\n", "SANTOS, Maria")]
    [InlineData("\"fullName\": \"Okonkwo-Bello, Adaeze\"", "Okonkwo-Bello, Adaeze")]
    [InlineData("From: \"Lindqvist, Astrid\" <astrid.lindqvist@corp.example>\n", "Lindqvist, Astrid")]
    public void Surname_first_with_a_comma_in_a_persons_place_is_one_name(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    // a mailbox's team name with a comma, a place after a cue, a list in a field, words that go on
    [InlineData("From: \"Backup, Nightly\" <backup@corp.example>\n")]
    [InlineData("this is Paris, France calling\nhi Seattle, Washington\n")]
    [InlineData("name: Orders, Payments\n")]
    [InlineData("customer: ACME, Inc\n")]
    [InlineData("Regions: Ireland, Frankfurt\nowner: Storage, Backup Team\n")]
    public void Comma_pairs_that_name_no_one_are_left(string text) =>
        Assert.Empty(People(text));
}
