namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names the capitalised-word pattern cannot read, in the places it reads names (issue 18): names in scripts without
/// letter case (Arabic, Hebrew, Devanagari, Thai, Chinese and Japanese characters, Hangul) and names written surname first with a
/// comma (<c>DOE, JOHN</c>, <c>Santos, Maria</c>). Each needs its place and a shape of its own: Han and Hangul a surname first; the
/// spaced scripts a person's field or cue (not owner or contact, which teams hold too, nor a mail's display name); a comma pair a
/// known given name after the comma, or a surname in capitals in a person's field. A rota label (<c>on-call:</c>,
/// <c>primary:</c>), which regions, products and boards also follow, takes only a given name after a comma or a Han or Hangul
/// surname.</summary>
internal sealed partial class PersonRecognizer
{
    // Labels of a rota or a review, followed by a person as often as by a region, a product or a board.
    private static readonly string[] RotaCues =
    [
        "primary:", "secondary:", "tertiary:", "on-call:", "oncall:", "on call:", "backup:", "shadow:", "reviewed by:", "reviewer:", "approver:",
        "escalation:", "pager:",
    ];

    // Labels that a team or a system holds as often as a person.
    private static readonly string[] TeamLabels = ["owner:", "contact:"];

    private static bool IsUpperWord(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');

    private enum Place
    {
        None,
        Rota,
        Mailbox,
        Cue,
        Field,
    }

    private enum Script
    {
        None,
        Han,
        Hangul,
        Spaced,
    }

    /// <summary>Finds names in scripts without case and names written surname first, where the cues of the capitalised names stand.</summary>
    private static void FindScriptAndCommaNames(string text, Findings found)
    {
        // Scripts without case: each run of their letters is read once.
        var position = 0;
        while (position < text.Length && text.AsSpan(position).IndexOfAnyExceptInRange('\0', '\x7f') is var offset and >= 0)
        {
            var start = position + offset;
            var script = ScriptOf(text[start]);
            if (script == Script.None || start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_' || InSpacedWord(text[start - 1])))
            {
                position = start + 1;
                continue;
            }

            if (script is Script.Han or Script.Hangul && QuotedCaselessValue(text, start) is var quotedEnd and > 0)
            {
                found.Add(PiiType.Person, start, quotedEnd, 0.85);
                position = quotedEnd;
                continue;
            }

            var end = ReadScriptName(text, start, script);
            // Han and Hangul open with a surname wherever they stand. In the spaced scripts nothing in the words tells a person from a
            // team ("owner: فريق العمليات", the operations team) or a system (a mail's display name): they are read only after a
            // field or cue of a person, not after the labels teams hold as often (owner, contact) nor before a mailbox.
            var cased = script is Script.Han or Script.Hangul;
            if (end > start && ((ValueStartsAt(text, start) || cased && CueJustBefore(text, start)) && (ValueEndsAt(text, end) || cased && LatinWordAfter(text, end)) && CuedPlace(text, start, end) is var place and > Place.None
                    && (cased ? StartsWithSurname(text, start, end) : place is Place.Field or Place.Cue && !TextContext.OnLineBefore(text, start, 20, TeamLabels) && !OpensWithNegation(text, start)
                        || place == Place.Mailbox && PersonalMailboxAfter(text, end))
                || !cased && (ChatSpeakerInMinutes(text, start, end) || ClosingAbove(text, start) && SignatureEndsAt(text, end))
                || cased && ChatSpeakerInMinutes(text, start, end) && StartsWithSurname(text, start, end)))
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }

            position = Math.Max(end, start + 1);
            while (position < text.Length && (script == Script.Spaced ? InSpacedWord(text[position]) : ScriptOf(text[position]) == script))
            {
                position++;
            }
        }

        // Surname first: "DOE, JOHN", "Santos, Maria", and without the blank ("Doe,John") as forms and exports write it.
        for (var at = text.IndexOf(',', StringComparison.Ordinal); at >= 0; at = at + 1 < text.Length ? text.IndexOf(',', at + 1) : -1)
        {
            var gap = TextContext.CharAt(text, at + 1) == ' ' ? 2 : 1;
            if (at + gap >= text.Length || !char.IsUpper(text[at + gap]) || at == 0 || !char.IsLetter(text[at - 1]))
            {
                continue;
            }

            var start = WordsBefore(text, at);
            var end = WordsAfter(text, at + gap);
            if (start == at || end == at + gap || !ValueStartsAt(text, start) || !ValueEndsAt(text, end))
            {
                continue;
            }

            var surname = text.AsSpan(start, at - start);
            var given = text.AsSpan(at + gap, end - at - gap);
            if (!CommaNamePart(surname) || !CommaNamePart(given))
            {
                continue;
            }

            var first = given.IndexOf(' ') is var space and > 0 ? given[..space] : given;
            var place = CuedPlace(text, start, end);
            // A known given name after the comma is needed in every place — a cue ("this is Paris, France"), a signature ("SRE,
            // EMEA"), a rota label, a mailbox after it ("Backup, Nightly" <backup@…>) — except in a person's field when the surname
            // is written in capitals as registers write it ("NGUYEN, THI LAN"); "name: Alpha, Bravo" and "Blue, Green" are no one.
            if (place > Place.None && NameShape.IsGivenName(first) || place == Place.Field && IsUpperWord(surname))
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }
        }
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' => Script.Han,
        >= '\uac00' and <= '\ud7a3' => Script.Hangul,
        // Kana and the CJK blocks' other letters are no spaced script; Japanese names are read in Han.
        >= '\u3000' and <= '\u33ff' or >= '\uf900' and <= '\ufaff' or >= '\uff00' => Script.None,
        // Georgian is written without capitals although Unicode now gives its letters a case.
        >= '\u10d0' and <= '\u10ff' => Script.Spaced,
        // Every other script without letter case (Arabic, Hebrew, the Indic scripts, Thai, Lao, Khmer, Myanmar, Ethiopic, Thaana, …):
        // read by what its letters are, not by a list of scripts.
        >= '\u0370' when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter => Script.Spaced,
        _ => Script.None,
    };

