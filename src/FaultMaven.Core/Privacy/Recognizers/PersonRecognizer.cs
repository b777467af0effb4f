using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names of people where context allows: two or three capitalised words (with an optional middle initial) that start
/// with a known given name, or that follow a cue such as <c>Assignee:</c>, <c>Dear</c>, <c>Regards,</c> or a <c>"signer":</c> field.
/// Product and tool names (<c>Apache Kafka</c>, <c>Spring Boot</c>, <c>Grafana Tempo</c>) are left alone.</summary>
internal sealed partial class PersonRecognizer : PiiRecognizer
{
    // Cues that put a person's name right after them.
    private static readonly string[] StrongCues =
    [
        "author:", "assignee:", "reporter:", "reviewed-by:", "signed-off-by:", "co-authored-by:", "dear ", "regards,", "regards ", "thanks,", "cheers,",
        "cardholder=", "cardholder:", "account holder ", "holder:", "customer ", "agent ", "acknowledged by ", "escalated to ", "paged ", "rotated by ",
        "approved by ", "requested by ", "reported by ", "assigned to ", "owner:", "contact:", "on behalf of ", "— ", "hi ", "hello ",
        "<nm>", "name:", "name=", "('", "paging ", "this is ", "my name is ",
        // Ticket and form labels with a colon after their verb or role ("Reported by: …", "Patient: …", "name on card …").
        "reported by:", "requested by:", "submitted by:", "opened by:", "raised by:", "patient:", "caller:", "name on card ", "name on card:",
        // The same cues in the languages support tickets arrive in: account holder, requested by.
        "kontoinhaber", "inhaber:", "titulaire", "titular", "intestatario", "demandé par ", "solicitado por ", "pedido por ", "richiesto da ", "angefordert von ",
        // Incident roles that only a person holds, and the hand-over verbs of incident notes. (Rota labels such as "primary:",
        // "on-call:", "agent:" or "reviewed by:" are as often followed by a region, a product or a board: "primary: North Virginia".)
        "escalated to:", "page owner:", "incident commander:", "hands the pager to ", "handed the pager to ",
        // A ticket's reply and assignment lines.
        "reply by ", "replied by ", "assigned to:",
        // Person fields written key=value, as log lines and ticket exports write them (owner= is a team's as often: not a cue alone).
        "assignee=", "reporter=", "author=", "assigned_to=", "reported_by=", "requested_by=",
    ];

    // Closings that stand alone on the line above a signature, in the languages support mail arrives in.
    private static readonly string[] Closings =
    [
        "regards", "kind regards", "best regards", "best", "thanks", "thank you", "many thanks", "cheers", "sincerely", "br",
        "viele grüße", "beste grüße", "freundliche grüße", "mit freundlichen grüßen", "grüße", "gruß", "lg", "mfg",
        "cordialement", "bien cordialement", "bien à vous", "merci", "amitiés", "atenciosamente", "abraços", "obrigado", "obrigada",
        "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "grazie", "saluti", "cordiali saluti", "distinti saluti",
        "pozdrawiam", "z poważaniem", "dziękuję", "met vriendelijke groet", "groeten", "mvg", "med vänlig hälsning", "hälsningar", "mvh",
        "terveisin", "saygılarımla", "с уважением", "спасибо",
        // Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Greek, Japanese, Chinese and Korean closings.
        "venlig hilsen", "med venlig hilsen", "hilsen", "vennlig hilsen", "med vennlig hilsen", "ystävällisin terveisin", "parhain terveisin",
        "s pozdravem", "s přátelským pozdravem", "děkuji", "s pozdravom", "üdvözlettel", "köszönöm", "cu stimă", "mulțumesc", "με εκτίμηση",
        "ευχαριστώ", "よろしくお願いいたします", "よろしくお願いします", "宜しくお願い致します", "敬具", "以上", "此致", "谢谢", "감사합니다",
        // Ukrainian, Belarusian, Kazakh, Uzbek (Cyrillic and Latin), Tajik and Kyrgyz thanks and regards.
        "з повагою", "дякую", "з павагай", "дзякуй", "құрметпен", "рахмет", "рақмет", "ҳурмат билан", "hurmat bilan", "раҳмат", "рахмат", "rahmat",
        "бо эҳтиром", "ташаккур", "урмат менен", "рахмат сизге",
    ];

