namespace RegionLens.Cli;

/// <summary>The file <c>regionlens init</c> writes. Every key is present but empty, or commented out where an empty
/// value would mean something (an empty <c>allowedRegions</c> would allow no region at all), so the file parses and
/// changes no finding until the user fills a line in.</summary>
internal static class ConfigTemplate
{
    public const string Text = """
        // RegionLens configuration: what the code cannot say about where things run.
        // Comments and trailing commas are allowed. `regionlens scan` finds this file in the scanned folder or the
        // nearest parent (up to the repository's top); `--config FILE` names another one.
        {
          // Hosts the code names but cannot place, and the failure domain each one fails with. A pattern is an exact
          // host or "*." and a suffix. A domain is region:<provider>/<region>, zone:<provider>/<zone>,
          // resolver:<ip>, control:<provider>/<service>, or a name of your own such as dc:eu-1.
          //   "*.corp.example.com": "dc:eu-1",
          "failureDomains": {
          },

          // Where a component (its path from the scan root) is deployed, when the infrastructure files do not say.
          //   "src/Orders.Api/Orders.Api.csproj": { "regions": ["us-east-1", "us-west-2"] },
          "components": {
          },

          // The only regions the code and configuration may name (RL0007). Absent: compared with the deploy regions.
          // "allowedRegions": ["us-east-1", "us-west-2"],

          // Resolver addresses that are highly available behind one address (anycast, a redundant pair): not reported
          // by RL0004 and not a failure domain.
          "redundantResolvers": [],

          // A level per rule: error, warning, note, or none to drop the rule's findings.
          //   "RL0006": "none",
          "rules": {
          },

          // Globs from the scan root (forward slashes, ** and *) whose files are not scanned.
          "exclude": [],
        }

        """;
}
