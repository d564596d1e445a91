using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class DockerfileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-dockerfile-").FullName;

    [Fact]
    public void ReadsEnvAndArgValuesWithExactPositions()
    {
        var path = Write("""
            # syntax=docker/dockerfile:1
            ARG DOTNET_VERSION=10.0
            FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}
            ARG BUILD_CONFIGURATION
            ENV AWS_REGION=us-east-1 AWS__Profile="orders prod"
            env ASPNETCORE_URLS http://+:8080
            """);

        var contents = DockerfileReader.Read(path);

        Assert.Equal(["DOTNET_VERSION=10.0 @2:20"], Render(contents.Arguments));
        Assert.Equal(
        [
            "AWS_REGION=us-east-1 @5:16",
            "AWS__Profile=orders prod @5:39",
            "ASPNETCORE_URLS=http://+:8080 @6:21",
        ], Render(contents.Environment));
    }

    [Fact]
    public void ContinuationLinesKeepTheirOwnLinesAndColumns()
    {
        var path = Write("""
            FROM mcr.microsoft.com/dotnet/runtime:10.0
            ENV AWS_REGION=eu-west-1 \
            # a comment inside a continuation is dropped

                DynamoDb__ServiceUrl=https://dynamodb.eu-west-1.amazonaws.com \
                Legacy__Mode=on
            """);

        var contents = DockerfileReader.Read(path);

        Assert.Equal(
        [
            "AWS_REGION=eu-west-1 @2:16",
            "DynamoDb__ServiceUrl=https://dynamodb.eu-west-1.amazonaws.com @5:26",
            "Legacy__Mode=on @6:18",
        ], Render(contents.Environment));
    }

    [Fact]
    public void FindsNameserversThatRunInstructionsWriteIntoResolvConf()
    {
        var path = Write("""
            FROM debian:bookworm-slim
            RUN echo "nameserver 8.8.8.8" > /etc/resolv.conf
            RUN apt-get update \
             && echo 'nameserver 1.1.1.1' >> /etc/resolv.conf
            RUN printf "nameserver 10.0.0.2\nnameserver fd00:ec2::253\n" | tee -a /etc/resolv.conf
            RUN echo "nameserver 9.9.9.9" > /tmp/not-the-resolver.conf
            """);

        var contents = DockerfileReader.Read(path);

        Assert.Equal(
        [
            "8.8.8.8 @2:22",
            "1.1.1.1 @4:22",
            "10.0.0.2 @5:24",
            "fd00:ec2::253 @5:45",
        ], contents.Resolvers.Select(r => $"{r.Address} @{r.Location.Line}:{r.Location.Column}"));
    }

    [Fact]
    public void FindsNameserversInHeredocsAndReadsOnAfterThem()
    {
        var path = Write("""
            FROM alpine:3.20
            RUN <<EOF cat > /etc/resolv.conf
            nameserver 169.254.169.253
            # it's a shell comment with an unpaired quote
            EOF
            COPY <<-"CONF" /etc/resolv.conf
            	nameserver 8.8.4.4
            	CONF
            RUN grep -c x <<< "here-string" > /tmp/count
            ENV AWS_REGION=sa-east-1
            """);

        var contents = DockerfileReader.Read(path);

        Assert.Equal(
            ["169.254.169.253 @3:12", "8.8.4.4 @7:13"],
            contents.Resolvers.Select(r => $"{r.Address} @{r.Location.Line}:{r.Location.Column}"));
        Assert.Equal("<<-CONF", Assert.Single(contents.ResolvConfCopies).Source);
        Assert.Equal(["AWS_REGION=sa-east-1 @10:16"], Render(contents.Environment));
    }

    [Fact]
    public void FindsCopiesOntoResolvConf()
    {
        var path = Write("""
            FROM alpine:3.20
            COPY --chown=root:root config/resolv.conf /etc/resolv.conf
            COPY appsettings.json /app/
            """);

        var copy = Assert.Single(DockerfileReader.Read(path).ResolvConfCopies);

        Assert.Equal(("config/resolv.conf", 2, 24), (copy.Source, copy.Location.Line, copy.Location.Column));
    }

    [Fact]
    public void AContinuationAtTheEndOfTheFileIsJustTheEnd()
    {
        var path = Write("FROM alpine\nENV AWS_REGION=ap-south-1 \\\n");

        Assert.Equal(["AWS_REGION=ap-south-1 @2:16"], Render(DockerfileReader.Read(path).Environment));
    }

    [Theory]
    [InlineData("FROM alpine\nENV AWS_REGION\n", 2)]
    [InlineData("FROM alpine\nENV A=1 \\\n    B\n", 3)]
    [InlineData("FROM alpine\nENV A=1 \\\n  B=\"unterminated \\\n  more\nRUN true\n", 3)]
    public void MalformedInstructionsNameTheirLine(string content, int line)
    {
        var path = Write(content);

        var error = Assert.Throws<ConfigParseException>(() => DockerfileReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void EveryPrefixOfAFileEitherReadsOrNamesALineInIt()
    {
        const string content = "FROM a\nENV A=1 \\\n  B=\"two words\"\nRUN <<EOF cat > /etc/resolv.conf\nnameserver 8.8.8.8\nEOF\nCOPY x /etc/resolv.conf\nENV C d\n";
        for (var length = 0; length <= content.Length; length++)
        {
            var prefix = content[..length];
            var path = Write(prefix);
            try
            {
                DockerfileReader.Read(path);
            }
            catch (ConfigParseException e)
            {
                Assert.InRange(e.Line, 1, prefix.Split('\n').Length);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Render(IEnumerable<ConfigEntry> entries) =>
        [.. entries.Select(e => $"{e.Key}={e.Value} @{e.Location.Line}:{e.Location.Column}")];

    private string Write(string content)
    {
        var path = Path.Combine(_folder, "Dockerfile");
        File.WriteAllText(path, content);
        return path;
    }
}
