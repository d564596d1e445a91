using RegionLens.Scanner.Suppression;

namespace RegionLens.Scanner.Tests.Suppression;

/// <summary>The directive grammar: which comment covers which line, for which rules, with which reason.</summary>
public sealed class SuppressionDirectivesTests
{
    [Fact]
    public void ANextLineCommentCoversTheNextLineThatHasCodeSkippingBlankAndCommentLines()
    {
        Assert.Equal(["2:4 -> 7 [RL0001] 'migrating in Q3'"], DirectiveText.Directives("Defaults.cs", """
            var a = 1;
            // regionlens-disable-next-line RL0001 -- migrating in Q3

            // the region every service uses
            /* still a comment
               over two lines */
            public const string Region = "us-east-1";
            """));
    }

    [Fact]
    public void ASameLineCommentCoversItsOwnLine()
    {
        Assert.Equal(["2:30 -> 2 [RL0001] 'test fixture'"], DirectiveText.Directives("Fixture.cs", """
            namespace Tests;
            var region = "us-east-1"; // regionlens-disable-line RL0001 -- test fixture
            """));
    }

    [Fact]
    public void ABlockCommentIsADirectiveWithoutItsClosingMarker()
    {
        Assert.Equal(["1:4 -> 2 [RL0002] 'legacy endpoint'"], DirectiveText.Directives("Program.cs", """
            /* regionlens-disable-next-line RL0002 -- legacy endpoint */
            var url = "https://dynamodb.us-east-1.amazonaws.com";
            """));
    }

    [Fact]
    public void OneCommentCanNameSeveralRulesSeparatedByCommasOrSpaces()
    {
        Assert.Equal(["1:4 -> 2 [RL0001,RL0003,RL0100] 'single region by design'"], DirectiveText.Directives("Program.cs", """
            // regionlens-disable-next-line RL0001, RL0003 rl0100 -- single region by design
            var client = Create();
            """));
    }

    [Fact]
    public void ADirectiveWithoutAReasonStillSuppressesWithAnEmptyJustification()
    {
        Assert.Equal(["1:4 -> 2 [RL0005] ''"], DirectiveText.Directives("Program.cs", """
            // regionlens-disable-next-line RL0005
            var resolver = "8.8.8.8";
            """));
    }

    [Fact]
    public void JsonWithCommentsUsesSlashCommentsButNotSlashesInsideStrings()
    {
        Assert.Equal(["3:8 -> 4 [RL0001] 'dev only'"], DirectiveText.Directives("appsettings.Development.json", """
            {
              "AWS": {
                // regionlens-disable-next-line RL0001 -- dev only
                "Region": "us-east-1",
                "ServiceUrl": "https://dynamodb.us-east-1.amazonaws.com // regionlens-disable-line RL0002"
              }
            }
            """));
    }

    [Fact]
    public void YamlHashCommentsCountButNotAHashInsideAQuotedString()
    {
        Assert.Equal(["2:3 -> 3 [RL0001] 'staging'", "5:26 -> 5 [RL0005] 'lab'"], DirectiveText.Directives("docker-compose.yml", """
            environment:
            # regionlens-disable-next-line RL0001 -- staging
              AWS_REGION: us-east-1
              ENDPOINT: "https://s3.amazonaws.com # regionlens-disable-line RL0003"
              NOTE: don't 10.0.0.2 # regionlens-disable-line RL0005 -- lab
              OTHER: 'it''s # regionlens-disable-line RL0002'
            """));
    }

    [Fact]
    public void TerraformTakesBothHashAndSlashComments()
    {
        Assert.Equal(["2:5 -> 3 [RL0001] 'hash'", "5:6 -> 6 [RL0001] 'slashes'"], DirectiveText.Directives("main.tf", """
            provider "aws" {
              # regionlens-disable-next-line RL0001 -- hash
              region = "us-east-1"
              name   = "a # regionlens-disable-line RL0001"
              // regionlens-disable-next-line RL0001 -- slashes
              alias  = "primary"
            }
            """));
    }

    [Fact]
    public void DotEnvFilesAreNamedByTheirStart()
    {
        Assert.Equal(["1:3 -> 2 [RL0001] 'prod is single-region'"], DirectiveText.Directives(".env.production", """
            # regionlens-disable-next-line RL0001 -- prod is single-region
            AWS_REGION=us-east-1
            """));
    }

    [Fact]
    public void DockerfilesUseHashComments()
    {
        Assert.Equal(["2:3 -> 3 [RL0004] 'sidecar resolver'"], DirectiveText.Directives("Dockerfile.api", """
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            # regionlens-disable-next-line RL0004 -- sidecar resolver
            RUN echo "nameserver 10.0.0.2" > /etc/resolv.conf
            """));
    }

    [Fact]
    public void XmlCommentsMayGiveTheReasonAfterASingleDashAndSpanLinesWithTheReasonReadFromTheDirectivesLine()
    {
        Assert.Equal(["3:10 -> 4 [RL0002] 'legacy endpoint'", "6:5 -> 9 [RL0001] ''"], DirectiveText.Directives("web.config", """
            <configuration>
              <appSettings>
                <!-- regionlens-disable-next-line RL0002 - legacy endpoint -->
                <add key="Url" value="https://dynamodb.us-east-1.amazonaws.com" />
                <!--
                regionlens-disable-next-line RL0001
                - not read: the reason is on the directive's line only
                -->
                <add key="Region" value="us-east-1" />
              </appSettings>
            </configuration>
            """));
    }

