using FaultMaven.Core.Common;
using FaultMaven.Server;

RegexBudget.Apply();

// The composition lives in FaultMavenApplication so that `fm serve` and the tests run the very same server.
return await FaultMavenApplication.RunAsync(args);
