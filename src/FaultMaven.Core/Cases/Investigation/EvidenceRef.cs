namespace FaultMaven.Core.Cases.Investigation;

/// <summary>A citation: the evidence a claim rests on.</summary>
/// <param name="Kind">What kind of thing is cited.</param>
/// <param name="Id">The id of the upload, finding, chunk or turn.</param>
/// <param name="StartLine">The first cited line, for uploads.</param>
/// <param name="EndLine">The last cited line, for uploads.</param>
public sealed record EvidenceRef(EvidenceKind Kind, string Id, int? StartLine = null, int? EndLine = null);
