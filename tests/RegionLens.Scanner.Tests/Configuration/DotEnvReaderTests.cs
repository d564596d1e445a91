using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class DotEnvReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-dotenv-").FullName;

    [Fact]
    public void ReadsAssignmentsExportsAndCommentsWithExactPositions()
    {
        var path = Write(".env", """
            # Region the orders service talks to

            AWS_REGION=eu-west-1
            export AWS__Region = us-east-1   # trailing comment
              DynamoDb__ServiceUrl=https://dynamodb.eu-west-1.amazonaws.com
            EMPTY=
            FRAGMENT=a#b
            """);

        var file = DotEnvReader.Read(path);

        Assert.Null(file.Environment);
        Assert.Equal(
        [
            "AWS_REGION=eu-west-1 @3:12",
            "AWS__Region=us-east-1 @4:22",
            "DynamoDb__ServiceUrl=https://dynamodb.eu-west-1.amazonaws.com @5:24",
            "EMPTY= @6:7",
            "FRAGMENT=a#b @7:10",
        ], Render(file));
    }

    [Fact]
    public void DoubleQuotesUnescapeAndSingleQuotesAreLiteral()
    {
        var path = Write(".env.production", """
            GREETING="say \"hi\"\tthere" # comment after a quote
            RAW='C:\temp\new # not a comment'
            """);

        var file = DotEnvReader.Read(path);

        Assert.Equal("production", file.Environment);
        Assert.Equal("say \"hi\"\tthere", file.Find("GREETING")!.Value);
        Assert.Equal((1, 10), (file.Find("GREETING")!.Location.Line, file.Find("GREETING")!.Location.Column));
        Assert.Equal(@"C:\temp\new # not a comment", file.Find("RAW")!.Value);
        Assert.Equal((2, 5), (file.Find("RAW")!.Location.Line, file.Find("RAW")!.Location.Column));
    }

    [Fact]
    public void AQuotedValueMaySpanLinesAndLaterPositionsStayExact()
    {
        var path = Write(".env", "CERT=\"line one\r\nline two\"\r\nAWS_REGION=ap-southeast-2\r\n");

        var file = DotEnvReader.Read(path);

        Assert.Equal("line one\nline two", file.Find("CERT")!.Value);
        Assert.Equal(["CERT=line one\nline two @1:6", "AWS_REGION=ap-southeast-2 @3:12"], Render(file));
    }

    [Fact]
    public void TheLastAssignmentOfAKeyWins()
    {
        var path = Write(".env", "AWS_REGION=us-east-1\nAWS_REGION=us-west-2\n");

        Assert.Equal("us-west-2", DotEnvReader.Read(path).Find("aws_region")!.Value);
    }

    [Fact]
    public void AnUnterminatedQuoteIsReportedOnTheLineItOpens()
    {
        var path = Write(".env", """
            AWS_REGION=us-east-1
            SERVICE_URL="https://sts.amazonaws.com
            OTHER=1
            """);

        var error = Assert.Throws<ConfigParseException>(() => DotEnvReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("AWS_REGION=us-east-1\nnot an assignment\n", 2)]
    [InlineData("=value\n", 1)]
    [InlineData("A=1\nB=\"quoted\" trailing\n", 2)]
    public void ALineThatIsNotAnAssignmentIsAnError(string content, int line)
    {
        var path = Write(".env", content);

        Assert.Equal(line, Assert.Throws<ConfigParseException>(() => DotEnvReader.Read(path)).Line);
    }

    [Fact]
    public void EveryPrefixOfAFileEitherReadsOrNamesALineInIt()
    {
        const string content = "A=1\nexport B=\"x\\\"y\" # c\nC='multi\nline' \nD=e#f # g\n";
        for (var length = 0; length <= content.Length; length++)
        {
            var prefix = content[..length];
            var path = Write(".env", prefix);
            try
            {
                DotEnvReader.Read(path);
            }
            catch (ConfigParseException e)
            {
                Assert.InRange(e.Line, 1, prefix.Split('\n').Length);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Render(ConfigFile file) =>
        [.. file.Entries.Select(e => $"{e.Key}={e.Value} @{e.Location.Line}:{e.Location.Column}")];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
