using FaultMaven.Cli;
using FaultMaven.Core.Common;

// The regex time budget guards a shared server against one request pinning a core; it costs a clock read on every match.
// Local commands read the user's own files, interruptible with Ctrl-C, and run without it; `fm serve` hosts the server
// and keeps it, and so does `fm mcp`, whose input is whatever an MCP client's model sends.
if (args.Contains("serve", StringComparer.Ordinal) || args.Contains("mcp", StringComparer.Ordinal))
{
    RegexBudget.Apply();
}

return await FmCommandLine.RunAsync(args, CliContext.FromProcess());
