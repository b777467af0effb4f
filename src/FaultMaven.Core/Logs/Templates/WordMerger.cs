namespace FaultMaven.Core.Logs.Templates;

/// <summary>Merges two different words of one template position into the most specific word that covers both.</summary>
internal static class WordMerger
{
    /// <summary>
    /// Same punctuation skeleton → piecewise (<c>user=root</c> + <c>user=admin</c> → <c>user=&lt;*&gt;</c>);
    /// otherwise the shared prefix and suffix up to a delimiter are kept around one variable; otherwise <c>&lt;*&gt;</c>.
    /// </summary>
    public static string Merge(string a, string b)
    {
        if (a == MessageMasker.Wildcard || b == MessageMasker.Wildcard)
        {
            return MessageMasker.Wildcard;
        }

        // Lists of values of different lengths are one list: its commas go, its brackets and closing punctuation stay when both
        // words have them.
        if (ValuePlaces.ListLength(a) is var lengthA and > 0 && ValuePlaces.ListLength(b) is var lengthB and > 0 && lengthA != lengthB)
        {
            var trailA = a.AsSpan(a.AsSpan().TrimEnd(".,;:").Length);
            var trailB = b.AsSpan(b.AsSpan().TrimEnd(".,;:").Length);
            var trail = trailA.SequenceEqual(trailB) ? trailA.ToString() : string.Empty;
            return a[0] == b[0] && ValuePlaces.Closer(a[0]) is { } closer
                ? string.Concat(a.AsSpan(0, 1), MessageMasker.Wildcard, new ReadOnlySpan<char>(in closer), trail)
                : MessageMasker.Wildcard + trail;
        }

        var piecesA = Pieces(a);
        var piecesB = Pieces(b);
        if (piecesA.Count == piecesB.Count && SameSkeleton(piecesA, piecesB))
        {
            var merged = new System.Text.StringBuilder(a.Length);
            for (var i = 0; i < piecesA.Count; i++)
            {
                var (text, delimiter) = piecesA[i];
                var variable = !delimiter && text != piecesB[i].Text;
                if (variable && merged.Length >= MessageMasker.Wildcard.Length && EndsWithWildcard(merged))
                {
                    continue;
                }

                merged.Append(variable ? MessageMasker.Wildcard : text);
            }

            // A varying key ("<*>=value") means the rest of the word varies with it.
            var result = merged.ToString();
            var varyingKey = result.IndexOf("<*>=", StringComparison.Ordinal);
            return varyingKey < 0 ? result : WordPieces.FromVaryingKey(result, varyingKey);
        }

        var prefix = CommonPrefixToDelimiter(a, b);
        var suffix = CommonSuffixFromDelimiter(a[prefix..], b[prefix..]);
        return prefix == 0 && suffix == 0
            ? MessageMasker.Wildcard
            : string.Concat(a.AsSpan(0, prefix), MessageMasker.Wildcard, a.AsSpan(a.Length - suffix));
    }

    private static bool EndsWithWildcard(System.Text.StringBuilder builder) =>
        builder[^1] == '>' && builder[^2] == '*' && builder[^3] == '<';

    private static bool SameSkeleton(List<(string Text, bool Delimiter)> a, List<(string Text, bool Delimiter)> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Delimiter != b[i].Delimiter || (a[i].Delimiter && a[i].Text != b[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(string Text, bool Delimiter)> Pieces(string word) => WordPieces.Split(word);

    private static int CommonPrefixToDelimiter(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
        {
            if (IsDelimiter(a[i]))
            {
                length = i + 1;
            }
        }

        return length;
    }

    private static int CommonSuffixFromDelimiter(string a, string b)
    {
        var length = 0;
        for (var i = 1; i <= Math.Min(a.Length, b.Length) && a[^i] == b[^i]; i++)
        {
            if (IsDelimiter(a[^i]))
            {
                length = i;
            }
        }

        return length;
    }

    private static bool IsDelimiter(char c) => c is ':' or '=' or ',' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\'' or '|' or '#' or '@' or '%' or '/';
}
