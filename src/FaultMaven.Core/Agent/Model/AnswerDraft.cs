using System.Globalization;
using System.Text;

namespace FaultMaven.Core.Agent.Model;

/// <summary>Follows the model's reply as it is written and gives back the part a person reads, piece by piece: in a JSON reply (the
/// doctrine's shape, possibly in a code fence) the top-level <c>root_cause</c> and <c>answer</c> strings, unescaped as they arrive;
/// in a prose reply, the prose. It never holds more than an escape sequence and one surrogate, so a reply of any length streams.</summary>
internal sealed class AnswerDraft
{
    private readonly StringBuilder _key = new();
    private readonly StringBuilder _escape = new();
    private Mode _mode;
    private int _depth;
    private bool _inString;
    private bool _escaping;
    private bool _readingKey;
    private bool _expectingKey;
    private string? _lastKey;
    private Field _field;
    private char _heldSurrogate;
    private bool _shownAny;

    private enum Mode
    {
        Undecided,
        Json,
        Prose,
    }

    private enum Field
    {
        None,
        RootCause,
        Answer,
    }

    /// <summary>Starts over: a round of the tool loop ended and what the model writes next is a new reply.</summary>
    public void Reset()
    {
        _mode = Mode.Undecided;
        _depth = 0;
        _inString = _escaping = _readingKey = _expectingKey = false;
        _key.Clear();
        _escape.Clear();
        _lastKey = null;
        _field = Field.None;
        _heldSurrogate = '\0';
        _shownAny = false;
    }

    /// <summary>Reads the next piece of the reply and returns what a person should see of it (possibly nothing).</summary>
    public string Read(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var shown = new StringBuilder();
        foreach (var c in piece)
        {
            switch (_mode)
            {
                case Mode.Undecided when char.IsWhiteSpace(c):
                    break;
                case Mode.Undecided:
                    // A code fence (```json) comes before the object: everything up to the first brace is skipped.
                    _mode = c is '{' or '`' ? Mode.Json : Mode.Prose;
                    if (_mode == Mode.Prose)
                    {
                        shown.Append(c);
                    }
                    else
                    {
                        ReadJson(c, shown);
                    }

                    break;
                case Mode.Prose:
                    shown.Append(c);
                    break;
                default:
                    ReadJson(c, shown);
                    break;
            }
        }

        return shown.ToString();
    }

    private void ReadJson(char c, StringBuilder shown)
    {
        if (_inString)
        {
            ReadString(c, shown);
            return;
        }

        switch (c)
        {
            case '"':
                _inString = true;
                _readingKey = _depth == 1 && _expectingKey;
                _key.Clear();
                if (!_readingKey && _depth == 1 && _lastKey is not null)
                {
                    // A string value of a top-level field: shown as it is written when it is one a person reads.
                    _field = _lastKey.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() switch
                    {
                        "ROOTCAUSE" => Field.RootCause,
                        "ANSWER" => Field.Answer,
                        _ => Field.None,
                    };
                    shown.Append(_field switch
                    {
                        Field.RootCause => "**Root cause:** ",
                        Field.Answer => _shownAny ? "\n\n" : "",
                        _ => "",
                    });
                    _shownAny |= _field != Field.None;
                }

                break;
            case '{' or '[':
                _depth++;
                _expectingKey = c == '{' && _depth == 1;
                break;
            case '}' or ']':
                _depth = Math.Max(0, _depth - 1);
                break;
            case ',' when _depth == 1:
                _expectingKey = true;
                _lastKey = null;
                break;
            case ':' when _depth == 1:
                _expectingKey = false;
                break;
        }
    }

    private void ReadString(char c, StringBuilder shown)
    {
        if (_escaping)
        {
            if (_escape.Length > 0 || c == 'u')
            {
                // \uXXXX: the four hex digits are gathered before the character is known.
                _escape.Append(c);
                if (_escape.Length < 5)
                {
                    return;
                }

                var code = int.TryParse(_escape.ToString(1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? (char)value : '\uFFFD';
                _escape.Clear();
                _escaping = false;
                Emit(code, shown);
                return;
            }

            _escaping = false;
            Emit(c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => c }, shown);
            return;
        }

        if (c == '\\')
        {
            _escaping = true;
            return;
        }

        if (c == '"')
        {
            _inString = false;
            if (_readingKey)
            {
                _lastKey = _key.ToString();
                _readingKey = false;
            }
            else
            {
                _field = Field.None;
            }

            return;
        }

        Emit(c, shown);
    }

    private void Emit(char c, StringBuilder shown)
    {
        if (_readingKey)
        {
            // Key names are short; a runaway one is not a key worth remembering.
            if (_key.Length < 64)
            {
                _key.Append(c);
            }

            return;
        }

        if (_field == Field.None)
        {
            return;
        }

        // A surrogate pair is shown whole, never split over two pieces.
        if (char.IsHighSurrogate(c))
        {
            _heldSurrogate = c;
            return;
        }

        if (_heldSurrogate != '\0')
        {
            if (char.IsLowSurrogate(c))
            {
                shown.Append(_heldSurrogate);
            }

            _heldSurrogate = '\0';
        }

        shown.Append(c);
    }
}
