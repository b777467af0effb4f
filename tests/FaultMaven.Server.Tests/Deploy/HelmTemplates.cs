using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FaultMaven.Server.Tests.Deploy;

/// <summary>Renders the chart's templates without the helm binary (neither Debian nor npm ships one). It knows only the subset of
/// Helm's template language the chart keeps to — <c>.Values</c>/<c>.Release</c>/<c>.Chart</c>, <c>$</c> and range variables,
/// <c>include</c>, <c>toYaml</c>, <c>quote</c>, <c>default</c>, <c>nindent</c>, <c>not</c>, and <c>if</c>/<c>range</c>/<c>define</c>/<c>end</c>
/// each alone on its line — and throws on anything else, so a template that strays from it fails the tests rather than being
/// rendered wrong. Whitespace follows Go's for those shapes only: a control line disappears, a lone <c>{{- … | nindent N }}</c> line
/// becomes the indented block.</summary>
internal sealed partial class HelmTemplates
{
    private readonly YamlMappingNode _root;
    private readonly Dictionary<string, List<string>> _defines = new(StringComparer.Ordinal);

    private HelmTemplates(YamlMappingNode root) => _root = root;

    /// <summary>Loads the chart at <paramref name="chartDirectory"/> with its values.yaml, <paramref name="overrides"/> (dotted paths,
    /// e.g. <c>ingress.enabled</c> = <c>true</c>) applied over it.</summary>
    public static HelmTemplates Load(string chartDirectory, string releaseName, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var values = LoadYaml(Path.Combine(chartDirectory, "values.yaml"));
        foreach (var (path, value) in overrides ?? new Dictionary<string, string>())
        {
            var parts = path.Split('.');
            var node = values;
            foreach (var part in parts[..^1])
            {
                node = (YamlMappingNode)node.Children[new YamlScalarNode(part)];
            }

            node.Children[new YamlScalarNode(parts[^1])] = new YamlScalarNode(value);
        }

        var root = new YamlMappingNode(
            new YamlScalarNode("Values"), values,
            // Helm shows Chart.yaml's fields capitalised: name as .Chart.Name, appVersion as .Chart.AppVersion.
            new YamlScalarNode("Chart"), new YamlMappingNode(LoadYaml(Path.Combine(chartDirectory, "Chart.yaml")).Children
                .Select(c => KeyValuePair.Create<YamlNode, YamlNode>(new YamlScalarNode(char.ToUpperInvariant(((YamlScalarNode)c.Key).Value![0]) + ((YamlScalarNode)c.Key).Value![1..]), c.Value))),
            new YamlScalarNode("Release"), new YamlMappingNode(new YamlScalarNode("Name"), new YamlScalarNode(releaseName), new YamlScalarNode("Service"), new YamlScalarNode("Helm")));
        var templates = new HelmTemplates(root);
        foreach (var helper in Directory.GetFiles(Path.Combine(chartDirectory, "templates"), "*.tpl"))
        {
            templates.ReadDefines(File.ReadAllLines(helper));
        }

        return templates;
    }