    /// <summary>Gets whether a character continues a word of a spaced script: its letters, vowel signs and other combining marks, and
    /// the zero-width joiners that Indic and Arabic spellings need inside a word.</summary>
    private static bool InSpacedWord(char c) =>
        ScriptOf(c) == Script.Spaced || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark || c is '\u200c' or '\u200d';

    /// <summary>Where a name in a caseless script that starts at <paramref name="start"/> ends, or <paramref name="start"/>: Han and
    /// Hangul, two to four characters (Hangul three, or a surname, a space and one or two more); the scripts that put spaces between
    /// words, two or three words of two or more letters (vowel signs and points included).</summary>
    private static int ReadScriptName(string text, int start, Script script)
    {
        var i = start;
        if (script is Script.Han or Script.Hangul)
        {
            while (i < text.Length && i - start <= 4 && ScriptOf(text[i]) == script)
            {
                i++;
            }

            if (script == Script.Hangul && i - start == 1 && i + 2 < text.Length && text[i] == ' ' && ScriptOf(text[i + 1]) == script)
            {
                var given = i + 1;
                i = given;
                while (i < text.Length && i - given <= 2 && ScriptOf(text[i]) == script)
                {
                    i++;
                }

                return i - given is 1 or 2 ? i : start;
            }

            // Korean names are three syllables nearly always (four after a two-syllable surname: 남궁민수); Chinese two or three characters, Japanese up to four.
            return script == Script.Hangul ? (i - start == 3 || i - start == 4 && StartsWithAny(text.AsSpan(start), HangulCompoundSurnames) ? i : start) : i - start is >= 2 and <= 4 ? i : start;
        }

        var words = 0;
        while (true)
        {
            var wordStart = i;
            while (i < text.Length && i - wordStart <= 24 && InSpacedWord(text[i]))
            {
                i++;
            }

            if (i - wordStart < 2 || i - wordStart > 24)
            {
                return start;
            }

            words++;
            if (words == 3 || i + 1 >= text.Length || text[i] != ' ' || ScriptOf(text[i + 1]) != Script.Spaced)
            {
                return words >= 2 ? i : start;
            }

            i++;
        }
    }

