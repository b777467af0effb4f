namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// The label a word gives a value: the key of <c>key=value</c> (<c>user=</c>), the key that opens a JSON object
/// (<c>{"user":</c>), or a word of letters that ends in a colon before a value (<c>started: &lt;*&gt;</c>, <c>commitId: &lt;*&gt;</c>). A label names what follows it,
/// so templates that differ in a label are different statements however many labels the place shows (issue 18, kinds G3 and
/// G10: <c>Kernel started: &lt;id&gt;</c> / <c>Kernel shutdown: &lt;id&gt;</c>), as two arities are; a wildcard there would
/// swallow the word that tells them apart. Words with digits, dots or brackets before the colon (<c>eth0:</c>,
/// <c>cron.service:</c>, <c>sshd[42]:</c>) are names, values of their own, not labels.
/// </summary>
internal static class PlaceLabels
{
    /// <summary>Whether the words at <paramref name="place"/> of two templates of one length carry labels, and the labels differ.</summary>
    public static bool DifferentLabels(string[] a, string[] b, int place)
    {
        var labelA = Label(a[place], Next(a, place));
        if (labelA.IsEmpty)
        {
            return false;
        }

        // Keys that differ only in their digits (PSR0= and PSR3=, cpu1= and cpu12=) are one key counted, not two statements.
        var labelB = Label(b[place], Next(b, place));
        return !labelB.IsEmpty && !labelA.SequenceEqual(labelB) && !TemplateWords.SameBesidesDigits(labelA, labelB);
    }

    /// <summary>
    /// <see cref="DifferentLabels(string[], string[], int)"/> against a message whose label at <paramref name="place"/> was read
    /// once (<see cref="LabelLengths"/>), not once per template it is compared with.
    /// </summary>
    public static bool LabelDiffers(string[] a, int place, ReadOnlySpan<char> labelB)
    {
        if (labelB.IsEmpty)
        {
            return false;
        }

        var labelA = Label(a[place], Next(a, place));
        return !labelA.IsEmpty && !labelA.SequenceEqual(labelB) && !TemplateWords.SameBesidesDigits(labelA, labelB);
    }

    /// <summary>The length of each word's <see cref="Label"/> (0: none), a label being the word's start.</summary>
    public static void LabelLengths(string[] words, Span<int> lengths)
    {
        for (var i = 0; i < words.Length; i++)
        {
            lengths[i] = Label(words[i], Next(words, i)).Length;
        }
    }

    /// <summary>Whether two of the templates carry different labels at <paramref name="place"/>.</summary>
    public static bool AnyDifferentLabels(List<LogTemplate> templates, int place)
    {
        string[]? first = null;
        foreach (var template in templates)
        {
            var words = template.MutableWords;
            if (Label(words[place], Next(words, place)).IsEmpty)
            {
                continue;
            }

            if (first is null)
            {
                first = words;
            }
            else if (DifferentLabels(first, words, place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the templates show at least <paramref name="enough"/> different labels at <paramref name="place"/>. A statement's
    /// label is one word written in its code, and a code path writes a few (<c>started:</c>, <c>shutdown:</c>, <c>restarted:</c>);
    /// a place that shows many is a value that happens to end in a colon or to be a key: a table or a queue named before its
    /// figures (<c>Table users: 300 rows copied</c>), the keys of a map (<c>{"users":5}</c>). Keys that differ only in their
    /// digits count once, as in <see cref="DifferentLabels"/>. Only after a word of letters that names their kind (<c>Table</c>,
    /// <c>counts</c>): a label that opens the message, or follows a header's field, is a record's field name, and a dump of
    /// fields shows many (<c>domain: x</c>, <c>user: y</c>, <c>rhost: z</c>, each its own statement).
    /// </summary>
    public static bool ManyLabels(List<LogTemplate> templates, int place, int enough)
    {
        if (place == 0 || templates.Count < enough || !IsWordOfLetters(templates[0].MutableWords[place - 1]))
        {
            return false;
        }

        var seen = new List<string>(enough);
        foreach (var template in templates)
        {
            var words = template.MutableWords;
            var label = Label(words[place], Next(words, place));
            // Keys before '=' name fields ("status=200", "error=EOF"): different keys are different statements however many there are.
            if (label.IsEmpty || label[^1] == '=')
            {
                continue;
            }

            var text = label.ToString();
            if (!seen.Exists(s => s == text || TemplateWords.SameBesidesDigits(s, text)))
            {
                seen.Add(text);
                if (seen.Count >= enough)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Next(string[] words, int place) => place + 1 < words.Length ? words[place + 1] : null;

    /// <summary>
    /// The label of <paramref name="word"/> with its '=' or ':' (<c>user=</c>, <c>{"user":</c>, <c>started:</c>), or empty. A word
    /// that ends in a colon labels only a value that follows it (<paramref name="next"/> holds one, or is shaped like one: a
    /// digit, dot or hyphen, as host names and ids are, before the log has shown it varying); before words of letters it is as
    /// often a value itself (<c>section nodes: OK</c>, <c>user alice: aborting transfer</c>).
    /// </summary>
    public static ReadOnlySpan<char> Label(string word, string? next)
    {
        var span = word.AsSpan();
        var open = span.StartsWith("{\"") ? 2 : 0;
        var name = NameLength(span[open..]);
        if (name == 0)
        {
            return default;
        }

        var end = open + name;
        if (open > 0)
        {
            // A JSON key opening an object: {"name":. A quoted word before a colon alone is as often a value ("orders":).
            return end + 1 < span.Length && span[end] == '"' && span[end + 1] == ':' ? span[..(end + 2)] : default;
        }

        if (end < span.Length && span[end] == '=')
        {
            return span[..(end + 1)];
        }

        // A colon label is the whole word, letters (and '_', '-') only.
        return end == span.Length - 1 && span[end] == ':' && IsWordOfLetters(span[..end]) && next is not null
            && TemplateWords.LooksLikeValue(next)
            ? span : default;
    }

    // The length of a leading name: a letter, then letters, digits, '_', '-' or '.'.
    private static int NameLength(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty || !char.IsAsciiLetter(span[0]))
        {
            return 0;
        }

        var i = 1;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '_' or '-' or '.'))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordOfLetters(ReadOnlySpan<char> span)
    {
        if (span.Length < 2)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
