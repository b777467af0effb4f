namespace FaultMaven.Core.Knowledge.Import;

/// <summary>Linear estimates of how deeply a document nests, read before a parser whose cost grows with depth sees it.</summary>
internal static class MarkupDepth
{
    // Elements that have no end tag, or whose end tag is optional and usually left out: they do not deepen the estimate.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "!doctype",
    };

    /// <summary>The deepest nesting of start tags not yet closed, counting only elements that are normally closed.</summary>
    public static int OfHtml(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 16 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
            {
                end++;
            }

            if (end == start || Flat.Contains(html[start..end]))
            {
                continue;
            }

            var name = html[start..end];
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Raw text up to its end tag; unclosed, the rest of the document is its text.
                var after = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (after < 0)
                {
                    break;
                }

                i = after + 1;
                continue;
            }

            // A tag's '>' is looked for within a bounded distance, so a '<' with none after it costs no scan of the rest.
            var close = html.IndexOf('>', end, Math.Min(4096, html.Length - end));
            var selfClosing = close > 0 && html[close - 1] == '/';
            depth = closing ? Math.Max(0, depth - 1) : selfClosing ? depth : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    /// <summary>The deepest nesting of <c>[</c> and <c>{</c> (YAML or JSON flow collections), quotes not considered.</summary>
    public static int OfBrackets(string text)
    {
        var depth = 0;
        var deepest = 0;
        foreach (var c in text)
        {
            depth = c is '[' or '{' ? depth + 1 : c is ']' or '}' ? Math.Max(0, depth - 1) : depth;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
