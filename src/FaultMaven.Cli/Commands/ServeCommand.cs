using System.CommandLine;
using FaultMaven.Server;

namespace FaultMaven.Cli.Commands;

/// <summary><c>fm serve</c>: the same server as the README's main command, with flags over the environment.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int?>("--port") { Description = "TCP port to listen on (overrides FM_PORT; default 8000)" };
        var host = new Option<string?>("--host") { Description = "Address to listen on (overrides FM_HOST; default 127.0.0.1)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory of the embedded database (overrides FM_DATA_DIR; default ./.faultmaven)" };
        var command = new Command("serve", "Run the FaultMaven server on its embedded default") { port, host, dataDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(port) is { } p)
            {
                settings["FM_PORT"] = p.ToString();
            }

            if (parse.GetValue(host) is { } h)
            {
                settings["FM_HOST"] = h;
            }

            if (parse.GetValue(dataDir) is { } d)
            {
                settings["FM_DATA_DIR"] = d;
            }

            return await FaultMavenApplication.RunAsync([], settings, cancellationToken);
        });
        return command;
    }
}
