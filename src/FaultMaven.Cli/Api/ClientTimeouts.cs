using System.Globalization;

namespace FaultMaven.Cli.Api;

/// <summary>How long one request may take, whole (connect, send, answer and its body), by kind of operation. An upload or import is
/// processed within the server's <c>FM_UPLOAD_TIMEOUT</c> (3 min by default) after it has been sent, so its limit is that budget
/// plus time to send it; everything else answers in well under the ordinary 30 s.</summary>
internal sealed record ClientTimeouts(TimeSpan Ordinary, TimeSpan Upload)
{
    public static readonly TimeSpan DefaultOrdinary = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultServerUploadBudget = TimeSpan.FromMinutes(3);

    // Sending a 50 MB upload over a slow link, and queueing behind other uploads, on top of the server's processing budget.
    public static readonly TimeSpan TransferAllowance = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    /// <summary><c>FM_CLI_TIMEOUT</c> sets the ordinary limit and <c>FM_CLI_UPLOAD_TIMEOUT</c> the one for uploads and imports; without
    /// the latter it is <c>FM_UPLOAD_TIMEOUT</c> (the server's budget, when set in the same environment) plus two minutes.</summary>
    public static ClientTimeouts From(Func<string, string?> environment, TimeSpan? ordinary = null)
    {
        var plain = ordinary ?? Read(environment, "FM_CLI_TIMEOUT") ?? DefaultOrdinary;
        var upload = Read(environment, "FM_CLI_UPLOAD_TIMEOUT")
            ?? (Read(environment, "FM_UPLOAD_TIMEOUT") ?? DefaultServerUploadBudget) + TransferAllowance;
        return new ClientTimeouts(plain, upload > plain ? upload : plain);
    }

    private static TimeSpan? Read(Func<string, string?> environment, string name)
    {
        if (environment(name) is not { Length: > 0 } text)
        {
            return null;
        }

        text = text.Trim();
        var parsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
            : text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span
            : (TimeSpan?)null;
        if (parsed is not { } value || value < TimeSpan.FromSeconds(1) || value > Longest)
        {
            throw new CliException($"{name} '{TerminalText.Clean(text)}' must be a duration from 1 second to 24 hours: seconds (90) or hh:mm:ss (00:05:00).", ExitCodes.Usage);
        }

        return value;
    }
}
