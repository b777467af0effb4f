namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Distinct first words among a value label's wordings, and constant words before the label, for the span after it to merge
    // (ValueLabelRefused). Chosen over every readable set (docs/BENCHMARKS.md, issue 18, a value ending in ':' as a label).
    private const int ValueLabelFirstWords = 3;
    private const int ValueLabelWordsBefore = 2;

    // A value followed by ':' ("failed for '<*>': <text>", "(method <*>): <text>", "connect to <*>:<*>: <text>") says where the
    // text after it starts as a constant label does: the statement names what failed, then why. Without it each wording of the
    // reason kept a template whenever it held a value of its own or showed fewer than the four wordings an unlabelled span
    // needs. The labelled pass's guards stay: something constant said before the span, wordings of more than one length that
    // differ at both ends, no wording over half the lines; a value opening the message has nothing constant before it.
    private static bool IsValueLabel(string word) => word.Length > 1 && word[^1] == ':' && TemplateWords.HasValue(word);

    // A value ending in ':' is weaker evidence than a constant "reason:", in two ways. After a short tag it names the subject of
    // whole statements, as a logger name does ("Task [<*>]: finished successfully", "dhcp4 (<*>): request timed out"): the
    // statement that says what failed before the value takes words ("SSL connection failed for '<*>':"), so fewer than
    // ValueLabelWordsBefore constant words before the label refuse. And it also closes the subject of a fixed sentence whose few
    // endings are statements of their own ("Error loading <*>: invalid or missing program image, Permission denied" / "…, Exec
    // format error" / "program image too big, …"): a text written elsewhere (an errno string, a library's error, an exception)
    // opens with about as many words as it has wordings, while a fixed sentence's endings repeat their opening words, the
    // sentence going on before it branches; fewer than ValueLabelFirstWords distinct first words refuse. A span that opens with
    // a "key=" is labelled by the key and keeps the labelled pass's guards alone.
    private static bool ValueLabelRefused(List<(LogTemplate Template, int Start, int End)> members)
    {
        var (template, start, _) = members[0];
        var words = template.MutableWords;
        if (KeyLength(words[start]) >= 0 || !IsValueLabel(words[start - 1]))
        {
            return false;
        }

        var constants = 0;
        for (var w = 0; w < start - 1; w++)
        {
            constants += TemplateWords.HasValue(words[w]) ? 0 : 1;
        }

        if (constants < ValueLabelWordsBefore)
        {
            return true;
        }

        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (firsts.Add(member.Template.MutableWords[member.Start]) && firsts.Count >= ValueLabelFirstWords)
            {
                return false;
            }
        }

        return true;
    }
}