    [Fact]
    public void BicepUsesSlashCommentsAndSingleQuotedStrings()
    {
        Assert.Equal(["1:4 -> 2 [RL0001] 'one region'"], DirectiveText.Directives("main.bicep", """
            // regionlens-disable-next-line RL0001 -- one region
            param location string = 'eastus'
            var note = '// regionlens-disable-line RL0001'
            """));
    }

    [Fact]
    public void CSharpStringsOfEveryKindHideCommentMarkers()
    {
        Assert.Empty(DirectiveText.Directives("Strings.cs", """"
            var a = "http://x // regionlens-disable-line RL0002";
            var b = @"C:\path\" + "// regionlens-disable-line RL0002";
            var c = @"first line
            // regionlens-disable-line RL0001
            ";
            var d = """
                // regionlens-disable-line RL0001
                """;
            var e = '"'; var f = "// regionlens-disable-line RL0001";
            """"));
    }

    [Fact]
    public void AnUnknownRuleIsReportedAndTheCommentSuppressesNothing()
    {
        const string Text = """
            var a = 1;
            // regionlens-disable-next-line RL0001, RL9999 -- typo
            var region = "us-east-1";
            """;

        Assert.Empty(DirectiveText.Directives("Program.cs", Text));
        Assert.Equal(["2: suppression comment names an unknown rule 'RL9999'; it suppresses nothing"], DirectiveText.Problems("Program.cs", Text));
    }

    [Theory]
    [InlineData("// regionlens-disable-next-line", "regionlens-disable-next-line")]
    [InlineData("// regionlens-disable-next-line -- everything please", "regionlens-disable-next-line")]
    [InlineData("var region = 1; // regionlens-disable-line until=2027-01-01", "regionlens-disable-line")]
    public void ADirectiveThatNamesNoRuleSuppressesNothing(string line, string keyword)
    {
        var text = line + "\nvar region = \"us-east-1\";\n";

        Assert.Empty(DirectiveText.Directives("Program.cs", text));
        Assert.Equal([$"1: suppression comment names no rule: write {keyword} RL0001 -- reason"], DirectiveText.Problems("Program.cs", text));
    }

    [Fact]
    public void UntilCountsThroughItsDayAndExpiresAfterIt()
    {
        const string Text = """
            // regionlens-disable-next-line RL0001 RL0003 until=2026-01-31 -- until the migration
            var region = "us-east-1";
            """;

        Assert.Equal(["1:4 -> 2 [RL0001,RL0003] 'until the migration' until 2026-01-31"], DirectiveText.Directives("Program.cs", Text, new DateOnly(2026, 1, 31)));
        Assert.Empty(DirectiveText.Problems("Program.cs", Text, new DateOnly(2026, 1, 31)));
        Assert.Empty(DirectiveText.Directives("Program.cs", Text, new DateOnly(2026, 2, 1)));
        Assert.Equal(
            ["1: suppression of RL0001 expired on 2026-01-31", "1: suppression of RL0003 expired on 2026-01-31"],
            DirectiveText.Problems("Program.cs", Text, new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("until=2026-02-30")]
    [InlineData("until=31/01/2026")]
    [InlineData("until=")]
    public void ABadDateIsReportedAndTheCommentIsIgnored(string until)
    {
        var text = $"// regionlens-disable-next-line RL0001 {until} -- reason\nvar region = \"us-east-1\";\n";

        Assert.Empty(DirectiveText.Directives("Program.cs", text));
        Assert.Equal([$"1: suppression comment has an invalid date '{until}': write until=YYYY-MM-DD; it suppresses nothing"], DirectiveText.Problems("Program.cs", text));
    }

    [Fact]
    public void ANextLineCommentAtTheEndOfAFileCoversNothing()
    {
        Assert.Equal(["2:4 -> 0 [RL0001] ''"], DirectiveText.Directives("Program.cs", "var a = 1;\n// regionlens-disable-next-line RL0001\n\n"));
    }

    [Fact]
    public void CrLfLineEndingsCountLinesAsLfDoes()
    {
        Assert.Equal(["2:4 -> 4 [RL0001] 'x'"], DirectiveText.Directives("Program.cs", "var a = 1;\r\n// regionlens-disable-next-line RL0001 -- x\r\n\r\nvar b = 2;\r\n"));
    }

    [Theory]
    [InlineData("Program.cs", true)]
    [InlineData("appsettings.json", true)]
    [InlineData("main.tfvars", true)]
    [InlineData("terragrunt.hcl", true)]
    [InlineData("values.YAML", true)]
    [InlineData(".env", true)]
    [InlineData("Dockerfile", true)]
    [InlineData("nginx.conf", true)]
    [InlineData("App.config", true)]
    [InlineData("Api.csproj", true)]
    [InlineData("README.md", false)]
    [InlineData("Api.sln", false)]
    public void TheCommentSyntaxIsChosenByFileName(string name, bool known)
    {
        Assert.Equal(known, CommentSyntax.For("src/x/" + name) is not null);
    }
}
