namespace FaultMaven.Cli.Api;

/// <summary>A URL as it may appear in a message: <c>FM_URL</c> can carry a password (<c>http://admin:pw@host</c>) or a token in
/// its query, and error lines end up in terminals, CI logs and tickets, so both are left out of every one.</summary>
internal static class SafeUrl
{
    public static string Show(Uri? url)
    {
        if (url is null)
        {
            return "(no URL)";
        }

        if (!url.IsAbsoluteUri)
        {
            return Show(url.OriginalString);
        }

        return url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
    }

    /// <summary>Text that may not even parse as a URL: the userinfo (up to the last '@' before the first '/' after the scheme) and
    /// everything from the first '?' or '#' are cut by position alone, in one pass.</summary>
    public static string Show(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "(no URL)";
        }

        var end = url.IndexOfAny(['?', '#']);
        var text = end < 0 ? url : url[..end];
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var hostStart = scheme < 0 ? 0 : scheme + 3;
        var slash = text.IndexOf('/', hostStart);
        var authorityEnd = slash < 0 ? text.Length : slash;
        var at = authorityEnd > hostStart ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - hostStart) : -1;
        return at < 0 ? text : string.Concat(text.AsSpan(0, hostStart), text.AsSpan(at + 1));
    }
}
