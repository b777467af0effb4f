using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Diagnostics;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Applies a <see cref="RedactionPolicy"/> to the values a <see cref="PiiDetector"/> finds. Thread-safe.</summary>
/// <param name="detector">Finds the values.</param>
/// <param name="policy">Decides what happens to each.</param>
/// <param name="hashKey">The key of the <see cref="RedactionOperator.Hash"/> operator; a keyed hash so that short values (phone numbers) cannot be guessed back. Random per instance when left out.</param>
public sealed class Redactor(PiiDetector detector, RedactionPolicy policy, byte[]? hashKey = null)
{
    private static readonly Counter<long> RedactedValues = FaultMavenTelemetry.Meter.CreateCounter<long>("faultmaven.privacy.redactions", description: "Values replaced by the redactor");
    private readonly byte[] _hashKey = hashKey ?? RandomNumberGenerator.GetBytes(32);

    /// <summary>Gets a redactor with the default detector and policy.</summary>
    public static Redactor Default { get; } = new(new PiiDetector(), RedactionPolicy.Default);

    /// <summary>Gets the detector used.</summary>
    public PiiDetector Detector => detector;

    /// <summary>Redacts <paramref name="text"/>. Pseudonyms come from <paramref name="pseudonyms"/> (a case's map) or, when none is given, from a map for this text alone.</summary>
    public RedactedText Redact(string text, PseudonymMap? pseudonyms = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Apply(text, detector.Detect(text), pseudonyms);
    }

    /// <summary>Replaces the given entities of <paramref name="text"/> (found earlier by <see cref="PiiDetector.Detect"/>) according to the policy.</summary>
    public RedactedText Apply(string text, IReadOnlyList<PiiEntity> entities, PseudonymMap? pseudonyms = null)
    {
        var replacements = Replacements(text, entities, pseudonyms);
        if (replacements.Count == 0)
        {
            return new RedactedText(text, []);
        }

        var output = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (redaction, replacement) in replacements)
        {
            output.Append(text, position, redaction.Start - position).Append(replacement);
            position = redaction.End;
        }

        output.Append(text, position, text.Length - position);
        return new RedactedText(output.ToString(), [.. replacements.Select(r => r.Redaction)]);
    }

    /// <summary>Decides what replaces each of the given entities of <paramref name="text"/>, in order, without writing the redacted
    /// text: a stream writes the text between them straight to its output instead of copying a whole block into a new string.</summary>
    public IReadOnlyList<(Redaction Redaction, string Replacement)> Replacements(string text, IReadOnlyList<PiiEntity> entities, PseudonymMap? pseudonyms = null) =>
        Resolve(Prepare(text, entities), pseudonyms);

    /// <summary>Does the part of <see cref="Replacements"/> that needs no pseudonym map — the policy's decision, hashes, masks and
    /// the written-out value a pseudonym is given for — so that a stream does it for many blocks at once and keeps only
    /// <see cref="Resolve"/>, which numbers pseudonyms, in reading order. Null when there are no entities.</summary>
    internal List<PreparedReplacement>? Prepare(string text, IReadOnlyList<PiiEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return null;
        }

        var prepared = new List<PreparedReplacement>(entities.Count);
        foreach (var entity in entities)
        {
            var value = text.AsSpan(entity.Start, entity.Length);
            var op = policy.OperatorFor(entity.Type, value);
            if (op != RedactionOperator.Keep)
            {
                prepared.Add(new PreparedReplacement(entity, op, op == RedactionOperator.Pseudonymize ? EscapedText.Decode(value.ToString()) : Replace(entity.Type, value, op)));
            }
        }

        return prepared;
    }

    /// <summary>Gives each prepared replacement its pseudonym (in order: numbers are given out in reading order) and its place in the output.</summary>
    internal static IReadOnlyList<(Redaction Redaction, string Replacement)> Resolve(List<PreparedReplacement>? prepared, PseudonymMap? pseudonyms)
    {
        if (prepared is null)
        {
            return [];
        }

        using var activity = FaultMavenTelemetry.ActivitySource.StartActivity("privacy.redact");
        var replacements = new List<(Redaction, string)>(prepared.Count);
        var shift = 0;
        foreach (var (entity, op, text) in prepared)
        {
            string replacement;
            if (op == RedactionOperator.Pseudonymize)
            {
                pseudonyms ??= new PseudonymMap();
                replacement = pseudonyms.TokenFor(entity.Type, text);
            }
            else
            {
                replacement = text;
            }

            var outputStart = entity.Start + shift;
            replacements.Add((new Redaction(entity.Type, entity.Start, entity.End, outputStart, outputStart + replacement.Length, op, entity.Score), replacement));
            shift += replacement.Length - entity.Length;
        }

        RedactedValues.Add(replacements.Count);
        activity?.SetTag("faultmaven.privacy.redactions", replacements.Count);
        return replacements;
    }

    /// <summary>An entity with its operator and either its replacement or, for a pseudonym, the written-out value it stands for.</summary>
    internal readonly record struct PreparedReplacement(PiiEntity Entity, RedactionOperator Operator, string Text);

    /// <summary>The replacement by every operator except <see cref="RedactionOperator.Pseudonymize"/>, which needs the case's map.</summary>
    private string Replace(PiiType type, ReadOnlySpan<char> value, RedactionOperator op)
    {
        switch (op)
        {
            case RedactionOperator.Hash:
                Span<byte> digest = stackalloc byte[32];
                HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(EscapedText.Decode(value.ToString())), digest);
                return $"<{type.Label()}:{Convert.ToHexStringLower(digest[..4])}>";
            case RedactionOperator.Mask:
                var keep = value.Length >= 8 ? 4 : 0;
                return string.Concat(new string('*', value.Length - keep), value[(value.Length - keep)..]);
            default:
                return $"<{type.Label()}>";
        }
    }
}
