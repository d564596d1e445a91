using System.CommandLine;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Reporting;

namespace RegionLens.Cli;

/// <summary><c>regionlens rules [RULE-ID]</c>: the rule list, or one rule's document.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var ruleId = new Argument<string?>("RULE-ID") { Description = "A rule ID such as RL0001", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rules", "List the rules, or print one rule's documentation") { ruleId };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(ruleId);
            if (id is null)
            {
                foreach (var rule in RuleCatalog.All)
                {
                    output.WriteLine($"{rule.Id}  {Level(rule.DefaultLevel),-7}  {rule.Title}");
                }

                return ExitCodes.Clean;
            }

            var found = RuleCatalog.Find(id);
            if (found is null)
            {
                error.WriteLine($"regionlens: unknown rule '{id}'; `regionlens rules` lists them");
                return ExitCodes.UsageOrInputError;
            }

            output.Write(RuleDocumentation.Read(found) ?? $"# {found.Id}: {found.Title}\n");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Level(RuleLevel level) => level.ToString().ToLowerInvariant();
}
