using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class TerraformMalformedModuleTests : IDisposable
{
    private static readonly string Malformed = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "malformed");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "regionlens-tf-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void EachBrokenFileIsOneProblemAtItsLine()
    {
        string[] files = [Path.Combine(Malformed, "broken.tf"), Path.Combine(Malformed, "broken.tf.json")];

        var result = TerraformModuleReader.Read(Malformed, files);

        Assert.Equal(
        [
            new TerraformProblem(files[0], 5, 33, "this '{' is never closed"),
            new TerraformProblem(files[1], 8, 1, "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed."),
        ], result.Problems);
        Assert.Equal(InfrastructureFactsCount(0), Count(result));
    }

    [Fact]
    public void HealthySiblingIsStillRead()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(Malformed, "broken.tf"), Path.Combine(_folder, "broken.tf"));
        File.Copy(Path.Combine(Malformed, "broken.tf.json"), Path.Combine(_folder, "broken.tf.json"));
        File.WriteAllText(Path.Combine(_folder, "healthy.tf"), "provider \"aws\" {\n  region = \"sa-east-1\"\n}\n\nresource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n");

        var result = TerraformModuleReader.Read(_folder, TerraformFactText.Files(_folder));

        Assert.Equal(
        [
            $"{_folder}/broken.tf:5:33",
            $"{_folder}/broken.tf.json:8:1",
        ], result.Problems.Select(p => $"{p.Path}:{p.Line}:{p.Column}"));
        Assert.Equal(
        [
            "region sa-east-1 @healthy.tf:2:12 provider \"aws\" deploy",
            "store sqs-queue aws_sqs_queue.jobs @healthy.tf:5:1 name=jobs @healthy.tf:6:10 region=sa-east-1 @healthy.tf:2:12 replicas=[]",
        ], TerraformFactText.Render(result.Facts, _folder));
    }

    [Fact]
    public void MissingFileIsAProblemNotAnException()
    {
        var missing = Path.Combine(_folder, "gone.tf");

        var problem = Assert.Single(TerraformModuleReader.Read(_folder, [missing]).Problems);

        Assert.Equal((missing, 0, (int?)null), (problem.Path, problem.Line, problem.Column));
        Assert.StartsWith("the file cannot be read: ", problem.Reason, StringComparison.Ordinal);
    }

    /// <summary>Every prefix of every fixture file, in both syntaxes, reads without an exception.</summary>
    [Fact]
    public void EveryPrefixOfEveryFixtureReadsWithoutAnException()
    {
        Directory.CreateDirectory(_folder);
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");
        var sources = Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains("terraform", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("broken.tf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            var target = Path.Combine(_folder, Path.GetFileName(source));
            for (var length = 0; length <= text.Length; length += Math.Max(1, text.Length / 97))
            {
                File.WriteAllText(target, text[..length]);
                var result = TerraformModuleReader.Read(_folder, [target]);
                Assert.All(result.Problems, p => Assert.Equal(target, p.Path));
            }

            File.Delete(target);
        }
    }

    private static (int, int, int, int, int) Count(TerraformModuleResult result) =>
        (result.Facts.Regions.Count, result.Facts.Endpoints.Count, result.Facts.Resolvers.Count, result.Facts.DataStores.Count, result.Facts.RoutingRecords.Count);

    private static (int, int, int, int, int) InfrastructureFactsCount(int each) => (each, each, each, each, each);
}
