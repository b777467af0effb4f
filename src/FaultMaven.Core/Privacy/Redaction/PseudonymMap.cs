using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>The pseudonyms of one case: the same value always gets the same token (<c>&lt;EMAIL_1&gt;</c>), so a model can still see
/// that "the same user failed twice", and tokens in an answer can be turned back into the real values for the user.
/// Held server-side only; thread-safe.</summary>
public sealed partial class PseudonymMap
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(PiiType Type, string Value), string> _tokens = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<PiiType, int> _counters = [];
    private readonly List<Pseudonym> _added = [];

    /// <summary>Initializes an empty map, or one holding pseudonyms already given out.</summary>
    public PseudonymMap(IEnumerable<Pseudonym>? existing = null)
    {
        foreach (var pseudonym in existing ?? [])
        {
            Remember(pseudonym);
        }
    }

    /// <summary>Gets the token for a value, giving out the next one for its type when the value is new.</summary>
    public string TokenFor(PiiType type, string value)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue((type, value), out var token))
            {
                return token;
            }

            var number = _counters.GetValueOrDefault(type) + 1;
            var pseudonym = new Pseudonym(type, $"<{type.Label()}_{number}>", value);
            Remember(pseudonym);
            _added.Add(pseudonym);
            return pseudonym.Token;
        }
    }

    /// <summary>Replaces every token of this map in <paramref name="text"/> by its real value; unknown tokens stay as they are.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('<'))
        {
            return text;
        }

        lock (_gate)
        {
            return TokenPattern().Replace(text, m => _values.TryGetValue(m.Value, out var value) ? value : m.Value);
        }
    }

    /// <summary>Returns the pseudonyms given out since the last call, for a store to persist.</summary>
    public IReadOnlyList<Pseudonym> TakeAdded()
    {
        lock (_gate)
        {
            var added = _added.ToArray();
            _added.Clear();
            return added;
        }
    }

    private void Remember(Pseudonym pseudonym)
    {
        _tokens[(pseudonym.Type, pseudonym.Value)] = pseudonym.Token;
        _values[pseudonym.Token] = pseudonym.Value;
        var number = int.Parse(pseudonym.Token.AsSpan(pseudonym.Token.LastIndexOf('_') + 1).TrimEnd('>'));
        _counters[pseudonym.Type] = Math.Max(_counters.GetValueOrDefault(pseudonym.Type), number);
    }

    [GeneratedRegex(@"<[A-Z][A-Z0-9_]{1,30}_\d{1,9}>", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
