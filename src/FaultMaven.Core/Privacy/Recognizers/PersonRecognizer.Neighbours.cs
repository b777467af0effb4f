using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in prose decided by their neighbours (issue 18), in any language, with no list of names: a capitalised pair next
/// to an e-mail address that spells it (<c>Florencia Paredes … f.paredes@…</c>), a pair whose first word is also said alone as
/// the person addressed (<c>hier ist Frauke Wächter … Danke, Frauke,</c>), the speaker of a chat export (<c>Olamide Adeyemi  02:31</c>,
/// <c>10:15 - Anna Smith:</c>) or of a quoted mail (<c>Ugo Lefèvre wrote:</c>), and a name read in the record's structure (a table
/// cell, a vCard) wherever else the record says it.</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxKnownNames = 64;
    private const int MailWindow = 400;
    private const int MaxMailChecks = 8;

    /// <summary>Gets whether an e-mail address within <see cref="MailWindow"/> characters of the pair spells it.</summary>
    private static bool SpelledByMail(string text, int start, int end, List<(int Start, int Length)>? locals)
    {
        if (locals is null || locals.Count == 0)
        {
            return false;
        }

        var name = text.AsSpan(start, end - start);
        var first = name[..name.IndexOf(' ')];
        var last = name[(name.LastIndexOf(' ') + 1)..];
        var index = locals.BinarySearch((start - MailWindow, 0), Comparer<(int Start, int Length)>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        index = index < 0 ? ~index : index;
        for (var checks = 0; index < locals.Count && checks < MaxMailChecks && locals[index].Start <= end + MailWindow; index++, checks++)
        {
            if (NameShape.Spells(text.AsSpan(locals[index].Start, locals[index].Length), first, last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether the pair is a chat export's or a quoted mail's speaker: alone at the start of its line with only a time
    /// or date after it (<c>Olamide Adeyemi  02:31</c>, <c>Nadia Petrova — 24.02.2025 11:46</c>), before <c>wrote:</c>, or after a
    /// line start of digits and punctuation only and before a colon (<c>12/06/2026, 10:15 - Anna Smith:</c>).</summary>
    private static bool Speaker(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && start - lineStart < 48 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var prefix = text.AsSpan(lineStart, start - lineStart);
        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return false;
        }

        var rest = text.AsSpan(end, Math.Min(48, text.Length - end));
        if (rest.IndexOf('\n') is var newline and >= 0)
        {
            rest = rest[..newline];
        }

        rest = rest.TrimEnd('\r');
        if (rest.StartsWith(" wrote:", StringComparison.Ordinal) || rest.StartsWith(" writes:", StringComparison.Ordinal))
        {
            return true;
        }

        var quoted = prefix.TrimStart("> \t");
        if (quoted.IsEmpty)
        {
            // The speaker's line of a chat export: a time or a date after the name, and nothing else.
            var stamp = rest.TrimStart(" \t—–-|•·");
            return prefix.IsEmpty && stamp.Length >= 4 && rest.Length > stamp.Length && char.IsAsciiDigit(stamp[0]) && !stamp.ContainsAnyExcept(StampCharacters)
                && stamp.IndexOf(':') is var colon and > 0 && char.IsAsciiDigit(stamp[colon - 1]) && colon + 1 < stamp.Length && char.IsAsciiDigit(stamp[colon + 1]);
        }

        // A speaker after a time stamp: the line so far is digits, separators and at most AM/PM.
        return rest.StartsWith(':') && quoted.ContainsAnyInRange('0', '9') && !quoted.ContainsAnyExcept(StampCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> StampCharacters = System.Buffers.SearchValues.Create("0123456789:./-,[]() \t—–|•·APMapm");

    /// <summary>Names addressed alone (<c>Danke, Frauke,</c>, <c>Hi Quentin,</c>, <c>Merci Maëlle,</c>): a capitalised word after a
    /// word or a comma and before a comma or an exclamation mark. When it is the first word of a pair the record also holds, both
    /// are a person; when it is the first word of a name already found, it is that person.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindAddressed(string text, Dictionary<string, List<(int Start, int End)>>? pending, HashSet<string>? givenNames, Findings found)
    {
        if (pending is null && givenNames is null)
        {
            return;
        }

        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOfAny(',', '!') is var at and >= 0;)
        {
            var mark = offset + at;
            offset = mark + 1;
            var start = mark;
            while (start > 0 && mark - start <= 20 && (char.IsLetter(text[start - 1]) || char.GetUnicodeCategory(text[start - 1]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                start--;
            }

            // A capitalised word of two or more letters, after a blank that follows a letter or a comma: mid-sentence, not a heading.
            if (mark - start is < 2 or > 20 || !char.IsUpper(text[start]) || start < 2 || text[start - 1] != ' ' || !(char.IsLetter(text[start - 2]) || text[start - 2] == ','))
            {
                continue;
            }

            var word = text[start..mark];
            if (NotNames.Contains(word))
            {
                continue;
            }

            if (pending is not null && pending.Remove(word, out var pairs))
            {
                foreach (var (pairStart, pairEnd) in pairs)
                {
                    found.Add(PiiType.Person, pairStart, pairEnd, 0.8);
                }

                (givenNames ??= new(StringComparer.Ordinal)).Add(word);
            }

            if (givenNames is not null && givenNames.Contains(word))
            {
                found.Add(PiiType.Person, start, mark, 0.8);
            }
        }
    }

    /// <summary>Reports the other places where the record says a name read in its structure, as a whole word with the same letters.</summary>
    private static void FindKnownNames(string text, HashSet<string> names, Findings found)
    {
        foreach (var name in names)
        {
            if (name.Length < 3)
            {
                continue;
            }

            for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOf(name, StringComparison.Ordinal) is var at and >= 0;)
            {
                var start = offset + at;
                var end = start + name.Length;
                offset = end;
                if (!char.IsLetterOrDigit(TextContext.CharBefore(text, start)) && !char.IsLetterOrDigit(TextContext.CharAt(text, end)))
                {
                    found.Add(PiiType.Person, start, end, 0.8);
                }
            }
        }
    }

    /// <summary>A given name alone as a signature: after a closing on the line above (<c>Regards,⏎&gt; Benedikt</c>) or after a closing and
    /// a comma at the end of its line (<c>… scheduled Sat 06:00. Cheers, Nadia</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindSignedNames(string text, Findings found)
    {
        var closingLine = false;
        var lastLine = (Start: -1, End: -1);
        var sentenceBefore = false;
        var sentence = false;
        var replied = false;
        for (var position = 0; position < text.Length;)
        {
            var lineEnd = LineEnd(text, position);
            var line = text.AsSpan(position, lineEnd - position).TrimEnd();
            var quote = line.Length - line.TrimStart("> \t").Length;
            var content = line[quote..];
            replied |= quote > 0 && line[0] == '>';
            // A thank-you word under a closing is a second closing, not its signature ("С уважением,⏎Спасибо", "Thanks,⏎Gracias").
            if (closingLine && content.Length is >= 2 and <= 24 && content.IndexOf(' ') < 0 && NameShape.IsName(content) && !IsClosing(content))
            {
                found.Add(PiiType.Person, position + quote, position + line.Length, 0.8);
            }

            closingLine = content.Length <= 32 && content.EndsWith(',') && IsClosing(content);
            // The name may close the line with an exclamation mark or a full stop, as thanks are written ("Рахмат, Бакыт!"); so does
            // the word for everyone ("Thanks, Everyone!", "Спасибо, Коллеги!"), so then the name must be a known given name.
            var signed = content.TrimEnd("!.");
            var word = signed.Length;
            while (word > 0 && signed.Length - word <= 20 && char.IsLetter(signed[word - 1]))
            {
                word--;
            }

            if (signed.Length - word >= 2 && word >= 3 && char.IsUpper(signed[word]) && signed[word - 1] == ' ' && signed[word - 2] == ','
                && EndsWithClosing(signed[..(word - 2)]) && NameShape.IsName(signed[word..])
                && (signed.Length == content.Length || GivenNameLookup.Contains(signed[word..])))
            {
                found.Add(PiiType.Person, position + quote + word, position + quote + signed.Length, 0.8);
            }

            if (!content.IsEmpty)
            {
                sentenceBefore = sentence;
                sentence = content[^1] is '.' or '!' or '?' or ',';
                lastLine = (position + quote, position + line.Length);
            }

            position = lineEnd < text.Length ? lineEnd + 1 : text.Length;
        }

        // A reply (it quotes with "> ") signed with a full name on its last line, after a sentence ("Done.⏎Ana Ribeiro"); not a
        // status line in Title Case ("Login Succeeded"): its last word has no ending of an English participle or noun.
        if (replied && sentenceBefore && lastLine.Start > 0 && text.AsSpan(lastLine.Start, lastLine.End - lastLine.Start) is var signature
            && signature.IndexOf(' ') > 0 && NameShape.IsName(signature) && signature.Count(' ') <= 3
            && !HasLabelEnding(signature[(signature.LastIndexOf(' ') + 1)..].ToString()))
        {
            found.Add(PiiType.Person, lastLine.Start, lastLine.End, 0.7);
        }
    }

    // Personal identifiers whose label follows the person they belong to: "Ana Ribeiro, SSN 123…", "Ana Ribeiro ssn=…", "(DOB …)".
    private static readonly string[] IdentifierLabels =
        ["ssn", "dob", "nin", "iban", "passport", "nif", "dni", "cpf", "pesel", "bsn", "personnummer", "steuer-id", "codice fiscale", "aadhaar", "employee_id", "employee id", "emp-"];

    /// <summary>Gets whether a personal identifier's label follows the pair (after at most a comma, a bracket and blanks).</summary>
    private static bool BeforeIdentifier(string text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 3 && text[i] is ' ' or ',' or '(' or ';')
        {
            i++;
        }

        if (i == end)
        {
            return false;
        }

        var after = text.AsSpan(i, Math.Min(24, text.Length - i));
        foreach (var label in IdentifierLabels)
        {
            if (after.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (after.Length == label.Length || !char.IsLetter(after[label.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithClosing(ReadOnlySpan<char> before)
    {
        foreach (var closing in Closings)
        {
            if (before.EndsWith(closing, StringComparison.OrdinalIgnoreCase) && (before.Length == closing.Length || !char.IsLetter(before[^(closing.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }
}
