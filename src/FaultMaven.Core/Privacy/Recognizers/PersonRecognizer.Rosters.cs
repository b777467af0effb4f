namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Rosters: numbered lines that hold a name and, after a dash, the person's role (<c>1. Мирзоев Дилшод — дежурный</c>,
/// <c>2. Okonkwo Chidi – primary</c>). Rosters write surnames first, so the line counts as a cue only where the pair has a
/// surname's ending or a known given name second; numbered steps (<c>1. Restart Gateway — done</c>) have neither.</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>Gets whether the words at <paramref name="start"/>..<paramref name="end"/> are the whole name of a numbered line
    /// (one to three digits and a dot or a parenthesis, after blanks at most) followed by a dash and a blank.</summary>
    private static bool RosterLine(string text, int start, int end)
    {
        var i = start;
        if (i < 2 || text[i - 1] != ' ')
        {
            return false;
        }

        i--;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == 0 || text[i - 1] is not ('.' or ')'))
        {
            return false;
        }

        i--;
        var digits = 0;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]) && digits < 4)
        {
            i--;
            digits++;
        }

        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        if (digits is 0 or > 3 || i > 0 && text[i - 1] != '\n')
        {
            return false;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after > end && TextContext.CharAt(text, after) is '—' or '–' or '-' && TextContext.CharAt(text, after + 1) == ' ';
    }
}
