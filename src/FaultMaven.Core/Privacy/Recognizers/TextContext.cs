using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Looks at the words around a candidate: context words raise or lower a recognizer's confidence.</summary>
internal static class TextContext
{
    // A recognizer's word list searched at once, built on its first use; lists are static, so the table only grows by a few.
    private static readonly ConditionalWeakTable<string[], SearchValues<string>> Searches = [];

    /// <summary>Gets whether any of <paramref name="words"/> occurs (case-insensitive) in the <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public static bool Before(string text, int start, int window, params ReadOnlySpan<string> words)
    {
        var slice = Window(text, start, window);
        foreach (var word in words)
        {
            if (Keyword.In(slice, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Before(string, int, int, ReadOnlySpan{string})"/> for a recognizer's word list, searched for all its words in one pass.</summary>
    public static bool Before(string text, int start, int window, string[] words) =>
        Window(text, start, window).IndexOfAny(Searches.GetValue(words, static w => SearchValues.Create(w, StringComparison.OrdinalIgnoreCase))) >= 0;

    /// <summary>Gets whether any of <paramref name="words"/> occurs (case-insensitive) on the same line, within the <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public static bool OnLineBefore(string text, int start, int window, params ReadOnlySpan<string> words) =>
        Before(text, start, LineWindow(text, start, window), words);

    /// <summary><see cref="OnLineBefore(string, int, int, ReadOnlySpan{string})"/> for a recognizer's word list.</summary>
    public static bool OnLineBefore(string text, int start, int window, string[] words) =>
        Before(text, start, LineWindow(text, start, window), words);

    /// <summary>Gets whether any of <paramref name="words"/> stands as a word on the line within the <paramref name="window"/> characters
    /// before <paramref name="start"/>: no letter before it ("port" in "db_port=", not in "support"), and with <paramref name="ending"/>
    /// none after it but a plural s ("card" in "cards", not in "cardinality"). A word that ends in a symbol ("id=") counts wherever it stands.</summary>
    public static bool WordOnLineBefore(string text, int start, int window, string[] words, bool ending)
    {
        var length = LineWindow(text, start, window);
        var line = text.AsSpan(start - length, length);
        foreach (var word in words)
        {
            for (var at = line.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var end = at + word.Length;
                if (!char.IsAsciiLetter(word[^1])
                    || (at == 0 || !char.IsLetter(line[at - 1])) && (!ending || !LetterAt(line, end) || line[end] is 's' or 'S' && !LetterAt(line, end + 1)))
                {
                    return true;
                }

                var next = line[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    private static bool LetterAt(ReadOnlySpan<char> line, int index) => index < line.Length && char.IsLetter(line[index]);

    /// <summary>Gets the character before <paramref name="index"/>, or a space at the start of the text.</summary>
    public static char CharBefore(string text, int index) => index > 0 ? text[index - 1] : ' ';

    /// <summary>Gets the character at <paramref name="index"/>, or a space past the end of the text.</summary>
    public static char CharAt(string text, int index) => index < text.Length ? text[index] : ' ';

    private static ReadOnlySpan<char> Window(string text, int start, int window)
    {
        var from = Math.Max(0, start - window);
        return text.AsSpan(from, start - from);
    }

    // Only the window is searched for the line's start: a megabyte without a newline is not scanned again for every candidate.
    private static int LineWindow(string text, int start, int window)
    {
        var from = Math.Max(0, start - window);
        from += text.AsSpan(from, start - from).LastIndexOf('\n') + 1;
        return start - from;
    }
}