    /// <summary>Gets whether the mailbox after a display name (<c>name &lt;local@…&gt;</c>) is a person's by its local part.</summary>
    private static bool PersonalMailboxAfter(string text, int end)
    {
        var open = text.IndexOfAny(['<', '('], end, Math.Min(4, text.Length - end));
        var at = open < 0 ? -1 : text.IndexOf('@', open, Math.Min(80, text.Length - open));
        return at > open && PersonalLocal(text.AsSpan(open + 1, at - open - 1));
    }

    /// <summary>Gets whether a blank and a word in Latin letters or digits follow a Han or Hangul name (<c>owner=김민준 ticket 0</c>):
    /// the change of script ends the name as a separator would.</summary>
    private static bool LatinWordAfter(string text, int end) =>
        TextContext.CharAt(text, end) == ' ' && char.IsAsciiLetterOrDigit(TextContext.CharAt(text, end + 1));

    /// <summary>Gets whether a mailbox's local part is a person's: two parts of letters (<c>y.khatib</c>, <c>priya_deshpande</c>), the
    /// first an initial or both two letters or more, one of them a known given name or the first an initial, and neither a team,
    /// product or role word (<c>ops.team</c>, <c>grafana.alerts</c>). A script's display name says nothing of a person or a
    /// team by its shape; the mailbox does.</summary>
    internal static bool PersonalLocal(ReadOnlySpan<char> local)
    {
        var split = local.IndexOfAny('.', '_', '-');
        if (split <= 0 || split == local.Length - 1)
        {
            return false;
        }

        var first = local[..split];
        var second = local[(split + 1)..];
        if (second.IndexOfAny('.', '_', '-') >= 0 || !AsciiLetters(first) || !AsciiLetters(second) || second.Length < 2
            || NotNameWords.Contains(first) || NotNameWords.Contains(second))
        {
            return false;
        }

        return first.Length == 1 || NameShape.IsGivenName(first) || NameShape.IsGivenName(second);
    }

