using System.Buffers;
using System.Text;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Anchor words of several scripts found ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>) where one
/// <see cref="SearchValues{T}"/> of them all finds them, but by vectorised searches: a set that holds a non-ASCII word is searched
/// one character at a time (Aho-Corasick, a dictionary lookup per character), which made a dozen languages' contact keys 18 % of a
/// log's detection. The ASCII words are searched on their own, vectorised; the others only around runs of non-ASCII characters,
/// since each holds a non-ASCII character that no ASCII one matches ignoring case.</summary>
internal sealed class MixedScriptAnchors
{
    private const int NotFound = int.MaxValue;

    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;

    /// <summary>The longest non-ASCII word: how far before a run of non-ASCII characters one may start, and after it end.</summary>
    private readonly int _otherLength;

    /// <summary>Creates the search for <paramref name="words"/>; a non-ASCII word must hold a non-ASCII character that no ASCII one
    /// matches ignoring case, so that it is found only where the text holds a non-ASCII character.</summary>
    public MixedScriptAnchors(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ascii = words.Where(word => Ascii.IsValid(word)).ToArray();
        var other = words.Where(word => !Ascii.IsValid(word)).ToArray();
        foreach (var word in other)
        {
            if (!word.Any(c => !Ascii.IsValid(c) && !MatchesAscii(c)))
            {
                throw new ArgumentException($"'{word}' is matched by ASCII text under ordinal case-insensitivity.", nameof(words));
            }
        }

        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;
        _otherLength = other.Length > 0 ? other.Max(word => word.Length) : 0;
        Words = [.. words];
    }

    /// <summary>Gets whether an ASCII character equals <paramref name="c"/> under ordinal case-insensitivity.</summary>
    internal static bool MatchesAscii(char c)
    {
        for (var x = '\0'; x <= '\u007f'; x++)
        {
            if (MemoryExtensions.Equals([x], [c], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words searched for.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Where the next word starts at or after <paramref name="offset"/> (-1 when none does), as
    /// <c>text.AsSpan(offset).IndexOfAny(all words) + offset</c> finds it. <paramref name="cursor"/> keeps each search's last answer
    /// while it lies ahead, so calls with rising offsets read the text once; start it with <see cref="Cursor.Start"/>.</summary>
    public int Next(string text, int offset, ref Cursor cursor)
    {
        if (cursor.Ascii < offset)
        {
            cursor.Ascii = _ascii is not null && text.AsSpan(offset).IndexOfAny(_ascii) is var at and >= 0 ? offset + at : NotFound;
        }

        if (cursor.Other < offset)
        {
            cursor.Other = _other is null ? NotFound : NextOther(text, offset);
        }

        var next = Math.Min(cursor.Ascii, cursor.Other);
        return next == NotFound ? -1 : next;
    }

    /// <summary>Finds the first non-ASCII word at or after <paramref name="from"/>, reading each run of non-ASCII characters with as
    /// many characters around it as a word can reach: every word that starts before the run's end and holds one of its characters lies
    /// in that window, so the window's first word, when it starts in the run or before it, is the first of all.</summary>
    private int NextOther(string text, int from)
    {
        while (from < text.Length)
        {
            var first = text.AsSpan(from).IndexOfAnyExceptInRange('\0', '\u007f');
            if (first < 0)
            {
                break;
            }

            first += from;
            var runEnd = text.AsSpan(first).IndexOfAnyInRange('\0', '\u007f') is var ascii and >= 0 ? first + ascii : text.Length;
            var start = Math.Max(from, first - (_otherLength - 1));
            var end = Math.Min(text.Length, runEnd + _otherLength - 1);
            if (text.AsSpan(start, end - start).IndexOfAny(_other!) is var hit and >= 0 && start + hit < runEnd)
            {
                return start + hit;
            }

            from = runEnd;
        }

        return NotFound;
    }

    /// <summary>The last answer of each search (<see cref="Next"/>).</summary>
    internal struct Cursor
    {
        /// <summary>Where the next ASCII word starts, or -1 before the first search.</summary>
        public int Ascii;

        /// <summary>Where the next non-ASCII word starts, or -1 before the first search.</summary>
        public int Other;

        /// <summary>A cursor before any search.</summary>
        public static Cursor Start => new() { Ascii = -1, Other = -1 };
    }
}
