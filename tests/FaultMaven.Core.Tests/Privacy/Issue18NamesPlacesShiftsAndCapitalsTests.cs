using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, nineteenth session: Han and Hangul names as the whole quoted value of a person's key and in a person's column
/// under a role's header, initials after sender and recipient labels, Cyrillic surnames in capitals; and what is no person there —
/// a historical name inside a place's name, an organisation after a sender label, a work shift after a person's key. Every name,
/// street and line here is made up for these tests or is a public figure as streets are named after them.</summary>
public sealed class Issue18NamesPlacesShiftsAndCapitalsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("{\"氏名\": \"森下健太\", \"部署\": \"SRE\"}\n", "森下健太")]
    [InlineData("{\"姓名\": \"司马光明\"}\n", "司马光明")]
    [InlineData("{\"성명\": \"편민호\", \"부서\": \"인프라\"}\n", "편민호")]
    [InlineData("{\"担当者\": \"佐々木翔太\"}\n", "佐々木翔太")]
    public void Han_or_Hangul_value_of_a_quoted_person_key_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("{\"氏名\": \"未定\"}\n")]
    [InlineData("{\"성명\": \"미지정\"}\n")]
    [InlineData("{\"担当者\": \"開発基盤\"}\n")]
    [InlineData("{\"部署\": \"森下工場\"}\n")]
    [InlineData("{\"负责人\": \"运维组\"}\n")]
    public void Absence_a_team_or_another_key_above_Han_or_Hangul_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("id,assignee,status\n1,森下健太,open\n2,林美咲,closed\n", "森下健太")]
    [InlineData("| 번호 | 담당자 |\n|---|---|\n| 1 | 편민호 |\n| 2 | 박서연 |\n", "편민호")]
    [InlineData("| assignee | status |\n|---|---|\n| 张伟 | open |\n| 黄磊 | open |\n| 이서연 | open |\n| 欧阳娜娜 | done |\n", "黄磊")]
    [InlineData("| assignee | status |\n|---|---|\n| 张伟 | open |\n| 黄磊 | open |\n| 이서연 | open |\n| 欧阳娜娜 | done |\n", "이서연")]
    [InlineData("| assignee | status |\n|---|---|\n| 张伟 | open |\n| 黄磊 | open |\n| 이서연 | open |\n| 欧阳娜娜 | done |\n", "欧阳娜娜")]
    [InlineData("id\t担当者\t状態\n1\t松田美咲\t対応中\n", "松田美咲")]
    public void Han_or_Hangul_cells_under_a_role_header_are_people(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("id,assignee,status\n1,運用チーム,open\n2,未定,closed\n")]
    [InlineData("| 번호 | 담당자 |\n|---|---|\n| 1 | 운영팀 |\n")]
    [InlineData("id,owner,status\n1,支付网关,ok\n2,订单服务,ok\n")]
    [InlineData("id,assignee\n1,平台\n2,监控\n")]
    public void Teams_and_absence_under_a_role_header_are_no_people(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("От: Лаптев Р. С.\n", "Лаптев Р. С.")]
    [InlineData("Кому: Н. А. Зорина\n", "Н. А. Зорина")]
    [InlineData("Відправник: Бондар Т. І.\n", "Бондар Т. І.")]
    public void Initials_after_a_sender_or_recipient_label_are_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("Кому: Группа А.\n")]
    [InlineData("От: Сервис А. Б.\n")]
    public void A_team_word_with_initials_after_a_sender_label_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Дежурный СМИРНОВ ПАВЕЛ на связи.\n", "СМИРНОВ ПАВЕЛ")]
    [InlineData("Заявку принял ЛАПТЕВ Игорь.\n", "ЛАПТЕВ Игорь")]
    [InlineData("Исполнитель: ЗОРИНА ЕЛЕНА\n", "ЗОРИНА ЕЛЕНА")]
    [InlineData("Список: БОНДАРЕНКО ОЛЕСЬ ТАРАСОВИЧ\n", "БОНДАРЕНКО ОЛЕСЬ ТАРАСОВИЧ")]
    public void Cyrillic_surname_in_capitals_before_a_given_name_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("ОШИБКА СЕРВЕРА: ДОСТУП ЗАПРЕЩЁН\n")]
    [InlineData("КОД ОШИБКИ 503, СБОЙ Питания\n")]
    [InlineData("ЗАПУСК АГЕНТОВ ОТЛОЖЕН\n")]
    [InlineData("Статус: ПРИЧИНА НЕИЗВЕСТНА\n")]
    public void Codes_and_states_in_capitals_are_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Филиал у собора Александра Невского без связи.\n")]
    [InlineData("Офис: Проспект Богдана Хмельницкого, 12\n")]
    [InlineData("Точка на улице Льва Толстого не отвечает.\n")]
    [InlineData("Sucursal Plaza Simón Bolívar sin red.\n")]
    [InlineData("Agence: Rue Victor Hugo, 12\n")]
    [InlineData("Store at Nelson Mandela Square is offline.\n")]
    [InlineData("Edge JFK (John F. Kennedy Intl) p95 412 ms\n")]
    [InlineData("Vendors: Hugo Boss AG, Anna Tech GmbH\n")]
    [InlineData("Filiale am Willy Brandt Platz ist offline.\n")]
    public void A_name_inside_a_place_name_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Звонил Александр Невский по заявке.\n", "Александр Невский")]
    [InlineData("Reporter: Victor Hugo Ramírez\n", "Victor Hugo Ramírez")]
    [InlineData("Заявку закрыл Храмов Иван.\n", "Храмов Иван")]
    [InlineData("Author: Lucas Rua <lucas@example.org>\n", "Lucas Rua")]
    [InlineData("Paged Aubrey Plaza about the outage.\n", "Aubrey Plaza")]
    [InlineData("Reviewer: Rosa Carrera\n", "Rosa Carrera")]
    [InlineData("Place Anna Smith on call for tonight.\n", "Anna Smith")]
    [InlineData("Rue Pierre Dubois a redémarré le serveur.\n", "Pierre Dubois")]
    [InlineData("Looping in Maria Silva SA for the customer call.\n", "Maria Silva")]
    [InlineData("Anna Schmidt SE will take the page.\n", "Anna Schmidt")]
    public void A_person_without_a_place_word_is_still_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("От: Магазин Склада\n")]
    [InlineData("Кому: Отдел Сервера\n")]
    public void A_noun_and_its_genitive_after_a_sender_label_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("От: Гарипов Айрат\n", "Гарипов Айрат")]
    [InlineData("Кому: Ильин Никита\n", "Ильин Никита")]
    public void A_surname_and_an_agreeing_given_name_after_a_sender_label_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("ticket=INC-1 assignee=Turno Noche\n")]
    [InlineData("ticket=INC-2 reporter=\"Ночная Смена\"\n")]
    [InlineData("ticket=INC-3 assignee=\"Night Shift\"\n")]
    [InlineData("ticket=INC-4 assignee=\"Zmiana Nocna\"\n")]
    public void A_work_shift_after_a_person_key_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("Логтар жіберілді.\nРақмет, Айгерим!\n", "Айгерим")]
    [InlineData("Текшерип бериңиз.\nРахмат, Нурбек!\n", "Нурбек")]
    public void A_name_after_a_closing_and_before_an_exclamation_mark_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("Рақмет, бәрі жұмыс істейді!\n")]
    [InlineData("Раҳмат, сервер тикланди.\n")]
    [InlineData("Thanks, Everyone!\n")]
    [InlineData("Спасибо, Коллеги!\n")]
    public void A_closing_before_a_sentence_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("С уважением,\nСпасибо\n")]
    [InlineData("Thanks,\nGracias\n")]
    [InlineData("Дякую,\nРахмет\n")]
    public void A_thank_you_word_under_a_closing_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_given_name_under_a_closing_is_still_a_person() =>
        Assert.Contains("Benedikt", People("Regards,\nBenedikt\n"));
}
