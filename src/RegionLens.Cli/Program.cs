using RegionLens.Cli;
using RegionLens.Scanner.Loading;

// MSBuild must be located before any code that touches MSBuildWorkspace is compiled.
MSBuildRegistration.EnsureRegistered();
return await CommandLine.InvokeAsync(args, Console.Out, Console.Error, ConsoleEnvironment.OfThisProcess(), TimeProvider.System);