    /// <summary>Renders one template file's text.</summary>
    public string Render(string template)
    {
        var output = new List<string>();
        RenderLines(Parse(template.Split('\n').Select(l => l.TrimEnd('\r')).ToList()), new Dictionary<string, object?>(), output);
        return string.Join('\n', output);
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private void ReadDefines(IReadOnlyList<string> lines)
    {
        foreach (var node in Parse([.. lines]))
        {
            if (node is Block { Keyword: "define" } define)
            {
                _defines[Unquote(define.Expression)] = [.. define.Body.Select(n => n is Text t ? t.Line : throw new NotSupportedException("control flow inside define"))];
            }
        }
    }

    private abstract record Node;

    private sealed record Text(string Line) : Node;

    private sealed record Block(string Keyword, string Expression, List<Node> Body) : Node;

    private static List<Node> Parse(List<string> lines)
    {
        var stack = new Stack<List<Node>>();
        var blocks = new Stack<Block>();
        var current = new List<Node>();
        foreach (var line in lines)
        {
            if (Comment().IsMatch(line))
            {
                continue;
            }

            var control = Control().Match(line);
            if (!control.Success)
            {
                current.Add(new Text(line));
                continue;
            }

            var keyword = control.Groups["keyword"].Value;
            var expression = control.Groups["rest"].Value.Trim();
            switch (keyword)
            {
                case "if" or "range" or "define":
                    var block = new Block(keyword, expression, []);
                    current.Add(block);
                    stack.Push(current);
                    blocks.Push(block);
                    current = block.Body;
                    break;
                case "end":
                    blocks.Pop();
                    current = stack.Pop();
                    break;
                default:
                    throw new NotSupportedException($"'{keyword}' is outside the subset the test renders: {line.Trim()}");
            }
        }

        return blocks.Count == 0 ? current : throw new FormatException("an if, range or define has no end");
    }

    private void RenderLines(List<Node> nodes, Dictionary<string, object?> variables, List<string> output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Text text:
                    output.AddRange(RenderLine(text.Line, variables).Split('\n'));
                    break;
                case Block { Keyword: "if" } block:
                    if (Truthy(Evaluate(block.Expression, variables)))
                    {
                        RenderLines(block.Body, variables, output);
                    }

                    break;
                case Block { Keyword: "range" } block:
                    var range = RangeHeader().Match(block.Expression);
                    if (!range.Success || Evaluate(range.Groups["source"].Value, variables) is not YamlMappingNode map)
                    {
                        throw new NotSupportedException($"only 'range $k, $v := <map>' is rendered: {block.Expression}");
                    }

                    foreach (var (key, value) in map.Children)
                    {
                        var inner = new Dictionary<string, object?>(variables) { ["$" + range.Groups["key"].Value] = key, ["$" + range.Groups["value"].Value] = value };
                        RenderLines(block.Body, inner, output);
                    }

                    break;
                case Block { Keyword: "define" }:
                    break;
            }
        }
    }

    private string RenderLine(string line, Dictionary<string, object?> variables)
    {
        var lone = LoneAction().Match(line);
        if (lone.Success && lone.Groups["trim"].Value == "-")
        {
            // "{{- x | nindent N }}" alone on its line: the trim eats the line break before it and nindent puts one back.
            var value = Scalar(Evaluate(lone.Groups["pipeline"].Value, variables));
            return value.StartsWith('\n') ? value[1..] : throw new NotSupportedException($"a trimmed action alone on its line must nindent: {line.Trim()}");
        }

        return Action().Replace(line, m => Scalar(Evaluate(m.Groups["pipeline"].Value, variables)));
    }

    private object? Evaluate(string pipeline, Dictionary<string, object?> variables)
    {
        object? value = null;
        var first = true;
        foreach (var command in pipeline.Split('|', StringSplitOptions.TrimEntries))
        {
            var words = Words(command);
            var args = words.Skip(1).Select(w => Term(w, variables)).ToList();
            if (!first)
            {
                args.Add(value);
            }

            value = words[0] switch
            {
                "include" => string.Join('\n', RenderDefine(Unquote(words[1]))),
                "toYaml" => ToYaml(args[0]),
                "quote" => "\"" + Scalar(args[0]).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
                "default" => Truthy(args[1]) ? args[1] : args[0],
                "nindent" => "\n" + Indent(int.Parse(Scalar(args[0]), CultureInfo.InvariantCulture), Scalar(args[1])),
                "not" => Truthy(args[0]) ? "false" : "true",
                _ when words.Count == 1 && first => Term(words[0], variables),
                _ => throw new NotSupportedException($"'{words[0]}' is outside the subset the test renders: {pipeline}"),
            };
            first = false;
        }

        return value;
    }

    private List<string> RenderDefine(string name)
    {
        var output = new List<string>();
        RenderLines([.. _defines[name].Select(l => (Node)new Text(l))], [], output);
        return output;
    }

    private object? Term(string word, Dictionary<string, object?> variables)
    {
        if (word.StartsWith('"'))
        {
            return Unquote(word);
        }

        if (word == "." || word == "$")
        {
            return _root;
        }

        if (word.StartsWith('$'))
        {
            var dot = word.IndexOf('.', StringComparison.Ordinal);
            var name = dot < 0 ? word : word[..dot];
            object? start = name == "$" ? _root : variables.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"no variable {name}");
            return dot < 0 ? start : Walk(start, word[(dot + 1)..]);
        }

        return word.StartsWith('.') ? Walk(_root, word[1..]) : long.TryParse(word, out _) ? word : throw new NotSupportedException($"term '{word}'");
    }

    private static object? Walk(object? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
        }

        return node;
    }

    private static bool Truthy(object? value) => value switch
    {
        null => false,
        YamlScalarNode scalar => Truthy(scalar.Value),
        string text => text.Length > 0 && text is not ("false" or "0" or "null" or "~"),
        YamlMappingNode map => map.Children.Count > 0,
        YamlSequenceNode sequence => sequence.Children.Count > 0,
        _ => true,
    };

    private static string Scalar(object? value) => value switch
    {
        null => "",
        string text => text,
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => throw new NotSupportedException("a mapping or sequence printed as a scalar; use toYaml"),
    };

    private static string ToYaml(object? value)
    {
        if (value is not YamlNode { NodeType: YamlNodeType.Mapping or YamlNodeType.Sequence } node)
        {
            return Scalar(value);
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return string.Join('\n', writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l is not ("..." or "---" or "")));
    }

    private static string Indent(int spaces, string text) => string.Join('\n', text.Split('\n').Select(l => new string(' ', spaces) + l));

    private static string Unquote(string word) => word.Length >= 2 && word[0] == '"' && word[^1] == '"' ? word[1..^1] : word;

    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else if (c is '(' or ')' && !quoted)
            {
                throw new NotSupportedException($"parentheses are outside the subset the test renders: {command}");
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"^\s*\{\{-?\s*/\*.*\*/\s*-?\}\}\s*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*\{\{-?\s*(?<keyword>if|else|end|range|define|with|block|template)\b(?<rest>.*?)\s*-?\}\}\s*$")]
    private static partial Regex Control();

    [GeneratedRegex(@"^\s*\{\{(?<trim>-?)\s*(?<pipeline>[^{}]*?)\s*-?\}\}\s*$")]
    private static partial Regex LoneAction();

    [GeneratedRegex(@"\{\{-?\s*(?<pipeline>[^{}]*?)\s*-?\}\}")]
    private static partial Regex Action();

    [GeneratedRegex(@"^\$(?<key>\w+)\s*,\s*\$(?<value>\w+)\s*:=\s*(?<source>\S+)$")]
    private static partial Regex RangeHeader();
}
