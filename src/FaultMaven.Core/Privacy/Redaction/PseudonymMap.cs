using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>The pseudonyms of one case: the same value always gets the same token (<c>&lt;EMAIL_1&gt;</c>), so a model can still see
/// that "the same user failed twice", and tokens in an answer can be turned back into the real values for the user.
/// Held server-side only; thread-safe. A map holds at most <see cref="DefaultCapacity"/> values: past that, a new value is replaced by
/// its type alone (<c>&lt;EMAIL&gt;</c>), as the redact operator does, so that an upload of millions of distinct names cannot grow
/// memory (and the stored map) without bound.</summary>
public sealed partial class PseudonymMap
{
    /// <summary>The number of distinct values a map numbers before it replaces new ones by their type alone: about 80 MB of map.</summary>
    public const int DefaultCapacity = 250_000;

    private readonly Lock _gate = new();
    private readonly int _capacity;
    private readonly Dictionary<(PiiType Type, string Value), string> _tokens = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<PiiType, int> _counters = [];
    private readonly List<Pseudonym> _added = [];

    /// <summary>Initializes an empty map, or one holding pseudonyms already given out.</summary>
    public PseudonymMap(IEnumerable<Pseudonym>? existing = null)
        : this(existing, DefaultCapacity)
    {
    }

    /// <summary>Initializes a map that numbers at most <paramref name="capacity"/> distinct values.</summary>
    public PseudonymMap(IEnumerable<Pseudonym>? existing, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
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
            if (_tokens.TryGetValue((type, Normalized(type, value)), out var token))
            {
                return token;
            }

            if (_values.Count >= _capacity)
            {
                return $"<{type.Label()}>";
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
        _tokens.TryAdd((pseudonym.Type, Normalized(pseudonym.Type, pseudonym.Value)), pseudonym.Token);
        _values[pseudonym.Token] = pseudonym.Value;
        var number = int.Parse(pseudonym.Token.AsSpan(pseudonym.Token.LastIndexOf('_') + 1).TrimEnd('>'));
        _counters[pseudonym.Type] = Math.Max(_counters.GetValueOrDefault(pseudonym.Type), number);
    }

    /// <summary>The form of a value its pseudonym is keyed by, so that one number written two ways (<c>078-05-1120</c> and
    /// <c>078051120</c>, <c>(212) 555-0100</c> and <c>212.555.0100</c>) is one value to the model, as it is to the person.</summary>
    internal static string Normalized(PiiType type, string value)
    {
        switch (type)
        {
            case PiiType.UsSsn or PiiType.CreditCard or PiiType.Phone:
                var written = value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;
                var digits = string.Concat(written.Where(char.IsAsciiDigit));
                // The phone's international '+' is kept: 44 20… and +44 20… may be read alike, but 0044 is not +44 by digits alone.
                return type == PiiType.Phone && written.TrimStart().StartsWith('+') ? "+" + digits : digits.Length > 0 ? digits : value;
            case PiiType.Iban:
                return string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            case PiiType.Email:
                return (value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value).ToLowerInvariant();
            case PiiType.Mac:
                return string.Concat(value.Where(char.IsAsciiHexDigit)).ToLowerInvariant();
            case PiiType.IPv6:
                return System.Net.IPAddress.TryParse(value, out var address) ? address.ToString() : value;
            default:
                return value;
        }
    }

    [GeneratedRegex(@"<[A-Z][A-Z0-9_]{1,30}_\d{1,9}>", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
