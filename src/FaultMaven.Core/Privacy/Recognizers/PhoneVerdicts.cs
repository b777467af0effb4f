namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// A memo of libphonenumber's answers about phone candidates, keyed by the question and the candidate's exact characters: the
/// parse and its checks are pure functions of those characters, and cost 8–20 µs a candidate, while a log repeats the same numbers
/// (a support line, an on-call rota, a caller retried) on many lines. One per thread (no locks, so the answers cannot depend on which
/// thread read a block); at most <see cref="MaxEntries"/> answers, then it starts again, so text of endless distinct numbers costs one
/// lookup and one insert more a candidate and no more memory.
/// </summary>
internal sealed class PhoneVerdicts
{
    /// <summary>At most this many answers are kept; past it the memo starts again.</summary>
    public const int MaxEntries = 4096;

    /// <summary>Longer candidates are answered directly (a phone candidate has at most fifteen digits and a few separators).</summary>
    private const int MaxKey = 64;

    [ThreadStatic]
    private static PhoneVerdicts? t_current;

    private readonly Dictionary<string, byte> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PhoneVerdicts() => _lookup = _answers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of answers this thread's memo holds.</summary>
    internal static int Count => t_current?._answers.Count ?? 0;

    /// <summary>Gets <paramref name="answer"/> of <paramref name="candidate"/> for <paramref name="question"/> (a character that
    /// names the question, so that two questions about one candidate keep apart), computed once per thread while it is kept; the
    /// candidate is made a string only when it is answered.</summary>
    public static byte Recall(char question, ReadOnlySpan<char> candidate, Func<string, byte> answer)
    {
        if (candidate.Length >= MaxKey)
        {
            return answer(candidate.ToString());
        }

        var memo = t_current ??= new PhoneVerdicts();
        Span<char> key = stackalloc char[MaxKey];
        key[0] = question;
        candidate.CopyTo(key[1..]);
        key = key[..(candidate.Length + 1)];
        if (memo._lookup.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = answer(candidate.ToString());
        if (memo._answers.Count >= MaxEntries)
        {
            memo._answers.Clear();
        }

        memo._lookup[key] = value;
        return value;
    }
}
