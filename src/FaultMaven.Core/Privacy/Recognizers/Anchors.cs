using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Runs a pattern only where one of its literal anchors starts, found by a vectorised multi-string search,
/// instead of trying the pattern at every position of the text.</summary>
internal static class Anchors
{
    /// <summary>Yields the successful matches of <paramref name="pattern"/> (which must start with <c>\G</c>) at each position where an anchor starts.</summary>
    public static IEnumerable<Match> Matches(string text, SearchValues<string> anchors, Regex pattern)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(anchors);
            if (found < 0)
            {
                yield break;
            }

            var match = pattern.Match(text, offset + found);
            offset += found + 1;
            if (match.Success)
            {
                yield return match;
            }
        }
    }
}
