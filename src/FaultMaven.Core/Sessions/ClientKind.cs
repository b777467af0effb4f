namespace FaultMaven.Core.Sessions;

/// <summary>The kind of client that opened a session.</summary>
public enum ClientKind
{
    /// <summary>A plain HTTP client or script.</summary>
    Api,

    /// <summary>The <c>fm</c> command-line tool.</summary>
    Cli,

    /// <summary>The browser extension's side panel.</summary>
    BrowserExtension,
}
