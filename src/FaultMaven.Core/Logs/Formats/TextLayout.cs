using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// The plain-text layouts of most logging libraries (log4j, logback, Serilog, Python logging, Go, Spark, Zookeeper…):
/// a timestamp, then within the next few tokens a level, optional thread and logger, then the message.
/// A line with neither a leading timestamp nor a level is not in this layout.
/// </summary>
internal sealed partial class TextLayout : LogLayout
{
    private const int TokensBeforeLevel = 5;

    public override string Name => "text";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
    {
        var span = line.Span;
        var position = 0;

        // Serilog's console writes "[12:00:00 INF] message".
        var bracketed = span.StartsWith('[') ? 1 : 0;
        var stamp = time.TryParsePrefix(span[bracketed..], out var ts);
        if (stamp > 0)
        {
            fields.Timestamp = ts;
            position = bracketed + stamp;
        }

        ReadOnlyMemory<char>? source = null;
        for (var token = 0; token < TokensBeforeLevel; token++)
        {
            position = SkipSeparators(span, position);
            if (position >= span.Length)
            {
                break;
            }

            var end = TokenEnd(span, position);
            var text = span[position..end];
            if (Severities.TryParse(text.TrimEnd(':'), out var level) && (char.IsAsciiLetterUpper(text[0]) || char.IsAsciiLetterUpper(text[^1]) || text[0] == '['))
            {
                fields.Severity = level;
                position = ReadSourceAfterLevel(line, end, fields);
                fields.SourceText ??= source;
                ReadMessage(line[position..], fields);
                return true;
            }

            if (!text.IsEmpty && text[0] != '[' && !char.IsAsciiDigit(text[0]))
            {
                source ??= line.Slice(position, text.TrimEnd(':').Length);
            }

            if (text.EndsWith(']') && bracketed == 1 && fields.Timestamp is not null)
            {
                // "[12:00:00 INF]" ended without a recognisable level.
                break;
            }

            position = end;
        }

        if (fields.Timestamp is null)
        {
            return false;
        }

        ReadMessage(line[SkipSeparators(span, bracketed + stamp)..], fields);
        return true;
    }

    /// <summary>Fills in what a bare message tells: an upper-case level word near its start and request/trace ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadMessage(string message, LogFields fields) => ReadMessage(message.AsMemory(), fields);

    /// <summary>Fills in what a bare message tells, keeping the message as a slice of its line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadMessage(ReadOnlyMemory<char> message, LogFields fields)
    {
        fields.MessageText = message;
        var text = message.Span;
        if (fields.Severity == LogSeverity.Unknown)
        {
            foreach (var m in LevelWord().EnumerateMatches(text))
            {
                // The level word is the match after its leading non-word characters, none of which is a letter.
                var word = text.Slice(m.Index, m.Length);
                while (!char.IsAsciiLetter(word[0]))
                {
                    word = word[1..];
                }

                if (Severities.TryParse(word, out var level))
                {
                    fields.Severity = level;
                }

                break;
            }
        }

        // "request" and "trace" are common words: the string for the groups only when an id is there.
        if (text.IndexOfAny(IdNames) >= 0 && IdPattern().IsMatch(text))
        {
            foreach (Match id in IdPattern().Matches(message.ToString()))
            {
                if (id.Groups["kind"].ValueSpan.StartsWith("trace", StringComparison.OrdinalIgnoreCase))
                {
                    fields.TraceId ??= id.Groups["id"].Value;
                }
                else
                {
                    fields.RequestId ??= id.Groups["id"].Value;
                }
            }
        }
    }

