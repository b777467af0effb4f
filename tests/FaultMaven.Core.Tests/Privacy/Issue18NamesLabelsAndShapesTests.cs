using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, seventeenth session: person labels in the name's own script (full-width colons too), Han and Hangul names after
/// an English label, honorifics and Korean closings after a name, Han and Hangul chat speakers, Cyrillic names by their patronymic
/// and surname endings, and surnames first in capitals in a person's field — each beside the near misses of its shape. Every name
/// and line here is made up for these tests.</summary>
public sealed class Issue18NamesLabelsAndShapesTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("姓名: 佐藤健一\n部门: 运维\n", "佐藤健一")]
    [InlineData("担当者：井上\n期限：12/09\n", "井上")]
    [InlineData("이름: 박서준\n", "박서준")]
    [InlineData("الاسم: يوسف الحداد\nالقسم: الدعم\n", "يوسف الحداد")]
    [InlineData("नाम: अंकित वर्मा\n", "अंकित वर्मा")]
    [InlineData("ชื่อ: ประเสริฐ วงศ์ใหญ่\n", "ประเสริฐ วงศ์ใหญ่")]
    [InlineData("שם: נועה לוי\n", "נועה לוי")]
    [InlineData("Όνομα: Νίκος Παπαδάκης\n", "Νίκος Παπαδάκης")]
    [InlineData("Ansprechpartner: Jörg Wendtland\n", "Jörg Wendtland")]
    [InlineData("Owner: 田中太郎\nPriority: P2\n", "田中太郎")]
    public void Name_after_a_person_label_in_its_own_language_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("ФИО: Смирнова Ольга Петровна\n", "Смирнова Ольга Петровна")]
    [InlineData("Ответственный: Кузнецов Артём\n", "Кузнецов Артём")]
    [InlineData("Заявку принял дежурный: Белозёров Тимофей, ждём ответа.\n", "Белозёров Тимофей")]
    [InlineData("Исполнитель: Вишневский Андрей\n", "Вишневский Андрей")]
    [InlineData("Дежурный сегодня Ярослава Гнатюк, пишите ей.\n", "Ярослава Гнатюк")]
    [InlineData("Согласовано: Всеволод Игоревич\n", "Всеволод Игоревич")]
    [InlineData("Исполнитель Остапенко Богдан\n", "Остапенко Богдан")]
    public void Cyrillic_name_no_list_knows_is_read_by_its_endings(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("name: IVANOV Ivan\n", "IVANOV Ivan")]
    [InlineData("Passenger: NGUYEN Van An\n", "NGUYEN Van An")]
    [InlineData("holder=DUPONT Jean-Pierre\n", "DUPONT Jean-Pierre")]
    [InlineData("ФИО: ПЕТРОВА Анна Сергеевна\n", "ПЕТРОВА Анна Сергеевна")]
    [InlineData("reporter: OKONKWO Chidi\n", "OKONKWO Chidi")]
    public void Surname_first_in_capitals_in_a_persons_field_is_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("확인 부탁드립니다.\n감사합니다.\n김민준 드림\n", "김민준")]
    [InlineData("검토 부탁드립니다.\n박지훈 올림\n", "박지훈")]
    [InlineData("김서연님, 디스크 용량 확인 부탁드립니다.\n", "김서연")]
    [InlineData("田中さん、ログを確認してください。\n", "田中")]
    [InlineData("井上様\nお世話になっております。\n", "井上")]
    [InlineData("请联系王建国先生处理。\n", "王建国")]
    [InlineData("[10:02] 田中: 再起動しました\n", "田中")]
    public void Name_before_an_honorific_or_a_korean_closing_and_a_chat_speaker_are_people(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    // teams, groups, placeholders and roles after the same labels and before the same honorifics
    [InlineData("担当者: インフラチーム\n担当者：運用部\n")]
    [InlineData("Owner: 监控组\n负责人: 平台组\n")]
    [InlineData("ФИО: не указано\nОтветственный: Служба поддержки\n")]
    [InlineData("이름: 미지정\n담당자: 운영팀\n")]
    [InlineData("الاسم: غير محدد\nالمالك: فريق العمليات\n")]
    [InlineData("नाम: कोई नहीं\nस्वामी: डेटा टीम\n")]
    [InlineData("姓名: 未填写\n姓名：匿名用户\n")]
    [InlineData("担当者様\nお世話になっております。\n")]
    [InlineData("お客様各位、メンテナンスのお知らせです。\n管理者様、ご確認ください。\n")]
    [InlineData("관리자님, 서버 재시작이 필요합니다.\n고객님께 안내 부탁드립니다.\n")]
    [InlineData("감사합니다.\n운영팀 드림\n")]
    [InlineData("設計仕様\n摂氏25度\n")]
    // Russian genitive plurals and nouns in -ов, -ин; capitalised labels before a number
    [InlineData("Не найдено логов и файлов.\nСписок ключей пуст.\n")]
    [InlineData("Количество Файлов: 12\nРазмер Логов: 3 ГБ\n")]
    [InlineData("Сервер Ростов недоступен.\n")]
    [InlineData("Причина Ошибки: таймаут соединения\nМашина Времени недоступна\n")]
    // title-case phrases opening with a noun or adjective of a surname's ending, outside a person's field or cue
    [InlineData("Откройте экран Магазин Приложений.\nДата центр: Остров Свободы\n")]
    [InlineData("Сервер Петровский Парк недоступен\nАдрес: Кутузовский Проспект\nОтветственный: Московский Филиал\n")]
    [InlineData("Ошибка в модуле Плагин Авторизации, открыта Админ Панель\n")]
    [InlineData("Город Саратов закрыт\nЗапуск Агентов завершён\nСканирование Портов Начато\n")]
    [InlineData("owner: 山东机房\nowner: 木马检测\n[10:02] 山东: 告警\n")]
    // severities, environments, acronyms and products in capitals after a person's field
    [InlineData("name: PROD Cluster\nname: ERROR Connection\n")]
    [InlineData("reporter: CI Pipeline\nname: AWS Lambda\n")]
    [InlineData("ERROR Connection refused\nWARN Disk almost full\n")]
    [InlineData("Assignee: NETOPS Escalation\nowner_name: ORACLE Databases\nSigner: DIGICERT Intermediate\n")]
    [InlineData("reporter: CISCO Networking\nname: VMWARE Virtualization\nAssignee: BIGIP Loadbalancer\n")]
    public void Teams_placeholders_roles_and_words_of_the_same_shape_are_left(string text) =>
        Assert.Empty(People(text));
}