    private static bool AsciiLetters(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether a cue that ends in a space stands right before <paramref name="start"/> (<c>reply by </c>,
    /// <c>escalated to </c>), the value's own cue as a key's colon would be.</summary>
    private static bool CueJustBefore(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var cue in StrongCues)
        {
            if (cue[^1] == ' ' && char.IsLetter(cue[0]) && before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a name is a chat export's speaker (<c>[06/12/2026 15:04] name: …</c>, <c>3:04 PM - name: …</c>) whose
    /// stamp gives minutes only, as chat exports do: a log line's stamp has seconds (<c>10:15:02 [ERROR] service name: …</c>).</summary>
    private static bool ChatSpeakerInMinutes(string text, int start, int end)
    {
        if (!ChatSpeaker(text, start, end) && !Speaker(text, start, end))
        {
            return false;
        }

        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return text.AsSpan(lineStart, start - lineStart).Count(':') <= 1;
    }

    /// <summary>Gets whether the line above a name alone on its line is a closing in a script other than Latin (<c>ধন্যবাদ,</c>,
    /// <c>Хвала,</c>, <c>ޝުކުރިއްޔާ،</c>): one or two words of letters ending in a comma. The Latin closings are listed; a list of
    /// every language's closings would always be one language short.</summary>
    private static bool ClosingAbove(string text, int start)
    {
        if (start < 2 || text[start - 1] != '\n')
        {
            return false;
        }

        var previous = text.AsSpan(0, start - 1).TrimEnd('\r');
        var line = previous[(previous.LastIndexOf('\n') + 1)..].Trim();
        return IsForeignClosing(line);
    }

    /// <summary>Gets whether a signature's name closes its line and the mail: the text ends, a blank line follows, or a line of
    /// contact details or a separator (<c>--</c>, <c>+1 …</c>) — a sentence's words on the next line would make it a heading.</summary>
    private static bool SignatureEndsAt(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return true;
        }

        if (text[i] != '\n')
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i >= text.Length || text[i] is '\n' or '-' or '+' or '(' || char.IsAsciiDigit(text[i]);
    }

    /// <summary>One or two words of letters and marks, none of them ASCII, ending in a comma (of the Latin, Arabic, Armenian,
    /// Ethiopic, Myanmar or ideographic scripts).</summary>
    private static bool IsForeignClosing(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > 32 || line[^1] is not (',' or '\u060c' or '\u055d' or '\u1363' or '\u104a' or '，' or '、'))
        {
            return false;
        }

        var words = 1;
        foreach (var c in line[..^1])
        {
            if (c == ' ')
            {
                words++;
            }
            else if (c < '\u0080' || !char.IsLetter(c) && !InSpacedWord(c))
            {
                return false;
            }
        }

        return words <= 2 && line[0] != ' ';
    }

    /// <summary>Where a quoted Han or Hangul value that opens at <paramref name="start"/> ends, or -1, when it is a name by its
    /// key: the whole value of a quoted person's key (<c>{"氏名": "山田太郎"}</c>, <c>"성명": "정하준"</c>) shaped as a name
    /// (<see cref="IsCaselessName"/>: no blank needed, no surname list: the key already says a name is there); after a key a team
    /// holds as often (<c>"担当者"</c>, <c>"담당자"</c>) the value must also open with a listed surname.</summary>
    private static int QuotedCaselessValue(string text, int start)
    {
        if (start == 0 || text[start - 1] != '"' || text.AsSpan(start, Math.Min(12, text.Length - start)).IndexOf('"') is not (>= 2 and var length))
        {
            return -1;
        }

        var value = text.AsSpan(start, length);
        if (!IsCaselessName(value))
        {
            return -1;
        }

        var label = LabelBefore(text, start);
        return label == LabelKind.Person || (label == LabelKind.Team || RoleKeyBefore(text, start)) && StartsWithSurname(text, start, start + length) ? start + length : -1;
    }

    // English keys of a person's role in a record (JSON, YAML, logfmt), compacted: a team, a queue or a service fills them as
    // often as a person, so a value in a caseless script needs a surname of its own after them.
    private static readonly HashSet<string> RoleKeys = new(StringComparer.Ordinal)
    {
        "assignee", "assignedto", "reporter", "reportedby", "author", "owner", "requester", "requestedby", "submitter", "submittedby",
        "approver", "approvedby", "reviewer", "reviewedby", "creator", "createdby", "oncall", "contact", "user", "manager", "lead",
    };

    /// <summary>Gets whether the value at <paramref name="start"/> is a quoted or bare value of an English key of a person's role
    /// (<c>"assignee": "…"</c>, <c>owner: …</c>, <c>reporter="…"</c>).</summary>
    private static bool RoleKeyBefore(string text, int start)
    {
        var i = SkipQuotes(text, start);
        return i > 0 && text[i - 1] is ':' or '=' && RoleKeys.Contains(Compact(KeyBefore(text, SkipQuotes(text, i - 1))));
    }

    /// <summary>Gets whether a value starts at <paramref name="start"/>: after a key's colon or equals sign, a tag, a quote or at
    /// a line's start, so that the cue before it is the value's own and not one a word or two further back.</summary>
    private static bool ValueStartsAt(string text, int start)
    {
        var i = start;
        while (i > 0 && start - i < 4 && text[i - 1] is ' ' or '\t' or '"' or '\'')
        {
            i--;
        }

        return i == 0 || text[i - 1] is ':' or '=' or '>' or '\n' or '：' || i < start && text[i - 1] is ',' or '{' or '[';
    }

    /// <summary>Gets whether a name's value ends at <paramref name="end"/>: the line, a quote, a mailbox or a separator follows, so the
    /// name is the whole value and not the first words of a sentence.</summary>
    private static bool ValueEndsAt(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] is '\r' or '\n' or '"' or '\'' or '<' or '(' or ')' or ']' or ',' or ';' or '|' or '}' or '\\' or '，' or '、')
        {
            return true;
        }

        // The next field of a logfmt line: "name=… role=dba".
        var key = i;
        while (i > end && key < text.Length && key - i < 32 && (char.IsAsciiLetterOrDigit(text[key]) || text[key] is '_' or '.' or '-'))
        {
            key++;
        }

        return key > i && key < text.Length && text[key] == '=';
    }

