using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, eighteenth session: Cyrillic names written surname first before a known given name, the cues a name stands
/// after in lists and mail (numbered rosters, sender and recipient labels, key=value person fields), names with initials after a
/// person's label or cue, person labels as a table header or a quoted key above Han and Hangul names, and teams, groups,
/// departments, services and bots after person labels in other languages — each beside the near misses of its shape. Every name
/// and line here is made up for these tests.</summary>
public sealed class Issue18NamesCuesInitialsAndTeamsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("Релиз откатил Голованов Елисей после проверки.\n", "Голованов Елисей")]
    [InlineData("Тикет закрыл Юсупов Азиз вчера.\n", "Юсупов Азиз")]
    [InlineData("Звіт надіслав Мельников Тарас.\n", "Мельников Тарас")]
    [InlineData("Хатни Шарипов Комрон фиристод.\n", "Шарипов Комрон")]
    [InlineData("Смену сдала Калинина Ульяна в 20:00.\n", "Калинина Ульяна")]
    [InlineData("Смену приняла Осипова Ксения Андреевна.\n", "Осипова Ксения Андреевна")]
    public void Cyrillic_surname_first_before_a_known_given_name_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("Состав смены:\n1. Хасанов Ильдар — старший инженер\n", "Хасанов Ильдар")]
    [InlineData("Rota:\n2) Adeyemi Chioma - backup\n", "Adeyemi Chioma")]
    [InlineData("Отправитель: Шайхутдинов Марсель\n", "Шайхутдинов Марсель")]
    [InlineData("Кому: Гарипов Айрат\n", "Гарипов Айрат")]
    [InlineData("event=escalation assignee=Nomvula Khumalo state=open\n", "Nomvula Khumalo")]
    [InlineData("reporter=Thandeka Mthembu\n", "Thandeka Mthembu")]
    public void Name_after_a_roster_number_a_sender_label_or_a_key_value_field_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("ФИО: Ларионов К. А.\n", "Ларионов К. А.")]
    [InlineData("Заявитель: М. Р. Шестаков\n", "М. Р. Шестаков")]
    [InlineData("Reporter: T. Okafor\n", "T. Okafor")]
    [InlineData("Auteur: Lemaire, F.\n", "Lemaire, F.")]
    [InlineData("Assignee: Tran Q. H.\n", "Tran Q. H.")]
    public void Name_with_initials_after_a_person_label_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("| 氏名 | 役割 |\n|---|---|\n| 石井 翔 | 当番 |\n", "石井 翔")]
    [InlineData("{\"氏名\": \"松本美咲\", \"部署\": \"SRE\"}\n", "松本美咲")]
    [InlineData("{\"성명\": \"김하늘\"}\n", "김하늘")]
    [InlineData("{\"ФИО\": \"Гарипов Ильдар\"}\n", "Гарипов Ильдар")]
    [InlineData("성명,역할\n오세훈,당직\n", "오세훈")]
    public void Name_under_a_person_header_or_after_a_quoted_person_key_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    // genitives, nouns and places after a surname's ending, and given names that are common words
    [InlineData("Остров Свободы недоступен, Магазин Приложений тоже.\n")]
    [InlineData("Причина Ошибки не найдена; Сервис Авторизации отвечает 503.\n")]
    [InlineData("Роман Толстого лежит в папке, Город Саратов в теме.\n")]
    // numbered steps and product lines after a dash
    [InlineData("План:\n1. Проверить Логи — выполнено\n2. Restart Gateway — done\n3. Магазин Приложений — недоступен\n")]
    // queues and services after sender and recipient labels, and after key=value person fields
    [InlineData("Кому: Группа эксплуатации\nОт: Сервис Уведомлений\n")]
    [InlineData("owner=platform-team assignee=Billing Service\n")]
    [InlineData("owner=Red Hat region=eu-west-1\nowner=Open Source license=apache-2.0\n")]
    // initials after no person label
    [InlineData("Section: A. Overview\nStep: B. Rollback\nReporter: N/A\n")]
    // placeholders and teams under a person's header or key
    [InlineData("| 氏名 | 役割 |\n|---|---|\n| 未定 | 当番 |\n| 運用部 | 監視 |\n")]
    [InlineData("{\"성명\": \"미지정\", \"담당\": \"운영팀\"}\n")]
    // teams, groups, departments, services and bots after person labels in other languages
    [InlineData("author: Equipo Redes\nOwner: Équipe Infra\n")]
    [InlineData("Autor: Gruppe Datenbanken\nAssegnatario: Gruppo Database\n")]
    [InlineData("Asignado a: Departamento Sistemas\nToegewezen aan: Afdeling Netwerken\n")]
    [InlineData("Przypisano do: Zespół Sieci\nAutor: Bot Despliegue\n")]
    [InlineData("исполнитель: Отдел Сопровождения\nавтор: Бот Мониторинга\n")]
    public void Places_steps_queues_teams_and_placeholders_of_the_same_shape_are_left(string text) =>
        Assert.Empty(People(text));
}
