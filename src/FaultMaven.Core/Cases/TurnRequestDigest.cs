using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Cases;

/// <summary>What tells a retried turn from a different one sent under the same idempotency key: an HMAC-SHA256 of the request as the
/// client sent it (before redaction, so two bodies that differ only in a secret are two requests), keyed by a key derived from the
/// case and the client's idempotency key. Every instance derives the same key, so a retry through another instance is recognised,
/// and what is stored is no plain hash of the text: confirming a guess at a secret in it needs the idempotency key itself, of which
/// only a SHA-256 is kept (<see cref="IdempotencyKeyDigest"/>, a different derivation).</summary>
public sealed class TurnRequestDigest : IDisposable
{
    private const string Version = "hmac1:";

    private readonly IncrementalHash _hmac;

    private TurnRequestDigest(string caseId, string idempotencyKey) =>
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, SHA256.HashData(Encoding.UTF8.GetBytes($"faultmaven:turn-request\0{caseId}\0{idempotencyKey}")));

    /// <summary>Starts the digest of a turn sent to <paramref name="caseId"/> under <paramref name="idempotencyKey"/>.</summary>
    public static TurnRequestDigest Start(string caseId, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return new TurnRequestDigest(caseId, idempotencyKey);
    }

    /// <summary>Adds one field (null is told apart from empty); fields are length-prefixed, so their boundaries count.</summary>
    public TurnRequestDigest Add(string? value)
    {
        if (value is null)
        {
            AddLength(-1);
            return this;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        AddLength(bytes.Length);
        _hmac.AppendData(bytes);
        return this;
    }

    /// <summary>Adds the SHA-256 of <paramref name="content"/>'s bytes, read from its start, and puts the stream back where it began;
    /// a stream that cannot seek adds only a marker (its bytes are read once, by the upload).</summary>
    public async Task<TurnRequestDigest> AddContentAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            return Add("(stream)");
        }

        var start = content.Position;
        var hash = await SHA256.HashDataAsync(content, cancellationToken);
        content.Position = start;
        AddLength(hash.Length);
        _hmac.AppendData(hash);
        return this;
    }

    /// <summary>The digest as stored with the turn.</summary>
    public string Finish() => Version + Convert.ToHexStringLower(_hmac.GetHashAndReset());

    /// <summary>The digest of a turn recorded verbatim: its role, content and attachment ids as sent.</summary>
    public static string OfRecordedTurn(string caseId, string idempotencyKey, TurnRole role, string content, IReadOnlyList<string> attachments)
    {
        using var digest = Start(caseId, idempotencyKey).Add("recorded").Add(role.ToString()).Add(content);
        foreach (var attachment in attachments)
        {
            digest.Add(attachment);
        }

        return digest.Finish();
    }

    /// <inheritdoc/>
    public void Dispose() => _hmac.Dispose();

    private void AddLength(int length)
    {
        Span<byte> prefix = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(prefix, length);
        _hmac.AppendData(prefix);
    }
}