    // JSON fields whose value is a person's name.
    private static readonly string[] NameFields =
    [
        "name\":\"", "name\": \"", "signer\":\"", "witness\":\"", "holder\":\"", "assignee\":\"", "reporter\":\"", "author\":\"", "owner\":\"",
        "customer\":\"", "agent\":\"", "displayname\":\"", "fullname\":\"", "full_name\":\"", "user\":\"", "contact\":\"",
    ];

    // Capitalised words that make a pair a product, a team or a sentence rather than a person; the team, desk and bot words
    // (Site Reliability, Deploy Bot, Service Desk) sign mail and speak in chats as people do, but name no one. The Russian line holds
    // the words for the commonest of them (server, service, team, list), which capitalised Cyrillic pairs end or open as surnames do;
    // the last lines the words for team, group, department, service, desk, squad and bot, and the commonest words teams are named
    // after (support, networks, systems, operations, platform), in the languages of the person labels, written from their meanings;
    // then the word for a work shift in those languages (a shift is assigned and reports as a person does: "Turno Noche", "Ночная Смена").
    internal static readonly FrozenSet<string> NotNames = """
        Apache Kafka Spring Boot Grafana Tempo Loki Prometheus Alertmanager Jenkins Team Phoenix Server Service Services Manager Controller Exception Error
        Java Google Microsoft Amazon Azure Cloud Data Event Events Windows Update Control Daily Activity Activities Cluster Node Pod Pods Redis Postgres Mongo
        Kubernetes Docker Linux Ubuntu Debian Chrome Firefox Safari Edge Mozilla Gecko Android Apple Client Worker Job Jobs Task Tasks Request Response
        Internal External Public Private Production Staging Customer Customers Support Billing Payments Payment Order Orders Account Accounts Status Summary
        Incident Root Cause Description Priority Severity Health Check Monitor Monitoring Platform Security Network Database Storage Queue Cache Search
        Gateway Proxy Load Balancer Engine Core Framework Studio Code Visual Office Teams Slack Zoom Outlook Excel Word Jira Confluence Github Gitlab
        Sentry Datadog Splunk Elastic Kibana Logstash Vault Consul Nomad Terraform Ansible Helm Argo Flux Istio Envoy Nginx Tomcat Jetty Netty Hibernate
        Mac Pro Max Mini Air Ultra New York San Francisco Los Angeles Street Avenue Road Inc Ltd LLC GmbH Corp Group Bank Card Visa Mastercard Express
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December
        The This That These Those There Then When What Where Which While Please Thanks Thank Regards Kind Best Hi Hello Dear Mr Mrs Ms Dr
        Metrics Logs Logging Tracing Traces Analytics Insights Registry Operator Beats Dashboard Dashboards Alerting Alerts Rollouts
        Bot Bots Robot Reliability Engineering Operations Ops DevOps SecOps Infrastructure Infra Helpdesk Desk Automation Notifier Notifications
        Assistant Oncall Squad Department Backend Frontend Pipeline Pipelines Webhook Webhooks Scheduler Daemon System Systems Admin Admins
        Integration Integrations Alert Noreply Mailer Digest Newsletter
        Сервер Сервис Служба Кластер Ошибка Система Платформа Команда Группа Отдел Поддержка Мониторинг База Данных Список Файл Файлов Логов Ключей
        Equipo Equipe Equipa Équipe Grupo Groupe Gruppe Gruppo Groep Grupp Grupa Grup Grubu Skupina Csoport Ryhmä Ομάδα Група Департамент Управление Сектор Відділ
        Departamento Département Abteilung Reparto Afdeling Avdeling Avdelning Dział Osasto Oddělení Osztály Departman Birim Τμήμα Бот Робот
        Servicio Servizio Serviço Dienst Usługa Palvelu Servis Služba Szolgáltatás Serviciul Υπηρεσία Ufficio Bureau Pôle Cellule Squadra Zespół Tiimi Ekip Ekibi
        Takım Tým Csapat Echipa Echipă Soporte Suporte Supporto Redes Sistemas Sistemi Systeme Systèmes Operaciones Opérations Betrieb Infraestructura Plataforma
        Shift Shifts Turno Turnos Turni Смена Смены Зміна Змена Schicht Zmiana Směna Smena Zmena Vuoro Skift Vardiya Műszak Tură Βάρδια
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override void Recognize(string text, Findings found)
    {
        // Names read in the record's structure first (tables, SQL rows, vCards): they are known wherever else the record says them.
        var known = new HashSet<string>(StringComparer.Ordinal);
        var others = new List<(int Start, int End)>();
        FindNameTables(text, found, known, others);
        if (text.AsSpan().IndexOfAny(SqlValues) >= 0 || ContinuedTuples(text) >= 0)
        {
            FindSqlRows(text, found, known);
        }

        if (text.AsSpan().IndexOfAny(VCardBegin) >= 0)
        {
            FindVCardNames(text, found, known);
        }

        if (text.AsSpan().IndexOfAny(RecordAnchors) >= 0)
        {
            FindRecordNames(text, found, known);
        }

        List<(int Start, int Length)>? locals = null;
        if (text.AsSpan().IndexOf('@') >= 0)
        {
            locals = [];
            NameShape.LocalParts(text, 0, text.Length, locals, int.MaxValue);
            FindMailDisplayNames(text, found, known);
        }

        HashSet<string>? givenNames = null;
        Dictionary<string, List<(int Start, int End)>>? pending = null;
        List<(int Start, int End)>? speakers = null;
        var speakerConfirmed = false;
        var nextOther = 0;
        foreach (var (candidateStart, candidateEnd) in Candidates(text))
        {
            var (start, end) = AfterTeamWord(text, candidateStart, candidateEnd);
            if (others.Count > 0 && InOtherCell(others, ref nextOther, start, end))
            {
                continue;
            }

            if (Consider(text, start, end, found, locals) is { } candidate)
            {
                var speaker = TextContext.CharAt(text, end) == ':' && (candidate.Start == 0 || text[candidate.Start - 1] == '\n');
                speakerConfirmed |= speaker && candidate.Confirmed;
                if (speaker && !candidate.Confirmed && (speakers ??= []).Count < MaxKnownNames)
                {
                    speakers.Add((candidate.Start, end));
                }

                if (candidate.Confirmed)
                {
                    (givenNames ??= new(StringComparer.Ordinal)).Add(candidate.First);
                }
                else if ((pending ??= new(StringComparer.Ordinal)).Count < MaxKnownNames || pending.ContainsKey(candidate.First))
                {
                    (pending.TryGetValue(candidate.First, out var pairs) ? pairs : pending[candidate.First] = []).Add((candidate.Start, end));
                }
            }
        }

        if (text.AsSpan().IndexOfAny(PartFieldAnchors) >= 0)
        {
            FindNameParts(text, found);
        }

        if (text.AsSpan().IndexOfAny(DisplayNameAnchors) >= 0)
        {
            FindDisplayNames(text, found);
        }

        // A transcript's speakers: lines that open with a pair and a colon are one column; when one of them is a person, all are.
        if (speakerConfirmed && speakers is not null)
        {
            foreach (var (start, end) in speakers)
            {
                found.Add(PiiType.Person, start, end, 0.7);
            }
        }

        FindSignedNames(text, found);
        FindScriptAndCommaNames(text, found);
        FindHonorificNames(text, found);
        FindUpperFirstNames(text, found);
        FindCyrillicUpperNames(text, found);
        FindInitialNames(text, found);

        // "Hi Kwame," in a message that names Kwame Okafor, "Danke, Frauke," after "hier ist Frauke Wächter".
        FindAddressed(text, pending, givenNames, found);
        if (givenNames is not null)
        {
            foreach (Match match in GreetingPattern().Matches(text))
            {
                var name = match.Groups["name"];
                if (givenNames.Contains(name.Value))
                {
                    found.Add(PiiType.Person, name.Index, name.Index + name.Length, 0.8);
                }
            }
        }

        if (known.Count > 0)
        {
            FindKnownNames(text, known, found);
        }
    }

    /// <summary>Finds the matches of the name pattern, as enumerating it over the whole text would, but runs the pattern only on
    /// lines that can hold a name. A name never spans a line, and a line end satisfies the pattern's look-behind and look-ahead as
    /// the text's own ends do, so a line read alone gives the same matches. In ASCII a name holds a lowercase letter, a space and a
    /// capital followed by a lowercase letter or a dot ("Anna Smith", "Anna K. Smith"): lines of numbers and capitals hold none and
    /// are passed over by a vectorised search for capitals. A line with any other character is read whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<(int Start, int End)> Candidates(string text)
    {
        var found = new List<(int Start, int End)>();
        var position = 0;
        var nonAscii = -1;
        while (position < text.Length)
        {
            if (nonAscii < position)
            {
                nonAscii = text.AsSpan(position).IndexOfAnyExceptInRange('\0', '\x7f') is var other and >= 0 ? position + other : text.Length;
            }

            var capital = text.AsSpan(position, nonAscii - position).IndexOfAnyInRange('A', 'Z');
            var at = capital >= 0 ? position + capital : nonAscii;
            if (at == text.Length)
            {
                break;
            }

            position = at + 1;
            if (at != nonAscii && (at < 2 || text[at - 1] != ' ' || !char.IsAsciiLetterLower(text[at - 2])
                || at + 1 >= text.Length || !(char.IsAsciiLetterLower(text[at + 1]) || text[at + 1] is '.' or '\'')))
            {
                continue;
            }

            var lineStart = text.AsSpan(0, at).LastIndexOf('\n') + 1;
            var lineEnd = text.AsSpan(at).IndexOf('\n') is var newline and >= 0 ? at + newline : text.Length;
            foreach (var match in NamePattern().EnumerateMatches(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                found.Add((lineStart + match.Index, lineStart + match.Index + match.Length));
            }

            position = lineEnd;
        }

        return found;
    }

    // The most characters a name's run of words is read over after a team's or a shift's word.
    private const int MaxNameRun = 160;

    /// <summary>The name after a team's or a shift's word inside a longer run of capitalised words (<c>Night Shift Anna Kowalski</c>,
    /// <c>Ночная Смена Иван Петров</c>), which the pattern, reading at most three words, cut before the surname: the words after the
    /// last such word, read again to the end of their run, when the first of them is a known given name; the candidate itself when
    /// there is none or fewer than two words follow.</summary>
    private static (int Start, int End) AfterTeamWord(string text, int start, int end)
    {
        var after = -1;
        for (var word = start; word < end;)
        {
            var space = text.IndexOf(' ', word, end - word);
            var wordEnd = space < 0 ? end : space;
            if (space > 0 && NotNameWords.Contains(text.AsSpan(word, wordEnd - word)))
            {
                after = space + 1;
            }

            word = wordEnd + 1;
        }

        // Only a known given name opens the name after such a word: without one, nothing after a team's word says a person (and a
        // line of team words is not read again per candidate). One word may stand between, the shift's or the team's own modifier
        // written after it (Turno Noche María García, Equipo Norte Ana Ruiz).
        if (after < 0)
        {
            return (start, end);
        }

        var afterEnd = text.IndexOf(' ', after, end - after) is var gap and > 0 ? gap : end;
        if (!GivenNameLookup.Contains(text.AsSpan(after, afterEnd - after)))
        {
            var next = afterEnd + 1;
            var nextEnd = next < end && text.IndexOf(' ', next, end - next) is var nextGap and > 0 ? nextGap : end;
            if (next >= end || !GivenNameLookup.Contains(text.AsSpan(next, nextEnd - next)))
            {
                return (start, end);
            }

            after = next;
        }

        // A name's words fit in a short window: reading to the line's end would read a long line again per candidate.
        var window = Math.Min(text.Length - after, MaxNameRun);
        var match = NamePattern().Match(text, after, text.IndexOf('\n', after, window) is var newline and >= 0 ? newline - after : window);
        return match.Success && match.Index == after && !NotNameWords.Contains(text.AsSpan(after, text.IndexOf(' ', after, match.Length) - after))
            ? (after, after + match.Length)
            : (start, end);
    }

    /// <summary>Scores a candidate; returns its start and first word, and whether it was reported as a person, or null when it is no name.</summary>
    private static (int Start, string First, bool Confirmed)? Consider(string text, int start, int end, Findings found, List<(int Start, int Length)>? locals)
    {
        // Drop leading words that are not part of the name: "Paged Yuki Raman", "Dear Aisha Nwosu".
        var space = text.IndexOf(' ', start, end - start);
        if (IsPlaceWord(text.AsSpan(start, space - start)) && !AtSentenceStart(text, start))
        {
            return null;
        }

        var second = space + 1;
        var third = text.IndexOf(' ', second, end - second);
        if (third > 0 && text[third - 1] != '.' && !FirstNames.All.Contains(text[start..space]) && !SurnameGivenPatronymic(text.AsSpan(start, space - start), text.AsSpan(third + 1, end - third - 1))
            && (NotNames.Contains(text[start..space]) || FirstNames.All.Contains(text[second..third]) || LabelKindOf(text.AsSpan(start, space - start)) != LabelKind.None
                || SurnameBeforeGivenName(text.AsSpan(second, third - second), text.AsSpan(third + 1, (text.IndexOf(' ', third + 1, end - third - 1) is var fourth and > 0 ? fourth : end) - third - 1))))
        {
            start = second;
        }

        return Score(text, start, end, found, locals);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, string First, bool Confirmed)? Score(string text, int start, int end, Findings found, List<(int Start, int Length)>? locals)
    {
        var words = text[start..end].Split(' ');
        if (words.Length < 2 || words.Any(w => NotNames.Contains(w.TrimEnd('.'))))
        {
            return null;
        }

        // A place's name that ends with its place word (Nelson Mandela Square) holds no person either.
        if (IsLabel(text, start, end, words[^1]) || InPlaceName(text, start, end) || words[^1][0] < '\u0400' && PlaceWordAfterName(words[^1]))
        {
            return null;
        }

        var score = 0.1;
        var shape = CyrillicNameShape(words);
        if (FirstNames.All.Contains(words[0]) || shape == CyrillicShape.Strong)
        {
            score += 0.55;
        }
        else if (shape != CyrillicShape.None)
        {
            // Not enough alone: a person's field, cue or label below makes it a name.
            score += 0.3;
        }

        if (TextContext.OnLineBefore(text, start, 16, StrongCues) || AfterLabelCell(text, start) is var cell && cell != start && TextContext.OnLineBefore(text, cell, 16, StrongCues)
            || TextContext.OnLineBefore(text, start, 24, NameFields) || ChatSpeaker(text, start, end) || SignOff(text, start)
            || BeforeMailbox(text, end) || NamedByField(text, start) || Speaker(text, start, end) || SpelledByMail(text, start, end, locals)
            || BeforeIdentifier(text, end) || LabelBefore(text, start) is var label && (label == LabelKind.Person || label == LabelKind.Team && shape >= CyrillicShape.Weak && !DisagreesInGender(words))
            || RosterLine(text, start, end) && (shape >= CyrillicShape.Weak || FirstNames.All.Contains(words[1])))
        {
            score += 0.45;
        }

        found.Add(PiiType.Person, start, end, score);
        return (start, words[0], score >= PiiDetector.DefaultMinimumScore);
    }

    /// <summary>Where the label cell of an HTML table row ends when the name is the next cell's value (<c>&lt;td&gt;Reporter:&lt;/td&gt;&lt;td&gt;Ana Lima</c>),
    /// so that the label's cue is read as if the name followed it; otherwise the name's own start.</summary>
    private static int AfterLabelCell(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var boundary in CellBoundaries)
        {
            if (before.EndsWith(boundary, StringComparison.OrdinalIgnoreCase))
            {
                return before.Length - boundary.Length;
            }
        }

        return start;
    }

    private static readonly string[] CellBoundaries = ["</td><td>", "</th><td>", "</td> <td>", "</th> <td>"];

    /// <summary>Gets whether title-case words are a label before its value (<c>Mark Failed: 3 jobs</c>, <c>Grace Period: 30s</c>,
    /// <c>- Retry Pending:</c>) rather than a chat speaker (<c>Mateo Rossi: which creds…</c>): they open the line (after blanks or a
    /// bullet) and end at a colon, and either the value is a number, or the last word has the ending of an English noun
    /// or participle (Failed, Pending, Duration, Deployment, Capacity), which surnames rarely have.</summary>
    private static bool IsLabel(string text, int start, int end, string last)
    {
        if (TextContext.CharAt(text, end) != ':')
        {
            return false;
        }

        var i = start;
        while (i > 0 && start - i < 8 && text[i - 1] is ' ' or '\t' or '-' or '*' or '#' or '•')
        {
            i--;
        }

        if (i > 0 && text[i - 1] != '\n')
        {
            return false;
        }

        var after = end + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        if (after < text.Length && char.IsAsciiDigit(text[after]))
        {
            return true;
        }

        return HasLabelEnding(last);
    }

    private static bool HasLabelEnding(string last)
    {
        foreach (var ending in LabelEndings)
        {
            if (last.Length > ending.Length + 2 && last.EndsWith(ending, StringComparison.Ordinal))
            {
                return !last.EndsWith("med", StringComparison.Ordinal); // Ahmed, Mohammed
            }
        }

        return false;
    }

    private static readonly string[] LabelEndings = ["ed", "ing", "ings", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "ance", "ence", "ure", "ures", "ive", "ics", "ory", "age"];

    /// <summary>Gets whether the name opens the line after a sign-off: <c>Kind regards,⏎Anjali Costa</c>.</summary>
    private static bool SignOff(string text, int start)
    {
        // In a quoted mail the signature and its closing carry the quote marks: "> Regards,⏎> Benedikt".
        var lineStart = start;
        while (lineStart > 0 && start - lineStart < 16 && text[lineStart - 1] is '>' or ' ')
        {
            lineStart--;
        }

        if (lineStart < 2 || text[lineStart - 1] != '\n')
        {
            return false;
        }

        var previous = text.AsSpan(0, lineStart - 1).TrimEnd('\r');
        var line = previous[(previous.LastIndexOf('\n') + 1)..].TrimStart("> ").Trim();
        if (line.EndsWith(',') && line.Length < 24 && (line.Contains("regards", StringComparison.OrdinalIgnoreCase) || line.StartsWith("thank", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("best", StringComparison.OrdinalIgnoreCase) || line.StartsWith("cheers", StringComparison.OrdinalIgnoreCase) || line.StartsWith("sincerely", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // A closing in another script is read by its shape (a word or two and a comma), so the signature must also close the mail.
        return IsClosing(line) || IsForeignClosing(line) && SignatureEndsAt(text, text.IndexOf('\n', start) is var lineEnd and >= 0 ? lineEnd : text.Length);
    }

    /// <summary>Gets whether a line is a closing alone: "Viele Grüße", "Atenciosamente", "Thanks!", with or without its comma.</summary>
    private static bool IsClosing(ReadOnlySpan<char> line)
    {
        var closing = line.TrimEnd(",!.。！");
        if (closing.Length is 0 or > 32)
        {
            return false;
        }

        foreach (var word in Closings)
        {
            if (closing.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether the name is a mailbox's display name: <c>From: Ana Lima &lt;ana@example.org&gt;</c>, a git author or co-author.</summary>
    private static bool BeforeMailbox(string text, int end)
    {
        // The address in angle brackets or, as ticket and mail headers also write it, in parentheses: "Ana Lima (ana@example.org)".
        var open = TextContext.CharAt(text, end + 1);
        if (TextContext.CharAt(text, end) != ' ' || open is not ('<' or '('))
        {
            return false;
        }

        var closing = open == '<' ? '>' : ')';
        var close = text.AsSpan(end + 2, Math.Min(128, text.Length - end - 2)).IndexOfAny(closing, '\n');
        return close > 2 && text[end + 2 + close] == closing && text.AsSpan(end + 2, close).Contains('@') && !text.AsSpan(end + 2, close).Contains(' ');
    }

    /// <summary>Gets whether the name is the speaker of a chat line: <c>[10:18] Thabo Schmidt: …</c>.</summary>
    private static bool ChatSpeaker(string text, int start, int end) =>
        TextContext.CharAt(text, end) == ':' && TextContext.CharBefore(text, start) == ' ' && TextContext.CharBefore(text, start - 1) == ']';

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Hi|Hello|Hey|Dear)[ ]{1,3}(?<name>\p{Lu}[\p{Ll}\p{M}]{1,20})(?=[ ]?[,!:\r\n])", RegexOptions.CultureInvariant)]
    private static partial Regex GreetingPattern();

    // Capitalised words (MacLeod and McKay's inner capital too), an optional middle initial, and surnames after particles
    // (van der Berg, da Silva, de la Cruz) or an elided one (O'Sullivan, D'Angelo).
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}_.’-])(?:Ma?c)?\p{Lu}[\p{Ll}\p{M}]{1,20}(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]{1,20})?(?:[ ]\p{Lu}\.)?(?:[ ](?:(?:van|von|de|da|di|du|del|della|der|den|dos|das|do|le|la|ter|ten|bin|ibn|al|el)[ ]){0,2}(?:Ma?c|[ODL]['’])?\p{Lu}[\p{Ll}\p{M}]{1,20}(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]{1,20})?){1,2}(?![\p{L}\p{M}\p{Nd}_])", RegexOptions.CultureInvariant)]
    internal static partial Regex NamePattern();
}
