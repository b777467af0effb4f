using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in the record formats of health and insurance systems, read by their positions (issue 18): the patient's and the
/// next of kin's name fields of an HL7 v2 message (<c>PID|1||…||FAMILY^GIVEN||…</c>, field 5; <c>NK1|1|FAMILY^GIVEN|…</c>, field 2),
/// the last, first and middle name of an X12 <c>NM1</c> segment whose entity is a person (<c>NM1*IL*1*LAST*FIRST~</c>; type 2 is an
/// organisation), and the <c>family</c> and <c>given</c> parts of a FHIR HumanName. The position says it is a name, so names in
/// capitals and names no list knows are found; each name is then known wherever else the record says it (<c>PER*IC*FIRST</c>).</summary>
internal sealed partial class PersonRecognizer
{
    private const int MaxRecordName = 96;

    private static readonly SearchValues<string> RecordAnchors = SearchValues.Create(["PID|", "NK1|", "NM1*", "\"family\"", "\"given\""], StringComparison.Ordinal);

    private static void FindRecordNames(string text, Findings found, HashSet<string> names)
    {
        var humanName = -1;
        for (var offset = 0; offset < text.Length && text.AsSpan(offset).IndexOfAny(RecordAnchors) is var at and >= 0;)
        {
            var anchor = offset + at;
            offset = anchor + 4;
            if (text[anchor] == '"')
            {
                // A FHIR HumanName holds both parts: "family" alone is a font's or a product's family as often as a person's.
                if (humanName < 0)
                {
                    humanName = text.AsSpan().IndexOf("\"family\"", StringComparison.Ordinal) >= 0 && text.AsSpan().IndexOf("\"given\"", StringComparison.Ordinal) >= 0 ? 1 : 0;
                }

                if (humanName == 1 && InObjectWith(text, anchor, text[anchor + 1] == 'f' ? "\"given\"" : "\"family\""))
                {
                    offset = HumanNamePart(text, anchor, found, names);
                }

                continue;
            }

            // A segment opens a line (or follows the one before it in X12, after its terminator).
            var before = TextContext.CharBefore(text, anchor);
            if (anchor > 0 && before is not ('\r' or '\n' or '~'))
            {
                continue;
            }

            var separator = text[anchor + 3];
            // PID-5 is the patient's name, NK1-2 the next of kin's; NM1 is X12.
            var field = text[anchor + 1] switch
            {
                'I' => 5,
                'K' => 2,
                _ => 0,
            };

            if (field > 0)
            {
                // HL7: one span for the whole name field, its components joined by ^ (FAMILY^GIVEN^MIDDLE).
                var (start, end) = Element(text, anchor, separator, field);
                var value = text.AsSpan(start, end - start);
                value = value[..(value.IndexOf('~') is var repeat and >= 0 ? repeat : value.Length)].TrimEnd('^');
                if (IsRecordName(value, '^'))
                {
                    found.Add(PiiType.Person, start, start + value.Length, 0.85);
                    KnowParts(value, '^', names);
                }

                continue;
            }

            // X12 NM1: entity type qualifier 1 is a person; elements 3 to 5 are the last, first and middle name, each its own span.
            var (typeStart, typeEnd) = Element(text, anchor, separator, 2);
            if (text.AsSpan(typeStart, typeEnd - typeStart) is not "1")
            {
                continue;
            }

            for (var element = 3; element <= 5; element++)
            {
                var (start, end) = Element(text, anchor, separator, element);
                var value = text.AsSpan(start, end - start);
                if (IsRecordName(value, '\0'))
                {
                    found.Add(PiiType.Person, start, end, 0.85);
                    KnowParts(value, '\0', names);
                }
            }
        }
    }

