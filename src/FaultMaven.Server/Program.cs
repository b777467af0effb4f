using FaultMaven.Server;

// The composition lives in FaultMavenApplication so that `fm serve` and the tests run the very same server.
return await FaultMavenApplication.RunAsync(args);
