using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>An <c>ENV</c> that names build arguments takes their defaults, as the builder expands it.</summary>
public sealed class DockerfileFactsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-docker-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void BuildArgumentDefaultsAndDefaultWordsAreExpandedAndUnknownArgumentsAreNot()
    {
        var path = Path.Combine(_folder, "Dockerfile");
        File.WriteAllText(path, """
            FROM mcr.microsoft.com/dotnet/runtime:10.0
            ARG REGION=us-east-1
            ARG LEDGER_HOST
            ENV AWS_REGION=$REGION
            ENV API_URL=https://${API_HOST:-api.example.com}/v1 \
                LEDGER_URL=https://${LEDGER_HOST}/ledger
            """);

        var facts = DockerfileFacts.Read(path);

        Assert.Equal(
        [
            "us-east-1 @2:12 resolved ENV AWS_REGION",
            "api.example.com @5:13 resolved ENV API_URL",
        ], facts.Regions.Select(r => $"{r.Region.Text} @{r.Region.Location.Line}:{r.Region.Location.Column} {(r.Region.IsResolved ? "resolved" : "unresolved")} {r.Subject}")
            .Concat(facts.Endpoints.Where(e => e.Subject == "ENV API_URL").Select(e => $"{new Uri(e.Value.Text).Host} @{e.Value.Location.Line}:{e.Value.Location.Column} {(e.Value.IsResolved ? "resolved" : "unresolved")} {e.Subject}")));
        // LEDGER_HOST has no default: the URL is only known at build time and is not an endpoint here.
        Assert.DoesNotContain(facts.Endpoints, e => e.Subject == "ENV LEDGER_URL");
    }
}