    /// <summary>What says a person stands at <paramref name="start"/>: a field named for a person; a cue or a signature after a
    /// closing; a mailbox after the name (a display name); a rota label; or nothing.</summary>
    private static Place CuedPlace(string text, int start, int end)
    {
        var at = start > 0 && text[start - 1] == '"' ? start - 1 : start;
        var label = LabelBefore(text, start);
        if (label == LabelKind.Person || NamedByField(text, start) || TextContext.OnLineBefore(text, at, 24, NameFields))
        {
            return Place.Field;
        }

        if (TextContext.OnLineBefore(text, at, 20, StrongCues) || SignOff(text, start))
        {
            return Place.Cue;
        }

        if (BeforeMailbox(text, end) || TextContext.CharAt(text, end) == '"' && BeforeMailbox(text, end + 1))
        {
            return Place.Mailbox;
        }

        // A team's label in another language (担当者, ответственный) counts as a rota label does: only a shape of a name's own is read after it.
        return label == LabelKind.Team || TextContext.OnLineBefore(text, at, 24, RotaCues) || RoleKeyBefore(text, start) ? Place.Rota : Place.None;
    }

    /// <summary>Where the one or two capitalised or upper-case words before a comma start (<paramref name="comma"/> if none), with up
    /// to two particles before the last of them in either case (<c>van der Berg</c>, <c>VAN DER BERG</c>).</summary>
    private static int WordsBefore(string text, int comma)
    {
        var start = comma;
        var (words, particles) = (0, 0);
        while (true)
        {
            var wordEnd = start;
            while (start > 0 && comma - start < 48 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-'))
            {
                start--;
            }

            var particle = words > 0 && IsParticle(text.AsSpan(start, wordEnd - start));
            if (start == wordEnd || !char.IsUpper(text[start]) && !particle)
            {
                return wordEnd == comma ? comma : wordEnd + 1;
            }

            (words, particles) = particle ? (words, particles + 1) : (words + 1, particles);
            if (words == 2 || particles == 2 || start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
            {
                return start;
            }

            start--;
        }
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 5)
        {
            return false;
        }

        Span<char> lower = stackalloc char[5];
        var n = word.ToLowerInvariant(lower);
        return ParticleWords.Contains(lower[..n]);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleWords = NameShape.Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the one or two capitalised or upper-case words after a comma (and an optional initial) end.</summary>
    private static int WordsAfter(string text, int from)
    {
        var end = from;
        for (var words = 0; words < 2; words++)
        {
            var wordStart = end;
            while (end < text.Length && end - from < 48 && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-'))
            {
                end++;
            }

            if (end < text.Length && text[end] == '.' && end - wordStart == 1)
            {
                end++;
            }

            if (end == wordStart || !char.IsUpper(text[wordStart]))
            {
                return words == 0 ? from : wordStart - 1;
            }

            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
            {
                return end;
            }

            end++;
        }

        return end - 1;
    }

    /// <summary>One or two words of a surname-first name: each capitalised (<c>Santos</c>) or in capitals (<c>DOE</c>), of letters,
    /// two or more of them, none a product, team or place word; an initial may close the given names.</summary>
    private static bool CommaNamePart(ReadOnlySpan<char> part)
    {
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.Length == 2 && word[1] == '.' && char.IsUpper(word[0]))
            {
                continue;
            }

            if (word.Length < 2 || NotNameWords.Contains(word) || !IsLetters(word))
            {
                return false;
            }

            var capitals = 0;
            foreach (var c in word)
            {
                capitals += char.IsUpper(c) ? 1 : 0;
            }

            // Capitalised (McKay's inner capital allowed) or all capitals.
            if (capitals > 2 && capitals != CountLetters(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameWords = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }
}
