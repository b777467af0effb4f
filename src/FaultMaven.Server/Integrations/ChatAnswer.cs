using System.Globalization;
using System.Text;
using FaultMaven.Core.Agent;
using FaultMaven.Core.Cases;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Server.Integrations;

/// <summary>An answer written for a chat service in Slack's message format (<c>text</c> plus <c>blocks</c>, which Mattermost and
/// Rocket.Chat read as text): the root cause first, up to three next steps, and a link to the case. Redacted with the case's
/// pseudonyms first — answers show people their own values, and a chat service is another party.</summary>
internal sealed class ChatAnswer(CaseService cases, CaseTextRedactor redactor)
{
    private const int MaxNextSteps = 3;
    private const int MaxField = 2900; // Slack refuses a section's text past 3000 characters

    /// <summary>Writes the message for <paramref name="reply"/>; <paramref name="publicUrl"/> (may be empty) makes the link.</summary>
    public async Task<ChatMessage> WriteAsync(string caseId, AgentReply reply, string publicUrl, CancellationToken cancellationToken)
    {
        var title = (await cases.GetAsync(caseId, cancellationToken))?.Title ?? caseId;
        var rootCause = await redactor.RedactAsync(caseId, reply.RootCause, cancellationToken);
        var steps = new List<string>();
        foreach (var step in reply.NextActions.Take(MaxNextSteps))
        {
            steps.Add(await redactor.RedactAsync(caseId, step, cancellationToken));
        }

        var link = publicUrl.Length > 0 ? $"{publicUrl.TrimEnd('/')}/cases/{Uri.EscapeDataString(caseId)}" : null;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*{Escape(title)}*\nRoot cause: {Escape(rootCause)}");
        if (link is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n<{link}|Open case {caseId}>");
        }

        var blocks = new List<object> { Section($"*{Escape(title)}*\n*Root cause:* {Escape(rootCause)}") };
        if (steps.Count > 0)
        {
            blocks.Add(Section("*Next:*\n" + string.Join('\n', steps.Select(s => "• " + Escape(s)))));
        }

        blocks.Add(new
        {
            type = "context",
            elements = new object[] { new { type = "mrkdwn", text = Escape($"{reply.Engine} · case {caseId}") + (link is null ? "" : $" · <{link}|open>") } },
        });
        return new ChatMessage(Trim(text.ToString()), blocks);
    }

    /// <summary>Escapes what Slack's markup reads as links and mentions (&lt;, &gt;, &amp;), so text from a case cannot ping a channel.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static object Section(string markdown) => new { type = "section", text = new { type = "mrkdwn", text = Trim(markdown) } };

    private static string Trim(string text) => text.Length <= MaxField ? text : text[..(MaxField - 1)] + "…";
}

/// <summary>A message in Slack's format.</summary>
/// <param name="Text">The text, shown where blocks are not (notifications, other chat services).</param>
/// <param name="Blocks">Slack's layout blocks.</param>
internal sealed record ChatMessage(string Text, IReadOnlyList<object> Blocks);
