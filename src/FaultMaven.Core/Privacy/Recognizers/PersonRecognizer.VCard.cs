namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in vCards (issue 18): the structured name <c>N:Family;Given;Additional;Prefix;Suffix</c> is the table of a
/// contact, each of its first three parts a name part (<c>van Dijk</c> with its particle), and <c>FN:</c> the formatted name. A
/// property may carry parameters (<c>N;CHARSET=UTF-8:…</c>) and a group (<c>item1.FN:…</c>).</summary>
internal sealed partial class PersonRecognizer
{
    private static void FindVCardNames(string text, Findings found, HashSet<string> names)
    {
        var position = text.AsSpan().IndexOf("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
        while (position >= 0 && position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var property = line[..colon];
                property = property[(property.LastIndexOf('.') + 1)..];
                if (property.IndexOf(';') is var parameters and >= 0)
                {
                    property = property[..parameters];
                }

                var valueStart = position + colon + 1;
                if (property.Equals("FN", StringComparison.OrdinalIgnoreCase))
                {
                    VCardPart(text, valueStart, position + line.Length, found, names);
                }
                else if (property.Equals("N", StringComparison.OrdinalIgnoreCase))
                {
                    // Family, given and additional names, each of them a list cut by commas.
                    var from = valueStart;
                    for (var part = 0; part < 3 && from <= position + line.Length; part++)
                    {
                        var semicolon = text.AsSpan(from, position + line.Length - from).IndexOf(';');
                        var to = semicolon >= 0 ? from + semicolon : position + line.Length;
                        for (var item = from; item <= to;)
                        {
                            var comma = text.AsSpan(item, to - item).IndexOf(',');
                            var itemEnd = comma >= 0 ? item + comma : to;
                            VCardPart(text, item, itemEnd, found, names);
                            item = itemEnd + 1;
                        }

                        from = to + 1;
                    }
                }
                else if (property.Equals("END", StringComparison.OrdinalIgnoreCase))
                {
                    var next = text.AsSpan(lineEnd).IndexOf("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
                    position = next >= 0 ? lineEnd + next : -1;
                    continue;
                }
            }

            position = lineEnd + 1;
        }
    }

    private static void VCardPart(string text, int start, int end, Findings found, HashSet<string> names)
    {
        (start, end) = NameShape.Trim(text, start, end);
        if (end > start && NameShape.IsName(text.AsSpan(start, end - start)))
        {
            found.Add(PiiType.Person, start, end, 0.85);
            if (names.Count < MaxKnownNames)
            {
                names.Add(text[start..end]);
            }
        }
    }
}
