using FaultMaven.Cli;

return await FmCommandLine.RunAsync(args, CliContext.FromProcess());
