namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>A model's answer kept for questions alike on the same evidence: the question's embedding, the answer as the model wrote it
/// (redacted, its evidence ids replaced by content labels), what answered it, and when it was stored and stops being given.</summary>
/// <param name="Question">The embedding of the (redacted) question it answered.</param>
/// <param name="Answer">The model's answer, redacted, with <see cref="EvidenceLabels"/> in place of upload and case ids.</param>
/// <param name="Engine">The provider and model that wrote it.</param>
/// <param name="StoredAt">When it was stored.</param>
/// <param name="ExpiresAt">When it stops being given.</param>
/// <param name="Literals">The hash of the question's numbers, ids and negations (<see cref="QuestionLiterals"/>), which an asking question
/// must share; an entry without one (stored before it was kept) is given to no question.</param>
/// <param name="AskedText">The question it answered, redacted (at most <see cref="MaxAskedChars"/> characters), shown with a hit so
/// the asker can judge the reuse; null for an entry stored before it was kept.</param>
public sealed record CachedAnswer(float[] Question, string Answer, string Engine, DateTimeOffset StoredAt, DateTimeOffset ExpiresAt, string? Literals = null, string? AskedText = null)
{
    /// <summary>The most characters of the answered question kept with an answer.</summary>
    public const int MaxAskedChars = 500;

    /// <summary>Cuts a question to <see cref="MaxAskedChars"/> characters and an ellipsis, before a surrogate pair rather than
    /// inside it: half an emoji is not text a JSON encoder or a terminal can show.</summary>
    public static string Shorten(string asked)
    {
        if (asked.Length <= MaxAskedChars)
        {
            return asked;
        }

        var cut = char.IsHighSurrogate(asked[MaxAskedChars - 1]) ? MaxAskedChars - 1 : MaxAskedChars;
        return asked[..cut] + "…";
    }
}
