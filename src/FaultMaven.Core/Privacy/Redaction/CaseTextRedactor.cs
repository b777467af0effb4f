namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Redacts the short texts people type into a case — titles, messages, file names, page addresses and titles — with the
/// case's pseudonyms before they are stored, as uploads are: personal data becomes the case's tokens (the same value, the same token
/// across fields and uploads) and secrets are removed. Stored fields then never hold what an upload of the same text would not.</summary>
public sealed class CaseTextRedactor(Redactor redactor, IPseudonymScopes scopes, Common.IIdempotencyGate gate)
{
    /// <summary>Redacts one text of case <paramref name="caseId"/>, keeping any new pseudonyms for the case.</summary>
    public async ValueTask<string> RedactAsync(string caseId, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entities = redactor.Detector.Detect(text);
        if (entities.Count == 0)
        {
            return text;
        }

        await using var held = await gate.HoldPseudonymsAsync(caseId, cancellationToken);
        var map = await scopes.GetAsync(caseId, cancellationToken);
        var redacted = redactor.Apply(text, entities, map).Text;
        await scopes.SaveAsync(caseId, map, cancellationToken);
        return redacted;
    }

    /// <summary>Redacts every text of <paramref name="value"/> (an answer, an investigation state) with one hold of case
    /// <paramref name="caseId"/>'s pseudonyms: <paramref name="apply"/> rebuilds the value with the function it is given applied to each
    /// text. Used for what the agent produced — a model's answer with pseudonyms restored, steps copied from a runbook — before it is
    /// stored, so it rests in the case's pseudonymised form as the turns and uploads do.</summary>
    public async ValueTask<T> RedactAllAsync<T>(string caseId, T value, Func<T, Func<string, string>, T> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        await using var held = await gate.HoldPseudonymsAsync(caseId, cancellationToken);
        var map = await scopes.GetAsync(caseId, cancellationToken);
        var redacted = apply(value, text => text.Length == 0 ? text : redactor.Redact(text, map).Text);
        await scopes.SaveAsync(caseId, map, cancellationToken);
        return redacted;
    }

    /// <summary>Redacts a text with a map the caller already holds (and saves); null stays null.</summary>
    public string? Redact(string? text, PseudonymMap map) => text is null ? null : redactor.Redact(text, map).Text;
}
