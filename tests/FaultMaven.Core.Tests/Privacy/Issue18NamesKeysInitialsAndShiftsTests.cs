using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twentieth session: Han and Hangul names under English keys of a person's role, initials written without a
/// blank, a name after a shift's or a team's word in a longer run of capitals; and what is no person — services in a role's
/// column beside a person, a test account under a name key, a technical noun's genitive plural in capitals. Every name here is
/// made up for these tests.</summary>
public sealed class Issue18NamesKeysInitialsAndShiftsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("{\"assignee\": \"佐藤花子\", \"status\": \"open\"}\n", "佐藤花子")]
    [InlineData("{\"reporter\":\"王伟\"}\n", "王伟")]
    [InlineData("{\"owner\": \"박서준\"}\n", "박서준")]
    [InlineData("{\"author\": \"李娜\"}\n", "李娜")]
    [InlineData("owner=김민준 level=info\n", "김민준")]
    [InlineData("{\"approver\": \"陈静怡\"}\n", "陈静怡")]
    [InlineData("{\"created_by\": \"渡辺健一\"}\n", "渡辺健一")]
    public void Han_or_Hangul_value_of_an_English_role_key_with_a_surname_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("{\"assignee\": \"数据平台组\"}\n")]
    [InlineData("{\"owner\": \"決済チーム\"}\n")]
    [InlineData("{\"owner\": \"결제플랫폼팀\"}\n")]
    [InlineData("{\"assignee\": \"订单服务\"}\n")]
    [InlineData("{\"owner\": \"运维部\"}\n")]
    [InlineData("{\"region\": \"王府井\"}\n")]
    [InlineData("{\"owner\": \"svc-4f2a91\"}\n")]
    public void Teams_services_and_other_keys_in_caseless_scripts_are_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("{\"氏名\": \"测试用户\"}\n")]
    [InlineData("{\"姓名\": \"示例用户\"}\n")]
    [InlineData("{\"성명\": \"테스트\"}\n")]
    [InlineData("{\"名前\": \"管理員\"}\n")]
    [InlineData("{\"姓名\": \"默认账号\"}\n")]
    public void A_placeholder_under_a_name_key_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Author: Петров А.В.\n", "Петров А.В.")]
    [InlineData("Исполнитель: А.В.Петров\n", "А.В.Петров")]
    [InlineData("Author: Petrov A.V.\n", "Petrov A.V.")]
    [InlineData("Assignee: Smith J.R.\n", "Smith J.R.")]
    [InlineData("author=\"J.R.Smith\"\n", "J.R.Smith")]
    [InlineData("Виконавець: Бондар Т.І.\n", "Бондар Т.І.")]
    public void Initials_without_a_blank_are_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("Author: A.B.C\n")]
    [InlineData("version: V.1.Final\n")]
    [InlineData("Section: A.B. Overview\n")]
    [InlineData("Reviewer: N.B.\n")]
    public void Dotted_capitals_without_a_surname_are_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Дежурный: Ночная Смена Иван Петров\n", "Иван Петров")]
    [InlineData("On call: Night Shift Anna Kowalski\n", "Anna Kowalski")]
    [InlineData("Assignee: Morning Shift María González\n", "María González")]
    [InlineData("Escalated to Payments Team Anna Kowalski today\n", "Anna Kowalski")]
    public void A_name_after_a_shift_or_team_word_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("On call: Night Shift Alpha Bravo\n")]
    [InlineData("Status: Payments Team Daily Report\n")]
    [InlineData("Дежурный: Ночная Смена\n")]
    public void A_shift_or_team_without_a_name_after_it_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("ЗАПРОСОВ ИВАН\n")]
    [InlineData("СПИСОК СЕРВЕРОВ НИКОЛАЙ\n")]
    [InlineData("ОЧЕРЕДЬ ПАКЕТОВ ОЛЕГ\n")]
    [InlineData("СБОЕВ АННА\n")]
    public void A_noun_genitive_plural_in_capitals_is_no_surname(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("ИВАНОВ ИВАН\n", "ИВАНОВ ИВАН")]
    [InlineData("Дежурный СМИРНОВ ПАВЕЛ на связи.\n", "СМИРНОВ ПАВЕЛ")]
    [InlineData("ЛЕБЕДЕВ ОЛЕГ\n", "ЛЕБЕДЕВ ОЛЕГ")]
    public void A_surname_in_capitals_is_still_a_person(string text, string name) =>
        Assert.Contains(name, People(text));
}
