using System.Runtime.CompilerServices;
using System.Text.Json;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Reads a stored redaction report entry by entry: the stored JSON is first copied to a nameless temporary file (so the
/// database connection is released before the caller, perhaps a slow client, reads it), then parsed as it is enumerated. A report of
/// a million entries costs a few buffers, not a million objects.</summary>
internal static class RedactionSpool
{
    /// <param name="copy">Writes the stored report to the stream; false when the upload has none.</param>
    /// <param name="json">The store's JSON options.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<Redaction> ReadAsync(
        Func<Stream, CancellationToken, Task<bool>> copy, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Offsets and types only, no private values; deleted on close all the same.
        var path = Path.Combine(Path.GetTempPath(), "faultmaven-redactions-" + Guid.NewGuid().ToString("N"));
        await using var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (!await copy(spool, cancellationToken))
        {
            yield break;
        }

        spool.Position = 0;
        await foreach (var redaction in JsonSerializer.DeserializeAsyncEnumerable<Redaction>(spool, json, cancellationToken))
        {
            if (redaction is not null)
            {
                yield return redaction;
            }
        }
    }
}
