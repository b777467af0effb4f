using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, sixteenth session: names in any script without letter case, read by what the script's characters are rather
/// than by a list of scripts; closings in other scripts; chat speakers; a script's display name before a person's mailbox (RFC 2047
/// encoded too); surname first with particles or without the blank; a message id with a capitalised name and a number; twelve-digit
/// Maestro cards; and numbers of other things that pass Luhn. Every name, number and line here is made up for these tests.</summary>
public sealed class Issue18NamesAnyScriptTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Found(string text, PiiType type) =>
        [.. Detector.Detect(text).Where(e => e.Type == type).Select(e => text[e.Start..e.End])];

    private static List<string> People(string text) => Found(text, PiiType.Person);

    private static string Encoded(string name) => "=?UTF-8?B?" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(name)) + "?=";

    [Theory]
    [InlineData("assignee: ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ\n", "ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ")] // Kannada
    [InlineData("reporter: ගයාන් ජයසිංහ\n", "ගයාන් ජයසිංහ")] // Sinhala
    [InlineData("{\"name\": \"ሰላም ተስፋዬ\"}", "ሰላም ተስፋዬ")] // Ethiopic
    [InlineData("requested by: ნინო ბერიძე\n", "ნინო ბერიძე")] // Georgian
    [InlineData("caller: சுரேஷ் கிருஷ்ணன்\n", "சுரேஷ் கிருஷ்ணன்")] // Tamil
    [InlineData("Thanks, ສຸກສະຫວັນ ພົມມະຈັນ\n", "ສຸກສະຫວັນ ພົມມະຈັນ")] // Lao
    [InlineData("Assigned to: Гүлнара Әбілова\n", "Гүлнара Әбілова")]
    [InlineData("name: އައިޝަތު ޝިފާ\n", "އައިޝަތު ޝިފާ")] // Thaana
    public void Name_in_any_caseless_script_in_a_persons_place_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("সার্ভার কাজ করছে না।\nধন্যবাদ,\nসুমন দাস\n", "সুমন দাস")]
    [InlineData("Не могу да се пријавим.\nХвала,\nМилица Јовић\n", "Милица Јовић")]
    [InlineData("ಲಾಗಿನ್ ಆಗುತ್ತಿಲ್ಲ.\nಧನ್ಯವಾದಗಳು,\nಕಿರಣ್ ಶೆಟ್ಟಿ\n\n-- agent: desk\n", "ಕಿರಣ್ ಶೆಟ್ಟಿ")]
    [InlineData("[06/12/2026 15:04] ગૌરવ મહેતા: call me\n", "ગૌરવ મહેતા")]
    [InlineData("12/6/26, 3:05 PM - ស៊ុន ដារ៉ា: ok\n", "ស៊ុន ដារ៉ា")]
    public void Signature_after_a_closing_in_another_script_and_a_chat_speaker_are_people(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    // teams, regions, boards and products in the same scripts and places; prose; headings under a closing-shaped line; a log
    // line's service (its stamp has seconds)
    [InlineData("owner: ಪಾವತಿ ತಂಡ\ncontact: ნეტვორკის გუნდი\n")]
    [InlineData("region: ភ្នំពេញ ខាងត្បូង\nboard: ደንበኛ አገልግሎት\nproduct: ලොග් සේවාව\n")]
    [InlineData("note: ਸਰਵਰ ਨੂੰ ਮੁੜ ਚਾਲੂ ਕੀਤਾ ਗਿਆ ਅਤੇ ਸਭ ਠੀਕ ਹੈ\n")]
    [InlineData("primary: ಬೆಂಗಳೂರು ವಲಯ\non-call: ಡೇಟಾ ವೇದಿಕೆ\n")]
    [InlineData("ಸ್ಥಿತಿ,\nಡೇಟಾಬೇಸ್ ನಿಧಾನ\nಮರುಪ್ರಾರಂಭ ಅಗತ್ಯ\n")]
    [InlineData("[2026-12-06 15:04:11] ಪಾವತಿ ಸೇವೆ: timeout after 30s\n2026-12-06 15:04:12 - ලොග් සේවාව: restarted\n")]
    [InlineData("contact: สมศักดิ์ วงศ์ใหญ่\n")] // the hostile test's guard: contact is a team's label as often
    [InlineData("From: نظام التنبيه <alerts@corp.example>\n")]
    [InlineData("From: مركز التنبيهات <alerts.center@corp.example>\n")]
    [InlineData("From: ملاحظات الإصدار <release.notes@corp.example>\n")]
    // a cue that ends in a blank is followed by teams and days as often in the spaced scripts ("support team", "Friday")
    [InlineData("ticket assigned to فريق الدعم\n")]
    [InlineData("please reply by יום שישי\n")]
    [InlineData("escalated to सहायता टीम\n")]
    public void Caseless_words_that_name_no_one_are_left(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void Script_display_name_before_a_persons_mailbox_is_a_person_and_an_encoded_one_is_redacted_as_its_span()
    {
        Assert.Contains("ياسمين الخطيب", People("From: ياسمين الخطيب <y.khatib@corp.example>\n"));
        var devanagari = Encoded("प्रिया देशपांडे");
        Assert.Contains(devanagari, People("From: " + devanagari + " <priya.deshpande@corp.example>\n"));
        var han = Encoded("孙丽华");
        Assert.Contains(han, People("Cc: " + han + " <lihua.sun@corp.example>\n"));
        var system = Encoded("ሲስተም ክትትል");
        Assert.Empty(People("From: " + system + " <monitoring.bot@corp.example>\n"));
    }

    [Theory]
    [InlineData("customer: VAN DER BERG, Anna\n", "VAN DER BERG, Anna")]
    [InlineData("name: de la Cruz, Maria\n", "de la Cruz, Maria")]
    [InlineData("cardholder=Doe,John\n", "Doe,John")]
    public void Surname_first_with_particles_or_without_the_blank_is_one_name(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("name: Billing,Payments\nregion: Dublin,Ireland\n")]
    [InlineData("columns: Status,Priority,Owner\n")]
    public void Comma_pairs_without_the_blank_that_name_no_one_are_left(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void Message_id_of_a_capitalised_name_and_a_number_is_an_email_but_generated_ones_are_not()
    {
        Assert.Equal(["Jane.Doe.1234@mail.corp.example"], Found("Message-ID: <Jane.Doe.1234@mail.corp.example>\n", PiiType.Email));
        Assert.Empty(Found("Message-ID: <Release.Notes.2026@mail.corp.example>\nIn-Reply-To: <jane.build.1234@ci.example>\n", PiiType.Email));
    }

    [Theory]
    [InlineData("Maestro card 5018 2012 3450 charged EUR 12.00\n", "5018 2012 3450")]
    [InlineData("card=501820123450 exp=11/28\n", "501820123450")]
    public void Twelve_digit_maestro_where_a_card_is_named_is_a_card(string text, string card) =>
        Assert.Contains(card, Found(text, PiiType.CreditCard));

    [Theory]
    [InlineData("payment reference 501820123450\nKID: 501820123450\norder 501820123450 shipped\n")]
    [InlineData("license key: 9792-4173-8260-1150\n")]
    [InlineData("shipment 6062 8261 1424 2225 dispatched\n")]
    // "card" inside another word names no card
    [InlineData("cardinality 501812345673\n")]
    [InlineData("WARN discarded 3 events for account 501812345673\n")]
    [InlineData("scorecard 675912345674 wildcard match 675912345674\n")]
    [InlineData("product key 6011-0009-9013-9424 activated\n")]
    public void Numbers_of_other_things_are_no_cards(string text) =>
        Assert.Empty(Found(text, PiiType.CreditCard));
}
