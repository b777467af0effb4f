using FaultMaven.Core.Knowledge.Search;
using FaultMaven.Core.Security;

namespace FaultMaven.Core.Knowledge;

// A case published as a postmortem is its team's: every read, list, search and delete is limited to what the caller may see
// (an admin sees all; documents of no owner and no team are every team's).
public sealed partial class KnowledgeService
{
    private static bool Visible(StoredDocument stored) => stored.Document.IsVisibleTo(CallerContext.Caller);

    // Admins search everything with the filter as given, so their results are those of before documents had owners.
    private static KnowledgeFilter? FilterForCaller(KnowledgeFilter? filter) =>
        CallerContext.Caller is { IsAdmin: false } caller ? (filter ?? new KnowledgeFilter()) with { Viewer = caller } : filter;

    private Func<string, bool>? AcceptForCaller(Func<string, bool>? acceptDocument)
    {
        if (CallerContext.Caller is not { IsAdmin: false } caller)
        {
            return acceptDocument;
        }

        return id => index.Get(id) is { } document && document.IsVisibleTo(caller) && (acceptDocument is null || acceptDocument(id));
    }
}
