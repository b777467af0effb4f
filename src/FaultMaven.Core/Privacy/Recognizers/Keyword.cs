using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// Case-insensitive search for a fixed word. <c>Contains(word, StringComparison.OrdinalIgnoreCase)</c> reads one character at
/// a time when globalization is invariant, as it is here, which made a few whole-block checks cost as much as recognizing;
/// a <see cref="SearchValues{T}"/> of the word searches vectorised.
/// </summary>
internal static class Keyword
{
    private static readonly ConcurrentDictionary<string, SearchValues<string>> Searches = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/>, ignoring ASCII case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool In(ReadOnlySpan<char> text, string word) =>
        text.Length >= word.Length && text.IndexOfAny(Searches.GetOrAdd(word, static w => SearchValues.Create([w], StringComparison.OrdinalIgnoreCase))) >= 0;
}
