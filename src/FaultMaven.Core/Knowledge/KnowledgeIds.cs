namespace FaultMaven.Core.Knowledge;

/// <summary>What a knowledge document's id may be: 1 to <see cref="MaxLength"/> ASCII letters, digits and <c>. _ - ~</c>, in
/// segments separated by <c>/</c> (runbook collections name documents by path: <c>team/alerts/DiskFull</c>), none of them empty,
/// <c>.</c> or <c>..</c>. Such an id is safe in a URL once percent-encoded, in a header, a log line and a citation
/// (<c>kb:ID#N</c>: no <c>#</c>, <c>:</c> or space), and every document that can be created can be read and deleted again.</summary>
public static class KnowledgeIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="id"/> cannot be a document id, or null when it can.</summary>
    public static string? Problem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > MaxLength)
        {
            return $"id must be 1 to {MaxLength} characters (this one has {id.Length:N0}).";
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or '~' or '/'))
            {
                return $"id may hold only ASCII letters, digits and . _ - ~ /; it has {(char.IsControl(c) || c > '~' ? $"U+{(int)c:X4}" : $"'{c}'")}.";
            }
        }

        foreach (var segment in id.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return "id's parts between '/' must not be empty, '.' or '..'.";
            }
        }

        return null;
    }

    /// <summary>The id a route segment names: an id with <c>/</c> travels percent-encoded (<c>%2F</c>), which the server leaves
    /// encoded in a route value.</summary>
    public static string FromRoute(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return segment.Contains('%', StringComparison.Ordinal) ? segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase) : segment;
    }
}
