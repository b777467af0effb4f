using System.Text;

namespace FaultMaven.Core.Agent.Safety;

/// <summary>Reads a command text (a runbook step, a model's step, prose with commands in it) into a <see cref="ShellScript"/>. It
/// reads as bash does where that decides what runs: quotes, escapes, operators, substitutions, here-strings, function definitions.
/// Linear in the text: every character is consumed once (a quote without its closing partner is taken as a plain character, decided by
/// one forward search that, when it fails, cannot fail again), and nesting past <see cref="MaxDepth"/> is read as plain text.</summary>
internal sealed class ShellParser
{
    /// <summary>How deep substitutions and groups are read; deeper ones are plain characters.</summary>
    public const int MaxDepth = 16;

    /// <summary>Texts longer than this are read up to it (a step is a line or a paragraph, not a file).</summary>
    public const int MaxChars = 64 * 1024;

    private readonly string _text;
    private int _i;
    private bool _noSingleClose;
    private bool _noDoubleClose;

    private ShellParser(string text) => _text = text.Length > MaxChars ? text[..MaxChars] : text;

    /// <summary>Reads <paramref name="text"/> as a shell script.</summary>
    public static ShellScript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ShellParser(text).Script(closer: '\0', depth: 0);
    }

    private bool End => _i >= _text.Length;

    private char At(int offset = 0) => _i + offset < _text.Length ? _text[_i + offset] : '\0';

    private ShellScript Script(char closer, int depth)
    {
        var script = new ShellScript();
        var pipeline = new ShellPipeline();
        var command = new ShellCommand();

        void EndCommand()
        {
            if (!command.IsEmpty)
            {
                pipeline.Stages.Add(command);
            }

            command = new ShellCommand();
        }

        void EndPipeline(bool background)
        {
            EndCommand();
            if (pipeline.Stages.Count > 0)
            {
                pipeline.Background = background;
                script.Pipelines.Add(pipeline);
            }

            pipeline = new ShellPipeline();
        }

        while (!End)
        {
            var c = At();
            if (c is ' ' or '\t')
            {
                _i++;
                continue;
            }

            if (closer != '\0' && c == closer && (closer != '}' || command.Words.Count == 0))
            {
                _i++;
                break;
            }

            switch (c)
            {
                case '\n' or '\r' or ';':
                    _i++;
                    EndPipeline(background: false);
                    continue;
                case '&' when At(1) == '&':
                    _i += 2;
                    EndPipeline(background: false);
                    continue;
                case '&' when At(1) == '>':
                    _i += At(2) == '>' ? 3 : 2;
                    command.Redirects.Add((">", Word(closer, depth)));
                    continue;
                case '&':
                    _i++;
                    EndPipeline(background: true);
                    continue;
                case '|' when At(1) == '|':
                    _i += 2;
                    EndPipeline(background: false);
                    continue;
                case '|':
                    _i += At(1) == '&' ? 2 : 1;
                    EndCommand();
                    continue;
                case '#' when At(1) is ' ' or '\t' or '\0' or '\n':
                    // A comment runs to the end of its line.
                    while (!End && At() != '\n')
                    {
                        _i++;
                    }

                    continue;
                case '(' when depth < MaxDepth:
                    _i++;
                    if (command.Words.Count == 1 && command.Groups.Count == 0 && NextNonBlank() == ')')
                    {
                        FunctionDefinition(script, command.Words[0].Text, depth);
                        command = new ShellCommand();
                        continue;
                    }

                    command.Groups.Add(Script(')', depth + 1));
                    continue;
                case '{' when depth < MaxDepth && command.Words.Count == 0 && At(1) is ' ' or '\t' or '\n':
                    _i++;
                    command.Groups.Add(Script('}', depth + 1));
                    continue;
                case '<' or '>' when !(c == '<' && At(1) == '(' || c == '>' && At(1) == '('):
                    command.Redirects.Add((Redirect(), Word(closer, depth)));
                    continue;
            }

            var before = _i;
            var word = Word(closer, depth);
            if (_i == before)
            {
                // A character no rule consumes (a stray closing parenthesis): skipped so the reading always advances.
                _i++;
                continue;
            }

            command.Words.Add(word);
        }

        EndPipeline(background: false);
        return script;
    }

    private void FunctionDefinition(ShellScript script, string name, int depth)
    {
        // name ( ) { body }: the ')' is next, then the body.
        while (!End && At() != ')')
        {
            _i++;
        }

        _i++;
        while (!End && At() is ' ' or '\t' or '\n')
        {
            _i++;
        }

        if (At() == '{')
        {
            _i++;
            script.Functions.Add((name, Script('}', depth + 1)));
        }
        else if (At() == '(')
        {
            _i++;
            script.Functions.Add((name, Script(')', depth + 1)));
        }
    }

    private char NextNonBlank()
    {
        for (var j = _i; j < _text.Length; j++)
        {
            if (_text[j] is not (' ' or '\t'))
            {
                return _text[j];
            }
        }

        return '\0';
    }

    private string Redirect()
    {
        var start = _i;
        if (At() == '<' && At(1) == '<' && At(2) == '<')
        {
            _i += 3;
        }
        else
        {
            _i++;
            while (!End && At() is '<' or '>' or '&' or '|' or '-' && _i - start < 3)
            {
                _i++;
            }
        }

        return _text[start.._i] is var op && op.StartsWith("<<<", StringComparison.Ordinal) ? "<<<" : op.StartsWith('<') ? "<" : ">";
    }

    private static bool IsWordChar(char c, char closer) =>
        c is not (' ' or '\t' or '\n' or '\r' or ';' or '&' or '|' or '<' or '>' or '(' or ')') && !(closer == '`' && c == '`');

    private ShellWord Word(char closer, int depth)
    {
        while (!End && At() is ' ' or '\t')
        {
            _i++;
        }

        var word = new ShellWord();
        var text = new StringBuilder();
        while (!End)
        {
            var c = At();
            if (c == '\\')
            {
                if (At(1) != '\0')
                {
                    text.Append(At(1));
                }

                _i += 2;
                continue;
            }

            if (c == '\'' && !_noSingleClose)
            {
                var close = _text.IndexOf('\'', _i + 1);
                if (close >= 0)
                {
                    text.Append(_text, _i + 1, close - _i - 1);
                    _i = close + 1;
                    continue;
                }

                _noSingleClose = true;
            }

            if (c == '"' && !_noDoubleClose)
            {
                if (_text.IndexOf('"', _i + 1) >= 0)
                {
                    _i++;
                    DoubleQuoted(word, text, depth);
                    continue;
                }

                _noDoubleClose = true;
            }

            if (c == '$' && At(1) == '(' && depth < MaxDepth)
            {
                _i += 2;
                word.Substitutions.Add(new ShellSubstitution(Script(')', depth + 1), Process: false));
                continue;
            }

            if (c == '`' && closer != '`' && depth < MaxDepth)
            {
                _i++;
                word.Substitutions.Add(new ShellSubstitution(Script('`', depth + 1), Process: false));
                continue;
            }

            if (c is '<' or '>' && At(1) == '(' && text.Length == 0 && depth < MaxDepth)
            {
                _i += 2;
                word.Substitutions.Add(new ShellSubstitution(Script(')', depth + 1), Process: true));
                continue;
            }

            if (!IsWordChar(c, closer) || c == closer && closer == ')')
            {
                break;
            }

            if (c == '}' && closer == '}' && text.Length == 0 && word.Substitutions.Count == 0)
            {
                break;
            }

            text.Append(c);
            _i++;
        }

        word.Text = text.ToString();
        return word;
    }

    /// <summary>Inside double quotes: escapes and substitutions still apply; the word ends at the closing quote.</summary>
    private void DoubleQuoted(ShellWord word, StringBuilder text, int depth)
    {
        while (!End)
        {
            var c = At();
            if (c == '"')
            {
                _i++;
                return;
            }

            if (c == '\\' && At(1) is '"' or '\\' or '$' or '`')
            {
                text.Append(At(1));
                _i += 2;
                continue;
            }

            if (c == '$' && At(1) == '(' && depth < MaxDepth)
            {
                _i += 2;
                word.Substitutions.Add(new ShellSubstitution(Script(')', depth + 1), Process: false));
                continue;
            }

            if (c == '`' && depth < MaxDepth)
            {
                _i++;
                word.Substitutions.Add(new ShellSubstitution(Script('`', depth + 1), Process: false));
                continue;
            }

            text.Append(c);
            _i++;
        }
    }
}
