using System.Text;

namespace FaultMaven.Core.Common;

/// <summary>Text made safe to show: what a terminal would act on instead of print — escape sequences (CSI such as <c>ESC[2J</c>, OSC
/// such as the window-title <c>ESC]0;…BEL</c>, DCS/APC/PM/SOS strings), the other C0 controls, DEL, the C1 controls — and the
/// bidirectional overrides and isolates that disguise what a text says (<c>report‮gpj.exe</c> shows as <c>reportexe.jpg</c>) are
/// removed whole. One pass, linear in the text. Used for the names people give things (case titles, file names, page titles) before
/// they are stored, and by the CLI for whatever it prints.</summary>
public static class PrintableText
{
    private const char Escape = '\u001b';
    private const char Bell = '\u0007';
    private const char C1StringTerminator = '\u009c';

    /// <summary>Returns <paramref name="text"/> without controls; with <paramref name="keepLineBreaks"/>, newlines and tabs stay.</summary>
    public static string Of(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => IsRemoved(c, keepLineBreaks)))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                i = SkipEscape(text, i + 1) - 1;
            }
            else if (c == '\u009b')
            {
                i = SkipControlSequence(text, i + 1) - 1;
            }
            else if (c is '\u0090' or '\u0098' or '\u009d' or '\u009e' or '\u009f')
            {
                i = SkipString(text, i + 1) - 1;
            }
            else if (!IsRemoved(c, keepLineBreaks))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsRemoved(char c, bool keepLineBreaks) =>
        (c < ' ' && !(keepLineBreaks && c is '\n' or '\t')) || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    // After ESC: a control sequence (ESC [), a control string (ESC ] P X ^ _), or intermediates then one final character (ESC ( B, ESC c).
    private static int SkipEscape(string text, int i)
    {
        if (i >= text.Length)
        {
            return i;
        }

        switch (text[i])
        {
            case '[':
                return SkipControlSequence(text, i + 1);
            case ']' or 'P' or 'X' or '^' or '_':
                return SkipString(text, i + 1);
        }

        while (i < text.Length && text[i] is >= ' ' and <= '/')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '0' and <= '~' ? i + 1 : i;
    }

    // Parameters and intermediates up to the final byte (@ to ~); an unfinished sequence runs to the end.
    private static int SkipControlSequence(string text, int i)
    {
        while (i < text.Length && text[i] is >= ' ' and <= '?')
        {
            i++;
        }

        return i < text.Length && text[i] is >= '@' and <= '~' ? i + 1 : i;
    }

    // Up to BEL, ESC \ or the C1 string terminator; an unterminated string runs to the end (a terminal would swallow it too).
    private static int SkipString(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case Bell or C1StringTerminator:
                    return i + 1;
                case Escape:
                    // ESC \ ends the string; any other ESC starts a new sequence, which the caller reads.
                    return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i;
            }
        }

        return i;
    }
}
