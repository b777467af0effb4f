using System.Security.Cryptography;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Common;
using FaultMaven.Core.Data.Analysis;
using FaultMaven.Core.Logs.Reading;
using FaultMaven.Core.Privacy.Redaction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Data;

/// <summary>An upload as stored, and whether it was already there (same bytes in the same case).</summary>
public sealed record UploadResult(DataUpload Upload, bool Cached);

/// <summary>The stored text of an upload and the report of what was redacted in it, read entry by entry.</summary>
public sealed record UploadContent(DataUpload Upload, StoredText Text, IAsyncEnumerable<Redaction> Redactions);

/// <summary>A window of an upload's stored text: the lines from <paramref name="From"/> (1-based), each at most 2,000 characters.</summary>
public sealed record UploadLines(DataUpload Upload, long From, IReadOnlyList<string> Lines)
{
    /// <summary>The most lines one read returns.</summary>
    public const int MaxCount = 5_000;
}

/// <summary>Takes evidence into a case: the bytes are streamed to a temporary file (hashed and counted on the way, refused past the
/// limit), then classified, redacted with the case's pseudonyms and analysed; only the redacted text is kept. The same bytes twice in
/// one case are processed once. Pseudonyms are per case, so a result from another case cannot be reused.</summary>
public sealed partial class DataService(
    IDataStore store,
    IUploadContents contents,
    ICaseStore cases,
    IPseudonymScopes pseudonyms,
    CaseTextRedactor names,
    DataPipeline pipeline,
    IOptions<DataOptions> options,
    DataDirectory directory,
    ContentEncryption encryption,
    IIdempotencyGate gate,
    UploadLanes lanes,
    TimeProvider timeProvider,
    ILogger<DataService> logger)
{
    // Bytes as sent, duplicates included: what uploads cost the server to receive. Buckets from 1 KiB to the 50 MB default limit and past it.
    private static readonly System.Diagnostics.Metrics.Histogram<long> UploadSize = Diagnostics.FaultMavenTelemetry.Meter.CreateHistogram<long>(
        "faultmaven.data.upload.size", "By", "Bytes of each upload received (as sent: compressed for gzip).", tags: null,
        new System.Diagnostics.Metrics.InstrumentAdvice<long> { HistogramBucketBoundaries = [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20, 50 << 20, 200 << 20, 1 << 30] });

    // Inputs up to this size (not compressed) take a lane of their own: a one-line paste is never queued behind a large upload.
    private const long SmallUploadBytes = 1 << 20;

    // The share an upload without a case (an analysis alone) counts against.
    private static readonly UploadShare NoCaseShare = new("", "There are already", "analyses without a case may have");

    /// <summary>Receives <paramref name="content"/> into case <paramref name="caseId"/>.</summary>
    public async Task<Outcome<UploadResult>> UploadAsync(string caseId, Stream content, DataSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        if (await cases.GetAsync(caseId, cancellationToken) is not { } owner)
        {
            return Failure.NotFound("case", caseId);
        }

        // Large work is shared out by team; a case of no team is its owner's (no sign-in: the one local caller's), or its own.
        var team = owner.Team is { } teamName ? new UploadShare(teamName, "Your team already has", "one team may have")
            : owner.Owner == Security.Caller.Local.Id ? new UploadShare(owner.Owner, "The clients of this server (no sign-in: one share between them) already have", "they may have")
            : owner.Owner is { } user ? new UploadShare(user, "You already have", "one user may have")
            : new UploadShare(caseId, "This case already has", "one case may have");
        source = UploadNames.Clean(source);
        // The id is known before the text is written: a sealed file's key is bound to it.
        var id = Ids.New("dat", timeProvider);
        var redactedPath = directory.NewTemporaryFile();
        var redacted = encryption.Text(redactedPath, id);
        try
        {
            await using var received = directory.CreateAnonymousFile();
            var (size, sha256) = await ReceiveAsync(content, received, cancellationToken);
            if (size < 0)
            {
                return new Failure(FailureKind.TooLarge, $"The upload exceeds the limit of {options.Value.MaxUploadBytes:N0} bytes (FM_MAX_UPLOAD_BYTES).");
            }

            if (size == 0)
            {
                return new Failure(FailureKind.Invalid, "The upload is empty.");
            }

            UploadSize.Record(size);

            // The same bytes sent to one case twice at once: the second waits for the first (on any instance) and then finds its
            // upload, so the check and the store are one step and the bytes are kept, and processed, once.
            await using var same = await gate.EnterAsync($"upload:{caseId}:{sha256}", cancellationToken);
            if (await store.FindByContentAsync(caseId, sha256, cancellationToken) is { } existing)
            {
                return new UploadResult(existing, Cached: true);
            }

            // The lane comes before the case's pseudonyms: an upload waiting for its turn does not hold them, so a paste to the same
            // case waits for the one upload being processed, not for every one queued.
            using var place = await AdmitAsync(received, size, team, cancellationToken);
            if (place.Refused is { } refused)
            {
                return refused;
            }

            // The case's pseudonyms are held from loading to saving: another upload or field of this case waits (see PseudonymLock).
            await using var held = await gate.HoldPseudonymsAsync(caseId, cancellationToken);
            var map = await pseudonyms.GetAsync(caseId, cancellationToken);
            // The names are redacted like the text, before anything reads them: a file named after a person or a URL with a
            // token in it is data too, and classification signals quote them.
            source = new DataSource(names.Redact(source.FileName, map), names.Redact(source.SourceUrl, map), names.Redact(source.PageTitle, map));
            var processed = await ProcessAsync(place, received, redacted, source, map, team, cancellationToken);
            if (!processed.Succeeded)
            {
                return processed.Failure;
            }

            await pseudonyms.SaveAsync(caseId, map, cancellationToken);
            var result = processed.Value;
            var upload = new DataUpload
            {
                Id = id,
                CaseId = caseId,
                FileName = source.FileName,
                SourceUrl = source.SourceUrl,
                PageTitle = source.PageTitle,
                SizeBytes = size,
                Sha256 = sha256,
                Classification = result.Classification,
                Summary = result.Analysis.Summary,
                FindingCount = result.Analysis.Findings.Count,
                Redactions = result.RedactionCounts,
                Characters = result.Characters,
                Lines = result.Lines,
                Encoding = result.Encoding,
                Compressed = result.Compressed,
                Warnings = result.Warnings,
                CreatedAt = timeProvider.GetUtcNow(),
            };
            await contents.SaveAsync(caseId, upload.Id, redactedPath, cancellationToken);
            try
            {
                await store.AddAsync(upload, result.Analysis, result.Redactions, cancellationToken);
            }
            catch
            {
                // The row never landed, so the text must not outlive it (CancellationToken.None: the request may be what failed).
                await contents.DeleteAsync(caseId, upload.Id, CancellationToken.None);
                throw;
            }

            LogUploaded(upload.Id, caseId, upload.Classification.Type.Name(), size);
            return new UploadResult(upload, Cached: false);
        }
        finally
        {
            // An interrupted or refused upload leaves nothing behind (the received bytes never had a name on disk).
            File.Delete(redactedPath);
        }
    }

    /// <summary>Classifies, redacts and analyses <paramref name="content"/> as an upload would be, under the same size cap, lanes and
    /// time budget, but keeps nothing: for callers that want the reading without a case (the MCP <c>analyze_evidence</c> tool).</summary>
    public async Task<Outcome<ProcessedData>> AnalyzeAsync(Stream content, DataSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        source = UploadNames.Clean(source);
        var redactedPath = directory.NewTemporaryFile();
        try
        {
            await using var received = directory.CreateAnonymousFile();
            var (size, _) = await ReceiveAsync(content, received, cancellationToken);
            if (size < 0)
            {
                return new Failure(FailureKind.TooLarge, $"The text exceeds the limit of {options.Value.MaxUploadBytes:N0} bytes (FM_MAX_UPLOAD_BYTES).");
            }

            if (size == 0)
            {
                return new Failure(FailureKind.Invalid, "The text is empty.");
            }

            // A fresh pseudonym map: names in the reading are numbered within this text only.
            var map = new PseudonymMap();
            source = new DataSource(names.Redact(source.FileName, map), names.Redact(source.SourceUrl, map), names.Redact(source.PageTitle, map));
            using var place = await AdmitAsync(received, size, NoCaseShare, cancellationToken);
            if (place.Refused is { } refused)
            {
                return refused;
            }

            return await ProcessAsync(place, received, ContentEncryption.None.Text(redactedPath, uploadId: ""), source, map, NoCaseShare, cancellationToken);
        }
        finally
        {
            File.Delete(redactedPath);
        }
    }

    /// <summary>Waits for the lane the received bytes call for: by the text they expand to (a gzip's own record of it, checked
    /// while it is read), so that a small gzip of a gigabyte is not taken for small work.</summary>
    private async Task<Admission> AdmitAsync(FileStream received, long size, UploadShare team, CancellationToken cancellationToken)
    {
        received.Position = 0;
        var head = new byte[5];
        var read = await received.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var compressed = read >= 2 && head is [0x1F, 0x8B, ..];
        var pdf = read == 5 && head.AsSpan().SequenceEqual("%PDF-"u8);
        var lane = size <= SmallUploadBytes && !compressed && !pdf ? UploadLane.Small
            : compressed && !pdf && await ExpandedSizeAsync(received, cancellationToken) > options.Value.HugeUploadBytes ? UploadLane.Huge
            : UploadLane.Large;
        received.Position = 0;
        var admission = new Admission(lane, compressed && !pdf, pdf);
        return await admission.EnterAsync(lanes, team, cancellationToken);
    }

    // A gzip's last four bytes say how long its (last member's) text is, modulo 4 GiB: a guess that may lie, which is why the large
    // lane also stops a gzip at its share of text (see ProcessAsync).
    private static async Task<long> ExpandedSizeAsync(FileStream received, CancellationToken cancellationToken)
    {
        if (received.Length < 18)
        {
            return 0;
        }

        var trailer = new byte[4];
        received.Position = received.Length - 4;
        await received.ReadExactlyAsync(trailer, cancellationToken);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
    }

    /// <summary>Runs the pipeline over the received bytes in the lane they were admitted to, within the time budget. A gzip in the
    /// large lane that expands past the lane's share is run again from the start in the huge lane (same text, same pseudonyms in
    /// the same order), so a gzip that understates its size holds the large lane for no more than the share.</summary>
    private async Task<Outcome<ProcessedData>> ProcessAsync(
        Admission place, FileStream received, StoredText redacted, DataSource source, PseudonymMap map, UploadShare team, CancellationToken cancellationToken)
    {
        var current = place;
        try
        {
            var limit = options.Value.Expansion;
            if (place.Lane == UploadLane.Large && place.Compressed && limit.MaxBytes > options.Value.HugeUploadBytes)
            {
                try
                {
                    return await RunAsync(place.Pdf, received, redacted, source, map, limit with { MaxBytes = options.Value.HugeUploadBytes }, cancellationToken);
                }
                catch (ExpansionLimitException ex) when (ex.PastMaxBytes)
                {
                    place.Dispose();
                    current = await new Admission(UploadLane.Huge, Compressed: true, Pdf: false).EnterAsync(lanes, team, cancellationToken);
                    if (current.Refused is { } refused)
                    {
                        return refused;
                    }
                }
            }

            return await RunAsync(current.Pdf, received, redacted, source, map, limit, cancellationToken);
        }
        catch (ExpansionLimitException ex)
        {
            // Past the ratio in either lane, or past the whole limit in the huge one.
            return new Failure(FailureKind.TooLarge, $"{ex.Message} Nothing was kept (FM_MAX_EXPANDED_BYTES, FM_MAX_EXPANSION_RATIO).");
        }
        finally
        {
            place.Dispose();
            current.Dispose();
        }
    }

    // One run of the pipeline from the first byte, within the time budget; an expansion past the limit is the caller's to handle.
    private async Task<Outcome<ProcessedData>> RunAsync(
        bool pdf, FileStream received, StoredText redacted, DataSource source, PseudonymMap map, Common.ExpansionLimit limit, CancellationToken cancellationToken)
    {
        received.Position = 0;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.ProcessingTimeout);
        try
        {
            var run = new DataPipelineOptions { Expansion = limit };
            if (pdf)
            {
                await using var text = await PdfTextAsync(received, directory, budget.Token);
                return await pipeline.ProcessAsync(text, redacted, source, map, run, budget.Token);
            }

            return await pipeline.ProcessAsync(received, redacted, source, map, run, budget.Token);
        }
        catch (LogInputException ex)
        {
            return new Failure(FailureKind.Unsupported, ex.Message);
        }
        catch (Knowledge.Import.DocumentReadException ex)
        {
            return new Failure(FailureKind.Unsupported, ex.Message + " Nothing was kept.");
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new Failure(FailureKind.TooCostly,
                $"Processing the upload took longer than {options.Value.ProcessingTimeout:g} (FM_UPLOAD_TIMEOUT); nothing was kept. Upload a smaller excerpt.");
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return new Failure(FailureKind.TooCostly, "A pattern match on the upload ran past its time budget; nothing was kept. Upload a smaller excerpt.");
        }
    }

    // Whose share of the large lanes an upload takes, and how a refusal names it (teams, users, or cases when no one signs in).
    private sealed record UploadShare(string Key, string Holder, string Most);

    // A place in a lane (or the refusal to give one), and what the bytes are.
    private sealed record Admission(UploadLane Lane, bool Compressed, bool Pdf) : IDisposable
    {
        private IDisposable? _place;

        public Failure? Refused { get; private init; }

        public async Task<Admission> EnterAsync(UploadLanes lanes, UploadShare team, CancellationToken cancellationToken)
        {
            var place = await lanes.EnterAsync(Lane, team.Key, cancellationToken);
            return place is null
                ? this with { Refused = Failure.RateLimited(
                    $"{team.Holder} {UploadLanes.PerTeam} large uploads processing or waiting, the most {team.Most}; retry after {UploadLanes.RetryAfterSeconds} s.",
                    TimeSpan.FromSeconds(UploadLanes.RetryAfterSeconds)) }
                : this with { _place = place };
        }

        public void Dispose() => Interlocked.Exchange(ref _place, null)?.Dispose();
    }

    /// <summary>Gets an upload of a case.</summary>
    public async Task<Outcome<DataUpload>> GetAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(caseId, id, cancellationToken) is { } upload ? upload : await MissingAsync(caseId, id, cancellationToken);

    /// <summary>Gets an upload's analysis.</summary>
    public async Task<Outcome<DataAnalysis>> GetAnalysisAsync(string caseId, string id, CancellationToken cancellationToken = default) =>
        await store.GetAnalysisAsync(caseId, id, cancellationToken) is { } analysis ? analysis : await MissingAsync(caseId, id, cancellationToken);

    /// <summary>Gets an upload's stored (redacted) text, without its redaction report: what a turn of the agent needs.</summary>
    public async Task<Outcome<StoredText>> GetTextAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        // The upload must belong to the case: the embedded contents are keyed by upload id alone.
        if (await store.GetAsync(caseId, id, cancellationToken) is null)
        {
            return await MissingAsync(caseId, id, cancellationToken);
        }

        return await contents.GetPathAsync(caseId, id, cancellationToken) is { } path
            ? encryption.Text(path, id)
            : new Failure(FailureKind.NotFound, $"The text of upload '{id}' is no longer kept.");
    }

    /// <summary>Gets an upload's stored text and redaction report.</summary>
    public async Task<Outcome<UploadContent>> GetContentAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(caseId, id, cancellationToken) is not { } upload)
        {
            return await MissingAsync(caseId, id, cancellationToken);
        }

        var redactions = store.ReadRedactionsAsync(caseId, id, cancellationToken);
        var path = await contents.GetPathAsync(caseId, id, cancellationToken);
        return path is null
            ? new Failure(FailureKind.NotFound, $"The text of upload '{id}' is no longer kept.")
            : new UploadContent(upload, encryption.Text(path, id), redactions);
    }

    /// <summary>Gets <paramref name="count"/> lines of an upload's stored text from line <paramref name="from"/> (1-based), each cut at
    /// 2,000 characters and made safe to show: a viewer opens a 500,000-line log at the lines it needs, not the whole text.</summary>
    public async Task<Outcome<UploadLines>> ReadLinesAsync(string caseId, string id, long from, int count, CancellationToken cancellationToken = default)
    {
        if (from < 1 || count is < 1 or > UploadLines.MaxCount)
        {
            return new Failure(FailureKind.Invalid, $"'from' must be at least 1 and 'count' 1 to {UploadLines.MaxCount}.");
        }

        var content = await GetContentAsync(caseId, id, cancellationToken);
        if (!content.Succeeded)
        {
            return content.Failure;
        }

        // Past the end there is nothing to read (the count is known): a window far out costs nothing.
        if (from > content.Value.Upload.Lines)
        {
            return new UploadLines(content.Value.Upload, from, []);
        }

        var lines = new List<string>(Math.Min(count, 1024));
        await foreach (var (number, text) in Agent.Model.BoundedLineReader.ReadAsync(content.Value.Text, cancellationToken))
        {
            if (number >= from)
            {
                lines.Add(text);
                if (lines.Count == count)
                {
                    break;
                }
            }
        }

        return new UploadLines(content.Value.Upload, from, lines);
    }

    /// <summary>Lists a case's uploads, newest first.</summary>
    public async Task<Outcome<Page<DataUpload>>> ListAsync(string caseId, PageRequest page, CancellationToken cancellationToken = default) =>
        await cases.GetAsync(caseId, cancellationToken) is null ? Failure.NotFound("case", caseId) : await store.ListAsync(caseId, page, cancellationToken);

    /// <summary>Deletes an upload and its stored text.</summary>
    public async Task<Outcome<bool>> DeleteAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteAsync(caseId, id, cancellationToken))
        {
            return await MissingAsync(caseId, id, cancellationToken);
        }

        await contents.DeleteAsync(caseId, id, cancellationToken);
        return true;
    }

    /// <summary>Deletes case <paramref name="caseId"/> by <paramref name="deleteCase"/>, then the stored text of every upload it had;
    /// false when there was no case.</summary>
    public async Task<bool> DeleteCaseAsync(string caseId, Func<CancellationToken, Task<bool>> deleteCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deleteCase);
        // Listed first: the store removes the rows with the case. An upload finishing in between leaves a file no live row names,
        // which the clean-up removes once it is older than a running upload can be.
        var ids = await store.ListIdsOfCaseAsync(caseId, cancellationToken);
        if (!await deleteCase(cancellationToken))
        {
            return false;
        }

        // The case is gone whatever happens to the request now: its text goes too (CancellationToken.None).
        foreach (var id in ids)
        {
            await contents.DeleteAsync(caseId, id, CancellationToken.None);
        }

        return true;
    }

    /// <summary>Removes content files whose upload is gone (deleted with its case) and temporary files left by a crash.</summary>
    /// <returns>How many files were removed.</returns>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var removed = 0;
        var stale = timeProvider.GetUtcNow() - options.Value.TemporaryFileLifetime;
        foreach (var file in Directory.EnumerateFiles(directory.TemporaryDirectory))
        {
            // "*.part" files are raw uploads received by versions before raw bytes were kept nameless: removed whatever their age.
            if (file.EndsWith(".part", StringComparison.Ordinal) || File.GetLastWriteTimeUtc(file) < stale.UtcDateTime)
            {
                File.Delete(file);
                removed++;
            }
        }

        var known = await store.ListIdsAsync(cancellationToken);
        foreach (var file in Directory.EnumerateFiles(directory.ContentDirectory, "*" + DataDirectory.ContentExtension))
        {
            // A file newer than the lifetime may belong to an upload whose row is being written right now.
            if (!known.Contains(Path.GetFileNameWithoutExtension(file)) && File.GetLastWriteTimeUtc(file) < stale.UtcDateTime)
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Streams the body into <paramref name="file"/>, hashing it; a size of -1 means the limit was passed.</summary>
    private async Task<(long Size, string Sha256)> ReceiveAsync(Stream content, FileStream file, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > options.Value.MaxUploadBytes)
            {
                return (-1, "");
            }

            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await file.FlushAsync(cancellationToken);
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private async Task<Failure> MissingAsync(string caseId, string id, CancellationToken cancellationToken) =>
        await cases.GetAsync(caseId, cancellationToken) is null ? Failure.NotFound("case", caseId) : Failure.NotFound("upload", id);

    [LoggerMessage(3100, LogLevel.Information, "Upload {UploadId} of case {CaseId} stored as {DataType} ({Bytes} bytes)")]
    private partial void LogUploaded(string uploadId, string caseId, string dataType, long bytes);
}
