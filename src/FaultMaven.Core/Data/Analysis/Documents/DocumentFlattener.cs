using System.Text;
using System.Text.Json;

namespace FaultMaven.Core.Data.Analysis;

/// <summary>Flattens JSON and YAML documents to <see cref="DocumentField"/>s in one forward pass: depth and field count are capped,
/// YAML anchors and aliases are read as the text they are (never expanded), so a hostile document costs time linear in its size.</summary>
public static class DocumentFlattener
{
    /// <summary>How deep the reader follows nesting; deeper values are not read.</summary>
    public const int MaxDepth = 64;

    /// <summary>Flattens a JSON text (one document, or several, one per line); stops at <paramref name="maxFields"/> fields, at
    /// <see cref="MaxDepth"/> or at the first syntax error, keeping what it read. Returns whether it stopped early.</summary>
    public static bool FlattenJson(string text, List<DocumentField> fields, int maxFields)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth + 1, AllowMultipleValues = true });
        var path = new List<string>();
        var index = new List<int>();
        string? property = null;
        long line = 1;
        long counted = 0;
        try
        {
            while (reader.Read())
            {
                var start = reader.TokenStartIndex;
                line += bytes.AsSpan((int)counted, (int)(start - counted)).Count((byte)'\n');
                counted = start;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (path.Count >= MaxDepth)
                        {
                            return true;
                        }

                        path.Add(Segment(path, index, property));
                        index.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (path.Count > 0)
                        {
                            path.RemoveAt(path.Count - 1);
                            index.RemoveAt(index.Count - 1);
                            Advance(index);
                        }

                        break;
                    default:
                        var value = reader.TokenType switch
                        {
                            JsonTokenType.String => reader.GetString() ?? "",
                            JsonTokenType.True => "true",
                            JsonTokenType.False => "false",
                            JsonTokenType.Null => "null",
                            _ => Encoding.UTF8.GetString(reader.ValueSpan),
                        };
                        fields.Add(new DocumentField(Join(path, Segment(path, index, property)), value, line));
                        property = null;
                        Advance(index);
                        if (fields.Count >= maxFields)
                        {
                            return true;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return true;
        }

        return false;
    }

    /// <summary>Flattens YAML (block style: <c>key: value</c>, <c>- item</c>, nested by indentation), or <c>Key: value</c> text,
    /// line by line. Flow collections and multi-line scalars are kept as the text on their line; aliases are not expanded.</summary>
    public static bool FlattenYaml(string text, List<DocumentField> fields, int maxFields)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stack = new List<(int Indent, string Key)>();
        long number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd();
            var content = line.TrimStart();
            if (content.IsEmpty || content[0] == '#' || content.StartsWith("---") || content.StartsWith("..."))
            {
                continue;
            }

            var indent = line.Length - content.Length;
            if (content[0] == '-' && (content.Length == 1 || content[1] == ' '))
            {
                // A list item takes the next index among its siblings (the item entry left at the same indentation), else 0.
                while (stack.Count > 0 && stack[^1].Indent > indent)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var next = 0;
                if (stack.Count > 0 && stack[^1].Indent == indent && stack[^1].Key.StartsWith('['))
                {
                    next = int.Parse(stack[^1].Key.AsSpan(1, stack[^1].Key.Length - 2), System.Globalization.CultureInfo.InvariantCulture) + 1;
                    stack.RemoveAt(stack.Count - 1);
                }

                stack.Add((indent, $"[{next}]"));
                content = content[1..].TrimStart();
                indent = line.Length - content.Length;
                if (content.IsEmpty)
                {
                    continue;
                }

                if (KeyEnd(content) < 0)
                {
                    fields.Add(new DocumentField(Path(stack), Scalar(content), number));
                    if (fields.Count >= maxFields || stack.Count > MaxDepth)
                    {
                        return true;
                    }

                    continue;
                }
            }

            var colon = KeyEnd(content);
            if (colon < 0)
            {
                continue;
            }

            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var name = content[..colon].Trim().Trim('"').Trim('\'').ToString();
            var value = content[(colon + 1)..].Trim();
            if (stack.Count >= MaxDepth)
            {
                return true;
            }

            if (value.IsEmpty || value is "|" or ">" or "|-" or ">-" || value[0] == '&' && value.IndexOf(' ') < 0)
            {
                stack.Add((indent, name));
                continue;
            }

            stack.Add((indent, name));
            fields.Add(new DocumentField(Path(stack), Scalar(value), number));
            stack.RemoveAt(stack.Count - 1);
            if (fields.Count >= maxFields)
            {
                return true;
            }
        }

        return false;
    }

    private static int KeyEnd(ReadOnlySpan<char> content)
    {
        // "key: value" or "key:" — a colon followed by a space or the end, before any quote-free value; URLs (http://) are values.
        for (var i = 0; i < content.Length && i < 200; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' ' || content[i + 1] == '\t'))
            {
                return i > 0 ? i : -1;
            }

            if (content[i] is '{' or '[' or '"' && i > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static string Scalar(ReadOnlySpan<char> value)
    {
        var comment = value.IndexOf(" #");
        if (comment >= 0 && value[0] is not ('"' or '\''))
        {
            value = value[..comment].TrimEnd();
        }

        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            value = value[1..^1];
        }

        return value.ToString();
    }

    private static string Path(List<(int Indent, string Key)> stack)
    {
        var builder = new StringBuilder();
        foreach (var (_, key) in stack)
        {
            if (builder.Length > 0 && !key.StartsWith('['))
            {
                builder.Append('.');
            }

            builder.Append(key);
        }

        return builder.ToString();
    }

    private static string Segment(List<string> path, List<int> index, string? property) =>
        property ?? (index.Count > 0 && index[^1] >= 0 ? $"[{index[^1]}]" : path.Count == 0 ? "" : "");

    private static void Advance(List<int> index)
    {
        if (index.Count > 0 && index[^1] >= 0)
        {
            index[^1]++;
        }
    }

    private static string Join(List<string> path, string last)
    {
        var builder = new StringBuilder();
        foreach (var segment in path.Append(last))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && !segment.StartsWith('['))
            {
                builder.Append('.');
            }

            builder.Append(segment);
        }

        return builder.ToString();
    }
}
