namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Looks at the words around a candidate: context words raise or lower a recognizer's confidence.</summary>
internal static class TextContext
{
    /// <summary>Gets whether any of <paramref name="words"/> occurs (case-insensitive) in the <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public static bool Before(string text, int start, int window, params ReadOnlySpan<string> words)
    {
        var from = Math.Max(0, start - window);
        var slice = text.AsSpan(from, start - from);
        foreach (var word in words)
        {
            if (Keyword.In(slice, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether any of <paramref name="words"/> occurs (case-insensitive) on the same line, within the <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public static bool OnLineBefore(string text, int start, int window, params ReadOnlySpan<string> words)
    {
        // Only the window is searched for the line's start: a megabyte without a newline is not scanned again for every candidate.
        var from = Math.Max(0, start - window);
        from += text.AsSpan(from, start - from).LastIndexOf('\n') + 1;
        return Before(text, start, start - from, words);
    }

    /// <summary>Gets the character before <paramref name="index"/>, or a space at the start of the text.</summary>
    public static char CharBefore(string text, int index) => index > 0 ? text[index - 1] : ' ';

    /// <summary>Gets the character at <paramref name="index"/>, or a space past the end of the text.</summary>
    public static char CharAt(string text, int index) => index < text.Length ? text[index] : ' ';
}
