namespace RegionLens.Core.Tests.Extraction;

/// <summary>Google Cloud client builders. The Google packages are not served by our mirror, so the bound case uses
/// stand-ins declared in Google.Api.Gax's namespace, and the unbound case the real shape with no references.</summary>
public sealed class GoogleSurfaceTests
{
    [Fact]
    public void ABuildersEndpointIsAnEndpoint()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Vertex.cs", """
            namespace Google.Api.Gax.Grpc
            {
                public abstract class ClientBuilderBase<TClient>
                {
                    public string? Endpoint { get; set; }
                }
            }

            namespace Google.Cloud.AIPlatform.V1
            {
                public sealed class PredictionServiceClientBuilder : Google.Api.Gax.Grpc.ClientBuilderBase<object> { }
            }

            public sealed class Other
            {
                public string? Endpoint { get; set; }
            }

            public static class Vertex
            {
                private const string Region = "us-central1";

                public static object Builder() => new Google.Cloud.AIPlatform.V1.PredictionServiceClientBuilder { Endpoint = Region + "-aiplatform.googleapis.com" };
                public static object NotABuilder() => new Other { Endpoint = "europe-west1-aiplatform.googleapis.com" };
            }
            """));

        Collect.AssertLines(
            ["Endpoint us-central1-aiplatform.googleapis.com ClientBuilder.Endpoint @ Vertex.cs:21:35, Vertex.cs:23:123"],
            Collect.From(compilation));
    }

    [Fact]
    public void AnUnboundBuilderIsRecognisedByItsName()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Storage.cs", """
            using Google.Cloud.PubSub.V1;

            public static class Topics
            {
                public static object Builder() => new PublisherServiceApiClientBuilder { Endpoint = "pubsub.europe-west4.rep.googleapis.com" };
            }
            """));

        Collect.AssertLines(
            ["Endpoint pubsub.europe-west4.rep.googleapis.com ClientBuilder.Endpoint @ Storage.cs:5:89 (syntactic)"],
            Collect.From(compilation));
    }
}
