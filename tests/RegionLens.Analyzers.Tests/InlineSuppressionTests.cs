using Microsoft.CodeAnalysis.Testing;

namespace RegionLens.Analyzers.Tests;

/// <summary>The scanner's inline suppression comments, honoured by the package's suppressor with the core's reading of
/// them: a covered diagnostic is still reported, marked as suppressed.</summary>
public sealed class InlineSuppressionTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    private static DiagnosticResult Suppressed(int location, string sink = "RegionEndpoint.USEast1") =>
        AnalyzerTest.Diagnostic("RL0001").WithLocation(location).WithArguments("us-east-1", sink).WithIsSuppressed(true);

    [Fact]
    public async Task ANextLineCommentSuppressesTheRuleOnTheNextLineWithCode() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL0001 -- the audit table lives in us-east-1 only

            // (a comment between the directive and the code is skipped)
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|#0:RegionEndpoint.USEast1|});

            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USWest2|});
        }
        """) { Today = Today }.Expect(Suppressed(0)).RunAsync();

    [Fact]
    public async Task ACommentForAnotherRuleSuppressesNothing() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL0002 -- not the rule reported here
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        }
        """) { Today = Today }.RunAsync();

    [Fact]
    public async Task AnUnknownRuleOrNoRuleSuppressesNothing() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL9999 -- mistyped
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});

            // regionlens-disable-next-line -- names no rule
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USWest2|});
        }
        """) { Today = Today }.RunAsync();

    [Fact]
    public async Task AnUnexpiredUntilDateSuppressesUpToAndIncludingThatDay() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL0001 until=2026-06-01 -- migrating by June
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|#0:RegionEndpoint.USEast1|});
        }
        """) { Today = Today }.Expect(Suppressed(0)).RunAsync();

    [Fact]
    public async Task AnExpiredUntilDateReportsTheFindingAgain() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL0001 until=2026-05-31 -- migrating by May
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        }
        """) { Today = Today }.RunAsync();

    [Fact]
    public async Task ADisableLineCommentCoversItsOwnLine() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|#0:RegionEndpoint.USEast1|}); // regionlens-disable-line RL0001 -- audit is us-east-1 only
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USWest2|});
        }
        """) { Today = Today }.Expect(Suppressed(0)).RunAsync();

    [Fact]
    public async Task ABlockCommentAndSeveralRulesWork() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            /* regionlens-disable-next-line RL0002, RL0001 -- both accepted */
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|#0:RegionEndpoint.USEast1|});
        }
        """) { Today = Today }.Expect(Suppressed(0)).RunAsync();

    [Fact]
    public async Task AConstantIsSuppressedWhereItIsWrittenAsTheScannerDoes() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            // regionlens-disable-next-line RL0001 -- the one place the region is chosen
            const string Primary = {|#0:"us-east-1"|};

            public static IAmazonDynamoDB Create() => new AmazonDynamoDBClient({|#1:RegionEndpoint.GetBySystemName(Primary)|});
        }
        """) { Today = Today }.Expect(Suppressed(0, "RegionEndpoint.GetBySystemName").WithLocation(1)).RunAsync();

    [Fact]
    public async Task ACommentInsideAStringIsNotADirective() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            string Note = "// regionlens-disable-next-line RL0001 -- not a comment";
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        }
        """) { Today = Today }.RunAsync();

    [Fact]
    public async Task APreprocessorLineIsCodeForTheNextLineRuleAsInTheScanner() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            // regionlens-disable-next-line RL0001 -- covers the #if line, not the client
        #if true
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        #endif
        }
        """) { Today = Today }.RunAsync();

    [Fact]
    public async Task ThePragmaFormTheRuleDocumentsShowWorks() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
        #pragma warning disable RL0001 // the audit table lives in us-east-1 only
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient(RegionEndpoint.USEast1);
        #pragma warning restore RL0001
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USWest2|});
        }
        """)
    {
        // The framework's own check wraps the file in "#pragma warning disable", which the restore above undoes.
        TestBehaviors = TestBehaviors.SkipSuppressionCheck,
    }.RunAsync();

    [Fact]
    public async Task TheSuppressMessageFormTheRuleDocumentsShowWorks() => await new AnalyzerTest("""
        using System.Diagnostics.CodeAnalysis;
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            [SuppressMessage("Resilience", "RL0001:Cloud region hard-coded in code", Justification = "the audit table lives in us-east-1 only")]
            IAmazonDynamoDB Audit() => new AmazonDynamoDBClient(RegionEndpoint.USEast1);

            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USWest2|});
        }
        """).RunAsync();
}
