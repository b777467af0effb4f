using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, person names a hostile reading still showed: lists of names after a role's key, more keys (plural roles, cc,
/// key=value in Han), Korean names before a job title, a Han name written with a blank, a surname and its initial after a cue, and
/// a name found once with evidence hidden wherever its text (or a later block of its stream) says it again. Each rule with the
/// cases it must act on and the near-misses it must leave alone; every name here is made up.</summary>
public sealed class Issue18NamesListsTitlesAndSpreadTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("owner: 张伟、李娜、王芳", new[] { "张伟", "李娜", "王芳" })]
    [InlineData("owner: 张伟和李娜", new[] { "张伟", "李娜" })]
    [InlineData("owners: 刘建华; 陈静", new[] { "刘建华", "陈静" })]
    [InlineData("담당자: 김민준 및 이서연", new[] { "김민준", "이서연" })]
    [InlineData("reviewers: Anna Kowalski, Tomás Ruiz and Li Wei", new[] { "Anna Kowalski", "Tomás Ruiz", "Li Wei" })]
    [InlineData("assignee: Priya Deshpande, and Oleksandr Bondar", new[] { "Priya Deshpande", "Oleksandr Bondar" })]
    public void Further_items_of_a_list_whose_first_is_a_person_are_people(string text, string[] expected) =>
        Assert.Equal(expected, People(text));

    [Theory]
    [InlineData("owners: payments, search and billing")]
    [InlineData("reviewers: Search Platform, Payments Team and Deploy Bot")]
    [InlineData("members: SRE, DBA and NOC")]
    [InlineData("owner: Berlin, Paris and London")]
    public void A_list_of_teams_services_or_places_after_a_role_key_is_no_one(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_list_stops_at_its_first_item_that_is_no_name()
    {
        Assert.Equal(["Anna Kowalski"], People("owners: Anna Kowalski, Platform Team and ops"));
        Assert.Empty(People("owner: ops team / db team"));
    }

    [Theory]
    [InlineData("处理人=张伟", "张伟")]
    [InlineData("值班: 李娜", "李娜")]
    [InlineData("owners: 张伟", "张伟")]
    [InlineData("cc: 王芳", "王芳")]
    [InlineData("owner: 张 伟", "张 伟")]
    [InlineData("escalated to Smith J.", "Smith J.")]
    public void More_keys_and_forms_hold_a_name(string text, string expected) => Assert.Equal([expected], People(text));

    [Theory]
    [InlineData("处理人=系统")]
    [InlineData("值班: 运维组")]
    [InlineData("escalated to Tier B.")]
    [InlineData("cc: 方法")]
    public void The_same_keys_before_no_name_are_left_alone(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("담당자: 김민준 과장", "김민준")]
    [InlineData("이서연 대리님 confirmed the fix", "이서연")]
    [InlineData("이준 팀장이 확인함", "이준")]
    [InlineData("박지훈님 승인", "박지훈")]
    [InlineData("담당자: 김민준", "김민준")]
    public void Korean_names_before_a_title_are_people(string text, string expected) => Assert.Equal([expected], People(text));

    [Theory]
    [InlineData("선생님께 문의하세요")]
    [InlineData("이사님 승인 필요")]
    [InlineData("차장님 확인")]
    [InlineData("고객님 문의")]
    [InlineData("이사장님 방문")]
    [InlineData("정상 처리 완료")]
    public void Titles_and_words_before_titles_are_no_one(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_name_found_with_evidence_is_hidden_where_its_text_repeats_it()
    {
        var text = "owner: 张伟\n张伟 restarted the db\nreviewer: Anna Kowalski\nlater Anna Kowalski's fix, (Anna Kowalski)\n";
        Assert.Equal(["张伟", "张伟", "Anna Kowalski", "Anna Kowalski", "Anna Kowalski"], People(text).Select(p => p.Replace("'s", "", StringComparison.Ordinal)));

        // Without the evidence the bare Han name is not read.
        Assert.Empty(People("张伟 restarted the db\n"));
    }

    [Fact]
    public void The_same_name_gets_the_same_pseudonym()
    {
        var redacted = Redactor.Default.Redact("owner: 张伟\n张伟 restarted the db\n").Text;
        Assert.Equal("owner: <PERSON_1>\n<PERSON_1> restarted the db\n", redacted);
    }

    [Fact]
    public void A_known_name_spreads_as_a_whole_word_only()
    {
        var names = new KnownNames();
        Assert.True(names.Learn("Anna Kowalski"));
        Assert.True(names.Learn("张伟"));
        const string text = "Anna Kowalski-Smith, Anna Kowalskis, xAnna Kowalski, 张伟重启, Anna Kowalski. 张伟 ok";
        var found = new List<PiiEntity>();
        names.Find(text, 0, [], found);
        Assert.Equal(["Anna Kowalski", "张伟"], found.Select(e => text[e.Start..e.End]));

        // An entity already there is not taken twice.
        var again = new List<PiiEntity>();
        names.Find(text, 0, [found[0]], again);
        Assert.Equal(["张伟"], again.Select(e => text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("Will")]
    [InlineData("Grant")]
    [InlineData("Spring Boot")]
    [InlineData("Deploy Bot")]
    [InlineData("payments team")]
    [InlineData("张")]
    [InlineData("Anna 2")]
    [InlineData("svc_user")]
    public void A_name_that_could_be_an_everyday_word_or_a_product_does_not_spread(string name) => Assert.False(KnownNames.Spreads(name));

    [Theory]
    [InlineData("Anna Kowalski")]
    [InlineData("Smith J.")]
    [InlineData("张伟")]
    [InlineData("张 伟")]
    [InlineData("김민준")]
    [InlineData("Иван Петров")]
    [InlineData("محمد الفارسي")]
    public void Names_of_two_words_or_caseless_characters_spread(string name) => Assert.True(KnownNames.Spreads(name));

    [Fact]
    public void Known_names_are_bounded()
    {
        var names = new KnownNames();
        for (var i = 0; i < KnownNames.MaxNames + 10; i++)
        {
            names.Learn($"Anna K{new string((char)('a' + i % 26), 1)}{new string((char)('a' + i / 26 % 26), 1)}{new string((char)('a' + i / 676 % 26), 1)}");
        }

        Assert.False(names.Learn("Tomás Ruiz"));
    }

    [Fact]
    public async Task A_name_found_in_one_block_is_hidden_in_the_next_blocks()
    {
        var filler = string.Concat(Enumerable.Repeat("2026-12-07 10:00:01 INFO request served in 12 ms\n", 80));
        var input = "owner: 张伟\n" + filler + "张伟 restarted the db\n" + filler + "ask 张伟 again\n";
        var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(input), output, cancellationToken: TestContext.Current.CancellationToken);
        var redacted = output.ToString();
        Assert.DoesNotContain("张伟", redacted);
        Assert.Contains("<PERSON_1> restarted the db", redacted);
        Assert.Contains("ask <PERSON_1> again", redacted);
    }

    [Fact]
    public async Task A_stream_with_no_name_found_hides_no_bare_word()
    {
        var input = "张伟 restarted the db\n" + string.Concat(Enumerable.Repeat("2026-12-07 10:00:01 INFO request served in 12 ms\n", 80)) + "张伟 again\n";
        var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(input), output, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(input, output.ToString());
    }
}