    // After the level: an optional [thread] and an optional "logger:" or "logger -" before the message.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadSourceAfterLevel(ReadOnlyMemory<char> line, int position, LogFields fields)
    {
        var span = line.Span;
        position = SkipSeparators(span, position);
        if (position < span.Length && span[position] == '[')
        {
            // A thread name is one word ("[main]", "[pool-1-thread-3]"); a bracket of words ("[Partition x broker=2]") is the
            // message's own context unless a logger or a " - " follows it, as log4j's "%p [%t] %c: %m" and "%p [%t] - %m" write
            // a thread named in words.
            var end = TokenEnd(span, position);
            if (end < span.Length && (!span[(position + 1)..(end - 1)].ContainsAny(' ', '\t') || span[end..].TrimStart(' ').StartsWith("- ")
                || IsLoggerAt(span, SkipSeparators(span, end))))
            {
                position = SkipSeparators(span, end);
            }
        }

        var tokenEnd = TokenEnd(span, position);
        var token = span[position..tokenEnd];
        if (token.Length > 1 && token[^1] == ':' && !token.Contains("://", StringComparison.Ordinal))
        {
            fields.SourceText = line.Slice(position, token.Length - 1);
            return SkipSpaces(span, tokenEnd);
        }

        var afterToken = SkipSpaces(span, tokenEnd);
        if (token.Length > 0 && span[afterToken..].StartsWith("- ") && token.IndexOfAny('(', ')') < 0)
        {
            fields.SourceText = line[position..tokenEnd];
            return SkipSpaces(span, afterToken + 1);
        }

        // Column-aligned headers pad the source ("Info                  CBS    Loaded …").
        if (token.Length > 0 && afterToken - tokenEnd >= 2 && afterToken < span.Length && IsName(token))
        {
            fields.SourceText = line[position..tokenEnd];
            return afterToken;
        }

        // Python/oslo: "INFO nova.compute.manager [req-… user project] message": a dotted logger, then the request context.
        if (token.Contains('.') && IsName(token) && afterToken < span.Length && span[afterToken] == '[')
        {
            var contextEnd = TokenEnd(span, afterToken);
            if (contextEnd < span.Length && span[contextEnd - 1] == ']')
            {
                fields.SourceText = line[position..tokenEnd];
                return SkipSpaces(span, contextEnd);
            }
        }

        return position;
    }

    // "logger:" or "logger - " at the position.
    private static bool IsLoggerAt(ReadOnlySpan<char> span, int position)
    {
        var end = TokenEnd(span, position);
        var token = span[position..end];
        return token.Length > 1 && (token[^1] == ':' && IsName(token[..^1]) || IsName(token) && span[end..].StartsWith(" - "));
    }

    private static bool IsName(ReadOnlySpan<char> token) =>
        char.IsAsciiLetter(token[0]) && !token.ContainsAnyExcept(NameChars);

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-$");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipSeparators(ReadOnlySpan<char> span, int position)
    {
        while (position < span.Length && span[position] is ' ' or '\t' or ',' or '|' or '-' or ']' && !(span[position] == '-' && position + 1 < span.Length && span[position + 1] != ' ' && span[position + 1] != '\t'))
        {
            position++;
        }

        return position;
    }

    private static int SkipSpaces(ReadOnlySpan<char> span, int position)
    {
        while (position < span.Length && span[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    // A token is a bracketed group (brackets may nest) or a run of non-space characters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TokenEnd(ReadOnlySpan<char> span, int position)
    {
        if (position < span.Length && span[position] == '[')
        {
            var depth = 0;
            for (var i = position; i < span.Length; i++)
            {
                depth += span[i] == '[' ? 1 : span[i] == ']' ? -1 : 0;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        var end = position;
        while (end < span.Length && span[end] is not (' ' or '\t' or '|'))
        {
            end++;
        }

        return end;
    }

    // Every name IdPattern knows starts with one of these: most messages hold none, and skip the expression.
    private static readonly System.Buffers.SearchValues<string> IdNames =
        System.Buffers.SearchValues.Create(["trace", "req", "correlation"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\W{0,3}(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL|PANIC)\b")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"\b(?<kind>trace[_.-]?id|request[_.-]?id|req[_.-]?id|correlation[_.-]?id|x-request-id)[""']?\s*[=:]\s*[""']?(?<id>[\w.-]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();
}