    /// <summary>The range of element <paramref name="index"/> of the segment at <paramref name="segment"/>, within its line and
    /// segment and at most <see cref="MaxRecordName"/> characters long; empty when the segment has fewer elements.</summary>
    private static (int Start, int End) Element(string text, int segment, char separator, int index)
    {
        var position = segment + 3;
        for (var i = 0; i < index; i++)
        {
            if (position >= text.Length || text[position] != separator)
            {
                return (position, position);
            }

            position++;
            var limit = Math.Min(text.Length, position + MaxRecordName);
            while (position < limit && text[position] != separator && text[position] is not ('\r' or '\n' or '~' or '*' or '|'))
            {
                position++;
            }
        }

        var end = position;
        var start = end;
        while (start > segment + 3 && text[start - 1] != separator)
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>A name in a record: letters of any script in one or more parts (joined by <paramref name="components"/>, blanks,
    /// hyphens, apostrophes or dots), at least two letters, no digits.</summary>
    private static bool IsRecordName(ReadOnlySpan<char> value, char components)
    {
        if (value.Length is < 2 or > MaxRecordName)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c != components && c is not (' ' or '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static void KnowParts(ReadOnlySpan<char> value, char components, HashSet<string> names)
    {
        foreach (var range in value.SplitAny(components, ' '))
        {
            if (value[range].Length >= 3 && names.Count < MaxKnownNames)
            {
                names.Add(value[range].ToString());
            }
        }
    }

    /// <summary>Gets whether the JSON object that holds the key at <paramref name="key"/> also holds <paramref name="sibling"/> as a key of
    /// its own: a HumanName's <c>family</c> stands beside its <c>given</c>, while a font's or a product's <c>"family"</c> elsewhere in
    /// the same text does not. Reads at most <see cref="MaxObjectReach"/> characters either way.</summary>
    private static bool InObjectWith(string text, int key, string sibling)
    {
        var (start, depth) = (key, 0);
        for (; start > 0 && key - start < MaxObjectReach; start--)
        {
            var c = text[start - 1];
            if (c == '}')
            {
                depth++;
            }
            else if (c == '{' && depth-- == 0)
            {
                break;
            }
        }

        var (end, inner) = (key, 0);
        for (; end < text.Length && end - key < MaxObjectReach; end++)
        {
            var c = text[end];
            if (c == '{')
            {
                inner++;
            }
            else if (c == '}' && inner-- == 0)
            {
                break;
            }
        }

        // A sibling key is at the object's own depth: one pass, counting braces.
        var level = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '{' || c == '[')
            {
                level++;
            }
            else if (c == '}' || c == ']')
            {
                level--;
            }
            else if (c == '"' && level == 0 && i != key && text.AsSpan(i, end - i).StartsWith(sibling, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxObjectReach = 512;

    /// <summary>Reads a HumanName part after its key: <c>"family": "…"</c> or <c>"given": ["…", "…"]</c>; returns where reading ends.</summary>
    private static int HumanNamePart(string text, int key, Findings found, HashSet<string> names)
    {
        var position = key + (text[key + 1] == 'f' ? 8 : 7);
        position = SkipSpace(text, position);
        if (position >= text.Length || text[position] != ':')
        {
            return position;
        }

        position = SkipSpace(text, position + 1);
        var list = position < text.Length && text[position] == '[';
        position = list ? SkipSpace(text, position + 1) : position;
        for (var item = 0; item < 4 && position < text.Length && text[position] == '"'; item++)
        {
            var start = position + 1;
            var close = text.AsSpan(start, Math.Min(MaxRecordName, text.Length - start)).IndexOfAny('"', '\n');
            if (close < 0 || text[start + close] != '"')
            {
                break;
            }

            var value = text.AsSpan(start, close);
            if (IsNamePart(value))
            {
                found.Add(PiiType.Person, start, start + close, 0.85);
                KnowParts(value, ' ', names);
            }

            position = SkipSpace(text, start + close + 1);
            if (!list || position >= text.Length || text[position] != ',')
            {
                break;
            }

            position = SkipSpace(text, position + 1);
        }

        return position;
    }
}
