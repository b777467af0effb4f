using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Person labels in the languages of the name they label (<c>姓名:</c>, <c>ФИО:</c>, <c>الاسم:</c>, <c>नाम:</c>,
/// <c>Ansprechpartner:</c>), with an ASCII or a full-width colon. A label is read by what it means: a name, a full name, a
/// reporter, an author, an assignee, a signer, someone on call — and, apart, the labels a team holds as often as a person
/// (owner, contact, the person in charge), which count only where a name also has a shape of its own (a Han or Hangul surname,
/// a Cyrillic surname ending).</summary>
internal sealed partial class PersonRecognizer
{
    private enum LabelKind
    {
        None,
        Person,
        Team,
    }

    // The standard form labels of these meanings in the languages support tickets arrive in (those of the closings) and in
    // Arabic, Hebrew, Hindi, Thai, Ukrainian, Chinese, Japanese and Korean. English labels are the cue and field lists' own.
    private static readonly string[] PersonLabels =
    [
        // German, French, Spanish, Portuguese, Italian, Dutch
        "vollständiger name", "vor- und nachname", "ansprechpartner", "bearbeiter", "melder", "gemeldet von", "autor", "unterzeichnet von", "rufbereitschaft",
        "nom", "nom complet", "nom et prénom", "prénom et nom", "assigné à", "rapporteur", "auteur", "signé par", "d'astreinte",
        "nombre", "nombre completo", "nombre y apellidos", "asignado a", "informante", "firmado por", "de guardia",
        "nome", "nome completo", "atribuído a", "relator", "assinado por", "de plantão", "assegnatario", "assegnato a", "segnalato da", "autore",
        "firmato da", "reperibile", "naam", "volledige naam", "contactpersoon", "toegewezen aan", "ondertekend door",
        // Polish, Swedish, Danish, Norwegian, Finnish, Turkish, Czech, Hungarian, Romanian, Greek
        "imię i nazwisko", "nazwisko", "przypisano do", "zgłaszający", "namn", "fullständigt namn", "kontaktperson", "tilldelad", "navn", "fulde navn",
        "fullt navn", "nimi", "koko nimi", "yhteyshenkilö", "tekijä", "ad soyad", "adı soyadı", "isim", "atanan", "bildiren", "jméno", "celé jméno",
        "jméno a příjmení", "řešitel", "kontaktní osoba", "név", "teljes név", "kapcsolattartó", "bejelentő", "szerző", "nume", "nume complet",
        "persoană de contact", "όνομα", "ονοματεπώνυμο", "συντάκτης",
        // Russian, Ukrainian
        "фио", "ф.и.о", "имя", "фамилия", "полное имя", "фамилия имя отчество", "контактное лицо", "исполнитель", "автор", "заявитель", "дежурный",
        "подписал", "назначено", "піб", "ім'я", "прізвище", "виконавець", "заявник",
        // Arabic, Hebrew, Hindi, Thai
        "الاسم", "الاسم الكامل", "اسم", "المكلف", "المبلغ", "المؤلف", "שם", "שם מלא", "מדווח", "כותב", "नाम", "पूरा नाम", "रिपोर्टर", "लेखक",
        "ชื่อ", "ชื่อ-นามสกุล", "ชื่อนามสกุล", "ผู้แจ้ง", "ผู้เขียน",
        // Chinese, Japanese, Korean
        "姓名", "名字", "经办人", "經辦人", "处理人", "處理人", "报告人", "報告人", "提交人", "作者", "值班人", "签名", "簽名", "氏名", "名前", "作成者",
        "報告者", "起票者", "承認者", "署名", "이름", "성명", "작성자", "보고자", "신청자", "처리자", "당직자", "서명",
    ];

    // Owner, contact, person in charge: labels a team or a queue holds as often as a person.
    private static readonly string[] TeamHeldLabels =
    [
        "kontakt", "verantwortlich", "zuständig", "responsable", "contacto", "contato", "contatto", "responsabile", "referente", "eigenaar",
        "właściciel", "ägare", "ejer", "eier", "omistaja", "vastuuhenkilö", "sorumlu", "ilgili kişi", "vlastník", "odpovědná osoba", "felelős",
        "tulajdonos", "responsabil", "proprietar", "υπεύθυνος", "ιδιοκτήτης", "ответственный", "владелец", "контакт", "відповідальний", "власник",
        "المالك", "المسؤول", "جهة الاتصال", "בעלים", "אחראי", "איש קשר", "स्वामी", "मालिक", "जिम्मेदार", "संपर्क", "ผู้รับผิดชอบ", "ผู้ติดต่อ",
        "เจ้าของ", "负责人", "負責人", "联系人", "聯絡人", "担当者", "担当", "連絡先", "담당자", "책임자", "연락처",
        // A message's sender and recipient, which a mailbox, a queue or a service is as often as a person: Russian, Ukrainian,
        // Belarusian, Kazakh, Uzbek (Cyrillic and Latin), Tajik, Kyrgyz; German, French, Spanish, Portuguese, Italian, Turkish, Polish.
        "получатель", "отправитель", "кому", "от", "отримувач", "відправник", "від", "атрымальнік", "адпраўнік", "алушы", "жіберуші", "кімге", "кімнен",
        "қабул қилувчи", "юборувчи", "кимга", "кимдан", "qabul qiluvchi", "yuboruvchi", "kimga", "kimdan", "гиранда", "фиристанда", "ба", "аз", "алуучу",
        "жөнөтүүчү", "empfänger", "absender", "destinataire", "expéditeur", "destinatario", "remitente", "destinatário", "remetente", "mittente",
        "alıcı", "gönderen", "kime", "kimden", "odbiorca", "nadawca",
    ];

    private static readonly FrozenDictionary<string, LabelKind> Labels =
        PersonLabels.Select(label => KeyValuePair.Create(label, LabelKind.Person))
            .Concat(TeamHeldLabels.Select(label => KeyValuePair.Create(label, LabelKind.Team)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, LabelKind>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the label before a value at <paramref name="start"/> says: a person's, a team's or a person's, or none. The
    /// label ends at a colon (ASCII or full width) a few blanks or quotes before the value; it is the whole key or its last words
    /// (<c>- Ответственный:</c>, <c>项目负责人：</c>, where Han and kana put no blank between words). The look back is bounded.</summary>
    private static LabelKind LabelBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && start - i < 4 && text[i - 1] is ' ' or '\t' or '"' or '\'')
        {
            i--;
        }

        if (i == 0 || text[i - 1] is not (':' or '：'))
        {
            return LabelKind.None;
        }

        var keyEnd = i - 1;
        while (keyEnd > 0 && text[keyEnd - 1] is ' ' or '\t')
        {
            keyEnd--;
        }

        // A quoted key (JSON, YAML, Python): read only in the scripts whose labels no field list of the English forms reads
        // ("氏名": …, "성명": …, "ФИО": …); a Latin key such as "nombre" names products and places in APIs as often as people.
        var quoted = keyEnd > 0 && text[keyEnd - 1] is '"' or '\'';
        keyEnd -= quoted ? 1 : 0;

        var keyStart = keyEnd;
        while (keyStart > 0 && keyEnd - keyStart < 32 && (char.IsLetter(text[keyStart - 1]) || InSpacedWord(text[keyStart - 1]) || text[keyStart - 1] is ' ' or '-' or '\'' or '.'))
        {
            keyStart--;
        }

        var key = text.AsSpan(keyStart, keyEnd - keyStart);
        if (quoted && (keyStart == 0 || text[keyStart - 1] is not ('"' or '\'') || key.ContainsAnyInRange('A', 'Z') || key.ContainsAnyInRange('a', 'z')))
        {
            return LabelKind.None;
        }

        return LabelKindOf(key);
    }

    /// <summary>The kind of a key: the longest of its endings that starts a word and is a label.</summary>
    private static LabelKind LabelKindOf(ReadOnlySpan<char> key)
    {
        for (var s = 0; s < key.Length; s++)
        {
            var boundary = s == 0 || !char.IsLetter(key[s - 1]) && !InSpacedWord(key[s - 1]) || NoBlankScript(key[s]);
            if (boundary && key[s] != ' ' && LabelLookup.TryGetValue(key[s..], out var kind))
            {
                return kind;
            }
        }

        return LabelKind.None;
    }

    // Words of negation and absence that open a placeholder after a label ("غير محدد" not given, "नहीं दिया" not given).
    private static readonly string[] NegationWords = ["غير", "لا", "بدون", "ללא", "לא", "אין", "नहीं", "कोई", "ไม่", "নেই", "নাই"];

    /// <summary>Gets whether a value opens with a word of negation or absence: a placeholder, not a name.</summary>
    private static bool OpensWithNegation(string text, int start)
    {
        foreach (var word in NegationWords)
        {
            if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && TextContext.CharAt(text, start + word.Length) == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Han and kana: scripts that write no blank between words, so a label can end a longer word.</summary>
    private static bool NoBlankScript(char c) => c is >= '\u3040' and <= '\u30ff' || ScriptOf(c) == Script.Han;
}
