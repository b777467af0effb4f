using System.CommandLine;
using System.Net.ServerSentEvents;
using System.Text.Json;
using FaultMaven.Server.Contracts;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm chat</c>: a conversation on one case. Each line is a turn; <c>/file PATH</c> attaches evidence to the next turn,
/// <c>/state</c> shows the investigation, <c>/quit</c> (or end of input) leaves. Against a server the answer streams as it comes; which
/// one answers is chosen as for <c>fm ask</c> (<see cref="AnswerTarget"/>).</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var caseId = new Option<string?>("--case") { Description = "Continue this case instead of opening a new one" };
        var server = new Option<string?>("--server") { Description = "Talk to the FaultMaven server at this URL (default: the one at FM_URL when it answers, else in-process)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Talk in-process over this data directory, even when a server is up (default: FM_DATA_DIR, else ./.faultmaven)" };
        var command = new Command("chat", "Talk through an incident, one turn per line (/file PATH attaches evidence, /state, /quit)") { caseId, server, dataDir };
        command.SetAction(async (p, cancellationToken) =>
        {
            try
            {
                var target = await AnswerTarget.ResolveAsync(context, p.GetValue(server), p.GetValue(dataDir), cancellationToken);
                await using var session = target.ServerUrl is { } url
                    ? (IChatSession)new RemoteSession(context, url, p.GetValue(caseId))
                    : await LocalSession.StartAsync(target.DataDir, p.GetValue(caseId), cancellationToken);
                await RunAsync(context, session, cancellationToken);
                return ExitCodes.Success;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
                return ex.ExitCode;
            }
        });
        return command;
    }

    private const string Commands = "/file PATH, /state, /quit (or /exit)";

    private static readonly System.Buffers.SearchValues<char> CommandLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    private static async Task RunAsync(CliContext context, IChatSession session, CancellationToken cancellationToken)
    {
        var input = context.Input;
        var files = new List<string>();
        await context.Error.WriteLineAsync("fm chat: one turn per line; /file PATH attaches evidence, /state shows the investigation, /quit leaves.");
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var typed = line;
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line is "/quit" or "/exit")
            {
                break;
            }

            if (line == "/file" || line.StartsWith("/file ", StringComparison.Ordinal))
            {
                var path = line[5..].Trim();
                if (path.Length == 0)
                {
                    await context.Error.WriteLineAsync("fm: /file needs a PATH: /file PATH attaches that file to the next turn");
                }
                else if (EvidenceFile.Problem(path) is { } problem)
                {
                    await context.Error.WriteLineAsync($"fm: error: {problem.Printable()}");
                }
                else
                {
                    files.Add(path);
                    await context.Error.WriteLineAsync($"fm: {Path.GetFileName(path).Printable()} will go with the next turn");
                }

                continue;
            }

            if (line == "/state")
            {
                await context.Output.WriteLineAsync(session.State is { } state ? JsonSerializer.Serialize(state, CommandActions.Indented) : "(no turn yet)");
                continue;
            }

            // A line that starts like a command (a slash and a word, not a path such as /var/log/x) is not sent as a question: a
            // mistyped /fiel would otherwise reach the model.
            if (typed[0] == '/' && line.Split(' ', 2)[0] is { Length: > 1 } word && word.AsSpan(1).ContainsAnyExcept(CommandLetters) is false)
            {
                await context.Error.WriteLineAsync($"fm: unknown command {line.Split(' ', 2)[0].Printable()}; the commands are {Commands}. (A question that starts with '/' can start with a space.)");
                continue;
            }

            try
            {
                await session.AskAsync(line, files, text => context.Output.WriteAsync(text.Printable()), cancellationToken);
                await context.Output.WriteLineAsync();
                await context.Error.WriteLineAsync($"fm: case {session.CaseId.Printable()}");
            }
            catch (CliException ex)
            {
                // A refused turn (a file too large, a closed case) ends the turn, not the conversation.
                await context.Error.WriteLineAsync($"fm: error: {ex.Message}");
            }

            files.Clear();
        }
    }

    private interface IChatSession : IAsyncDisposable
    {
        string? CaseId { get; }

        JsonElement? State { get; }

        Task AskAsync(string message, IReadOnlyList<string> files, Func<string, Task> write, CancellationToken cancellationToken);
    }

    /// <summary>In-process over the data directory, as <c>fm ask</c> runs.</summary>
    private sealed class LocalSession(EmbeddedAgent agent, string? caseId) : IChatSession
    {
        public string? CaseId { get; private set; } = caseId;

        public JsonElement? State { get; private set; }

        public static async Task<LocalSession> StartAsync(string? dataDir, string? caseId, CancellationToken cancellationToken) =>
            new(await EmbeddedAgent.StartAsync(dataDir, cancellationToken), caseId);

        public async Task AskAsync(string message, IReadOnlyList<string> files, Func<string, Task> write, CancellationToken cancellationToken)
        {
            var reply = await agent.AskAsync(CaseId, message, files, cancellationToken);
            CaseId = reply.CaseId;
            State = JsonSerializer.SerializeToElement(reply.Investigation, ApiJson.Options);
            await write(reply.Text);
        }

        public ValueTask DisposeAsync() => agent.DisposeAsync();
    }

    /// <summary>Against a server: each turn is posted with <c>Accept: text/event-stream</c> and printed as the tokens arrive.</summary>
    private sealed class RemoteSession(CliContext context, string url, string? caseId) : IChatSession
    {
        private readonly HttpClient _http = Client(context, url);

        public string? CaseId { get; private set; } = caseId;

        public JsonElement? State { get; private set; }

        public async Task AskAsync(string message, IReadOnlyList<string> files, Func<string, Task> write, CancellationToken cancellationToken)
        {
            using var form = AskCommand.TurnForm(message, files);
            using var request = new HttpRequestMessage(HttpMethod.Post, AskCommand.TurnRoute(CaseId)) { Content = form };
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await SendAsync(request, cancellationToken);
            Api.ResponseChecks.RefuseRedirect(response, _http.BaseAddress);
            if (!response.IsSuccessStatusCode)
            {
                // Read as every command reads an error: capped, and one line whether or not it is problem details.
                throw await Api.ResponseChecks.ToExceptionAsync(response, cancellationToken);
            }

            await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync(cancellationToken)).EnumerateAsync(cancellationToken))
            {
                switch (item.EventType)
                {
                    case "token":
                        await write(JsonSerializer.Deserialize<string>(item.Data) ?? "");
                        break;
                    case "state":
                        State = JsonDocument.Parse(item.Data).RootElement.Clone();
                        break;
                    case "reply":
                        CaseId = JsonDocument.Parse(item.Data).RootElement.GetProperty("caseId").GetString();
                        break;
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            _http.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new CliException($"cannot reach the FaultMaven server at {Api.SafeUrl.Show(_http.BaseAddress)} ({ex.Message}).", ExitCodes.ServerUnreachable);
            }
        }

        private static HttpClient Client(CliContext context, string url)
        {
            // Validates the URL the same way every command does.
            using var probe = context.CreateClient(url);
            // The turn's event stream is read as it arrives, so the cap is on the stream itself (an endless one, or one endless line).
            return context.CreateHttpClient(new Uri(url.TrimEnd('/') + "/"), TimeSpan.FromMinutes(5), maxResponseBytes: Api.FaultMavenClient.DefaultMaxResponseBytes);
        }
    }
}
