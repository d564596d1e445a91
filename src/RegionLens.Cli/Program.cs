using RegionLens.Cli;

// MSBuild is located only by a scan that loads projects with it (--trust-build; WorkspaceLoader registers it before
// touching MSBuildWorkspace): the lookup of the installed SDKs costs tens of milliseconds that other runs need not pay.
return await CommandLine.InvokeAsync(args, Console.Out, Console.Error, ConsoleEnvironment.OfThisProcess(), TimeProvider.System);
