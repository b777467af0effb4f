using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

// The pair shapes, the same expressions as bench/privacy/valueclass/pairs.py (which the weights were fitted with): keep the two
// in step. Every quantifier is bounded, so a match is read in bounded time from where it starts.
internal sealed partial class ValueClassifierRecognizer
{
    // A value quoted (up to its closing quote, on one line) or bare (up to a blank or a delimiter): groups qv and uv.
    private const string Quoted = @"(?:[""'`](?<qv>[^\r\n""'`]{1,512})|(?<uv>";

    /// <summary>The shapes in the order they claim a value span, each with its structure kind.</summary>
    private static readonly (ValueStructure Kind, Regex Pattern)[] Shapes =
    [
        (ValueStructure.Sibling, SiblingPattern()),
        (ValueStructure.Xml, XmlSiblingPattern()),
        (ValueStructure.Xml, XmlElementPattern()),
        (ValueStructure.NextLine, NumberedNextLinePattern()),
        (ValueStructure.NextLine, KeyAboveValuePattern()),
        (ValueStructure.Call, CallPattern()),
        (ValueStructure.Wrapped, WrappedPattern()),
        (ValueStructure.Assign, AssignPattern()),
        (ValueStructure.Flag, FlagPattern()),
    ];

    // {"key": "password", "value": "…"} (Postman), {"name": "X-Api-Key", "value": "…"} (HAR), - name: X\n  value: Y (k8s env).
    [GeneratedRegex(@"[""']?(?:key|name)[""']?[ \t]{0,3}[:=][ \t]{0,3}[""']?(?<key>[^""'\s,]{1,64})[""']?[ \t]{0,3},?[ \t]{0,3}\r?\n?(?:[ \t]{0,16}-?[ \t]{0,3})?" +
        @"(?:[ \t]{0,16}[""']?(?:type|enabled|description)[""']?[ \t]{0,3}:[ \t]{0,3}[^\r\n,]{0,64},?[ \t]{0,3}\r?\n?){0,2}[ \t]{0,16}" +
        @"[""']?(?:value|defaultValue)[""']?[ \t]{0,3}[:=][ \t]{0,3}" + Quoted + @"[^\s""'`,;}]{1,512}))", RegexOptions.CultureInvariant)]
    private static partial Regex SiblingPattern();

    // <name>K</name> <value>V</value>, <key>K</key><string>V</string> (plist).
    [GeneratedRegex(@"<(?:name|key)>(?<key>[^<\s]{1,64})</(?:name|key)>[ \t\r\n]{0,64}<(?:value|string|defaultValue)>(?<value>[^<\s]{1,512})</", RegexOptions.CultureInvariant)]
    private static partial Regex XmlSiblingPattern();

    // <K>V</K>.
    [GeneratedRegex(@"<(?<key>[A-Za-z_][\w.:-]{0,63})>(?<value>[^<\s]{1,512})</\k<key>>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementPattern();

    // Redis CONFIG GET: 1) "requirepass" on one line, 2) "value" on the next.
    [GeneratedRegex(@"(?m)^[ \t]{0,16}(?:\d{1,4}\)[ \t]{1,3})?""(?<key>[^""\s]{1,64})""[ \t]*\r?\n[ \t]{0,16}\d{1,4}\)[ \t]{1,3}""(?<value>[^""\r\n]{1,512})""[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedNextLinePattern();

    // A YAML or Salt pillar key alone on its line, its value alone on the next, indented.
    [GeneratedRegex(@"(?m)^[ \t]{0,32}(?<key>[A-Za-z_][\w.-]{0,63}):[ \t]*\r?\n[ \t]{1,48}(?<value>[^\s:#-][^\s]{0,511}(?<!:))[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyAboveValuePattern();

    // The key of the call and Some( shapes starts where its word does: inside a long word run each start would read the rest of it.
    // A call with a name and a value: Cookie("connect.sid", "…"), db.auth('app', '…'): the callee and the first argument name the second.
    [GeneratedRegex(@"(?<![\w.])(?<key>[A-Za-z_][\w.]{0,47}\([""'][^""'\s]{1,64})[""'][ \t]{0,3},[ \t]{0,3}[""'](?<value>[^""'\r\n]{1,512})[""']", RegexOptions.CultureInvariant)]
    private static partial Regex CallPattern();

    // Rust's {:#?}: name: Some(\n    "value",\n).
    [GeneratedRegex(@"(?<!\w)(?<key>[A-Za-z_]\w{0,63}):[ \t]{0,3}Some\([ \t\r\n]{0,32}""(?<value>[^""\r\n]{1,512})""", RegexOptions.CultureInvariant)]
    private static partial Regex WrappedPattern();

    // key=value, key: value, "key": "value", key = 'value' (also ?a=b&c=d, a=b; c=d cookies, --set a=x,b=y, -H 'x-key: v').
    [GeneratedRegex(@"(?<![\w.\[\]-])(?<key>[A-Za-z_@$][\w.\[\]-]{0,63})[""']?[ \t]{0,3}(?::(?!//)|=|=>|:=)[ \t]{0,3}" + Quoted + @"[^\s""'`,;&<>{}()\[\]|]{1,512}))", RegexOptions.CultureInvariant)]
    private static partial Regex AssignPattern();

    // --flag value (the flag's own = form is an assignment).
    [GeneratedRegex(@"(?<![\w-])--(?<key>[A-Za-z][\w-]{1,63})[ \t]{1,3}(?!-)" + Quoted + @"[^\s""'`]{1,512}))", RegexOptions.CultureInvariant)]
    private static partial Regex FlagPattern();

    // "key": ["a", "b"], KEY = (\n "a"\n "b"\n): each quoted item of a list or of implicitly joined strings takes the list's key.
    [GeneratedRegex(@"(?<![\w.-])(?<key>[A-Za-z_][\w.-]{0,63})[""']?[ \t]{0,3}(?::|=)[ \t]{0,3}[\[(][ \t\r\n]{0,32}(?=[""'])", RegexOptions.CultureInvariant)]
    private static partial Regex ListOpenPattern();

    [GeneratedRegex(@"\G[""'](?<value>[^""'\r\n]{1,512})[""'][ \t]{0,3},?[ \t\r\n]{0,32}", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemPattern();

    // camelCase, snake, kebab, dotted and indexed keys split into tokens.
    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", RegexOptions.CultureInvariant)]
    internal static partial Regex KeyTokenPattern();
}
