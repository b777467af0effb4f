namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // Plain words met filling a place that is already a bare value ("dave" under "session opened for user <*>"): the known values
    // hold only the words a place was generalised from, so they miss every name seen after it.
    private readonly HashSet<string> _fillers = new(StringComparer.Ordinal);

    private void RememberFiller(string word)
    {
        if (_fillers.Count < MaxKnownValues && word != MessageMasker.Wildcard && TemplateWords.IsPlainWord(word))
        {
            _fillers.Add(word);
        }
    }

    // Kind G9: a value that opens the message (the user of "alice : TTY=… ; COMMAND=…") is a plain word, not framed, so read it
    // from the statistics of the words in that place: many of them, none holding half the lines, and most shown as values
    // elsewhere in the log (the same names after "for user"). The verbs that open different statements with the same rest
    // ("Started …", "Stopped …") are few, one often dominates, and the log does not show them as values.
    private bool OpensWithValue(List<(LogTemplate Template, List<LogTemplate> Bucket)> group, List<string> firstWords)
    {
        if (firstWords.Count < UnframedFillers || !firstWords.TrueForAll(TemplateWords.IsPlainWord))
        {
            return false;
        }

        long lines = 0, most = 0;
        foreach (var (template, _) in group)
        {
            lines += template.Count;
            most = Math.Max(most, template.Count);
        }

        var known = firstWords.Count(w => _values.Contains(w) || _fillers.Contains(w));
        return lines >= UnframedLines && most * 2 <= lines && known * 2 >= firstWords.Count;
    }
}
