namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// The label a word gives a value: the key of <c>key=value</c> (<c>user=</c>), the key of a JSON field (<c>"user":</c>), or a
/// word of letters that ends in a colon (<c>started:</c>, <c>commitId:</c>, <c>deferral:</c>). A label names what follows it,
/// so templates that differ in a label are different statements however many labels the place shows (issue 18, kinds G3 and
/// G10: <c>Kernel started: &lt;id&gt;</c> / <c>Kernel shutdown: &lt;id&gt;</c>), as two arities are; a wildcard there would
/// swallow the word that tells them apart. Words with digits, dots or brackets before the colon (<c>eth0:</c>,
/// <c>cron.service:</c>, <c>sshd[42]:</c>) are names, values of their own, not labels.
/// </summary>
internal static class PlaceLabels
{
    // TEMPORARY (experiment switch, removed before merge).
    private static readonly bool Off = Environment.GetEnvironmentVariable("FM_M13_NOLABELS") == "1";

    /// <summary>Whether both words carry a label and the labels differ.</summary>
    public static bool DifferentLabels(string a, string b)
    {
        if (Off)
        {
            return false;
        }

        var labelA = Label(a);
        if (labelA.IsEmpty)
        {
            return false;
        }

        var labelB = Label(b);
        return !labelB.IsEmpty && !labelA.SequenceEqual(labelB);
    }

    /// <summary>Whether two of the words carry different labels.</summary>
    public static bool AnyDifferentLabels(IReadOnlyList<string> words)
    {
        string? first = null;
        foreach (var word in words)
        {
            if (Label(word).IsEmpty)
            {
                continue;
            }

            if (first is null)
            {
                first = word;
            }
            else if (DifferentLabels(first, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The label of <paramref name="word"/> with its '=' or ':' (<c>user=</c>, <c>"user":</c>, <c>started:</c>), or empty.</summary>
    public static ReadOnlySpan<char> Label(string word)
    {
        var span = word.AsSpan();
        var open = span.StartsWith("{\"") ? 2 : span.StartsWith("\"") ? 1 : 0;
        var name = NameLength(span[open..]);
        if (name == 0)
        {
            return default;
        }

        var end = open + name;
        if (open > 0)
        {
            // A JSON key: "name": or {"name":.
            return end + 1 < span.Length && span[end] == '"' && span[end + 1] == ':' ? span[..(end + 2)] : default;
        }

        if (end < span.Length && span[end] == '=')
        {
            return span[..(end + 1)];
        }

        // A colon label is the whole word, letters (and '_', '-') only.
        return end == span.Length - 1 && span[end] == ':' && IsWordOfLetters(span[..end]) ? span : default;
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
