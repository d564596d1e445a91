using System.Text.RegularExpressions;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`--help` ends with examples of the command asked about, answers even when the rest of the command line is
/// wrong, and every command line the help and the README's CI recipes show is one the parser accepts.</summary>
public sealed partial class HelpTests
{
    public static TheoryData<string> Commands => ["scan", "whatif", "rules", "init"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommandsHelpEndsWithExamplesThatParse(string command)
    {
        var run = await CliRun.InvokeAsync(command, "--help");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        var examples = Examples(run.Output);
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.StartsWith($"regionlens {command}", example, StringComparison.Ordinal));
        AssertParses(examples);
    }

    [Fact]
    public async Task TheRootHelpListsEveryCommandAndAnExampleOfEach()
    {
        var run = await CliRun.InvokeAsync("--help");

        var examples = Examples(run.Output);
        Assert.Equal(["scan", "whatif", "rules", "init"], examples.Select(e => e.Split(' ')[1]));
        AssertParses(examples);
    }

    [Fact]
    public async Task HelpAnswersEvenWhenARequiredOptionIsMissing()
    {
        var run = await CliRun.InvokeAsync("whatif", "--help");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("  regionlens whatif --fail resolver:10.0.0.2       one DNS resolver\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutHelpAMissingRequiredOptionIsStillAUsageError()
    {
        var run = await CliRun.InvokeAsync("whatif", "samples/OutageShaped");

        Assert.Equal((ExitCodes.UsageOrInputError, "regionlens: Option '--fail' is required.\nregionlens: `regionlens whatif --help` lists its options, with examples\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void TheReadmesCiRecipesRunCommandLinesTheToolAccepts()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var recipes = readme[readme.IndexOf("## In CI\n", StringComparison.Ordinal)..readme.IndexOf("## Layout\n", StringComparison.Ordinal)];
        // The recipes call the installed tool by its path and continue lines with '\' (Azure) or fold them (GitHub '>-').
        var commands = ToolCall().Matches(recipes.Replace("\\\n", " ", StringComparison.Ordinal).Replace(">-\n", string.Empty, StringComparison.Ordinal))
            .Select(m => Regex.Replace(m.Groups["args"].Value, @"\s+", " ").Trim())
            .ToList();

        Assert.Equal(2, commands.Count);
        AssertParses(commands.Select(args => "regionlens " + args.Replace("\"", string.Empty, StringComparison.Ordinal)));
    }

    private static List<string> Examples(string help)
    {
        var start = help.IndexOf("\nExamples:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, help);
        return [.. help[(start + "\nExamples:\n".Length)..]
            .Split('\n')
            .Where(line => line.StartsWith("  regionlens ", StringComparison.Ordinal))
            .Select(line => TwoSpaces().Split(line.Trim())[0])];
    }

    private static void AssertParses(IEnumerable<string> commandLines)
    {
        foreach (var line in commandLines)
        {
            var parsed = CommandLine.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
            Assert.True(parsed.Errors.Count == 0, $"{line}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex TwoSpaces();

    [GeneratedRegex(@"/regionlens/regionlens""\s+(?<args>scan[^\n]*(\n\s+--[^\n]*)*)")]
    private static partial Regex ToolCall();
}
