using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-first session: Han and Hangul names under role keys whose surnames the list lacked (common single
/// surnames and the two-character ones), initials after a key a team holds as often and after a cue phrase, a name followed by
/// words of its line; and what is no person — everyday words that open with a surname, places, teams and groups under role keys.
/// Every name here is made up for these tests.</summary>
public sealed class Issue18NamesSurnamesRoleValuesAndPlacesTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("owner: 黄志强\n", "黄志强")]
    [InlineData("assignee: 周杰\n", "周杰")]
    [InlineData("{\"reporter\": \"马云飞\"}\n", "马云飞")]
    [InlineData("owner=许文 level=info\n", "许文")]
    [InlineData("owner: 程浩然\n", "程浩然")]
    [InlineData("owner: 方圆\n", "方圆")]
    [InlineData("owner: 欧阳娜娜\n", "欧阳娜娜")]
    [InlineData("{\"owner\": \"诸葛明\"}\n", "诸葛明")]
    [InlineData("assignee: 司马光\n", "司马光")]
    [InlineData("owner: 이서연\n", "이서연")]
    [InlineData("assignee: 최민수\n", "최민수")]
    [InlineData("{\"owner\": \"정하준\"}\n", "정하준")]
    [InlineData("owner: 안정환\n", "안정환")]
    [InlineData("owner: 남궁민수\n", "남궁민수")]
    [InlineData("reporter=선우정아\n", "선우정아")]
    [InlineData("owner: 제갈성\n", "제갈성")]
    [InlineData("owner: 홍길동\n", "홍길동")]
    public void Han_or_Hangul_name_with_a_common_or_compound_surname_under_a_role_key_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("owner: 方法\n")]
    [InlineData("owner: 程序\n")]
    [InlineData("assignee: 马上\n")]
    [InlineData("owner: 周期任务\n")]
    [InlineData("owner: 黄色告警\n")]
    [InlineData("owner: 高可用\n")]
    [InlineData("owner: 严重\n")]
    [InlineData("owner: 이미지\n")]
    [InlineData("owner: 서비스\n")]
    [InlineData("owner: 안정성\n")]
    [InlineData("assignee: 조회수\n")]
    [InlineData("owner: 오류율\n")]
    [InlineData("owner: 정상화\n")]
    public void An_everyday_word_that_opens_with_a_surname_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("2026-12-07 10:00:01 WARN 黄色告警 触发 阈值 90%\n")]
    [InlineData("方法调用失败: 程序异常退出\n")]
    [InlineData("请马上处理 周期任务 超时\n")]
    [InlineData("安全检查 通过\n")]
    [InlineData("전체 서버 정상\n")]
    [InlineData("장애 발생: 조회 실패\n")]
    [InlineData("한국 리전 서버 신규 배포 안내\n")]
    [InlineData("전송 실패 재시도\n")]
    [InlineData("오류율 상승: 5%\n")]
    public void Log_lines_of_words_that_open_with_surnames_hold_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("{\"owner\": \"张江机房\"}\n")]
    [InlineData("\"owner\": \"김포센터\"\n")]
    [InlineData("owner=数据库组\n")]
    [InlineData("assignee: 플랫폼팀\n")]
    [InlineData("owner: 北京集群\n")]
    [InlineData("{\"owner\": \"王府中心\"}\n")]
    [InlineData("owner: 인프라본부\n")]
    [InlineData("{\"assignee\": \"이천센터\"}\n")]
    [InlineData("owner: 郑州\n")]
    [InlineData("owner: 方正证券\n")]
    [InlineData("{\"owner\": \"高新集团\"}\n")]
    [InlineData("assignee: 서초동\n")]
    [InlineData("owner: 연구소\n")]
    [InlineData("owner: 하남시\n")]
    [InlineData("owner: SRE Team\n")]
    [InlineData("owner: platform-oncall\n")]
    public void Places_teams_and_groups_under_role_keys_are_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("owner=김민준 ticket 0\n", "김민준")]
    [InlineData("assignee: 张伟 (on call)\n", "张伟")]
    [InlineData("owner: 周杰 since 09:14\n", "周杰")]
    [InlineData("reporter=Anna Smith at 09:14\n", "Anna Smith")]
    public void A_name_followed_by_words_of_its_line_is_hidden_and_the_words_kept(string text, string name)
    {
        var people = People(text);
        Assert.Equal([name], people);
    }

    [Theory]
    [InlineData("owner: 程序 failed\n")]
    [InlineData("owner=서비스 ticket 0\n")]
    public void A_word_before_latin_text_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Owner: Петров А.В.\n", "Петров А.В.")]
    [InlineData("{\"owner\": \"Kim J.\"}\n", "Kim J.")]
    [InlineData("contact: Nguyen V. A.\n", "Nguyen V. A.")]
    [InlineData("escalated to J. Smith\n", "J. Smith")]
    [InlineData("Incident paged A.B. Petrov at 10:02\n", "A.B. Petrov")]
    [InlineData("owner: Hall J.\n", "Hall J.")]
    public void Initials_with_a_surname_after_a_role_key_or_a_cue_are_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("owner: Team A.\n")]
    [InlineData("{\"owner\": \"Section B.\"}\n")]
    [InlineData("escalated to L2 support\n")]
    [InlineData("paged A. on-call\n")]
    [InlineData("owner: A.B.C\n")]
    [InlineData("owner=Site B.\n")]
    [InlineData("assignee: Building C.\n")]
    [InlineData("{\"owner\": \"Phase A.\"}\n")]
    [InlineData("Owner: Route A.\n")]
    [InlineData("owner: Model S.\n")]
    [InlineData("assignee: Disk C.\n")]
    [InlineData("escalated to U.S. East\n")]
    [InlineData("paged U.K. South on-call\n")]
    public void Initials_without_a_surname_after_a_role_key_or_a_cue_are_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("On call: Turno Noche María García\n", "María García")]
    [InlineData("Assignee: Night Shift Late Anna Kowalski\n", "Anna Kowalski")]
    public void A_name_after_a_shift_word_and_its_modifier_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("On call: Turno Noche Guardia Central\n")]
    [InlineData("Status: Payments Team Daily Report\n")]
    public void A_shift_word_and_its_modifier_without_a_given_name_after_them_are_no_person(string text) =>
        Assert.Empty(People(text));
}
