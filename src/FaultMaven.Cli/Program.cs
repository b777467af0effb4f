using FaultMaven.Cli;
using FaultMaven.Core.Common;

RegexBudget.Apply();

return await FmCommandLine.RunAsync(args, CliContext.FromProcess());
