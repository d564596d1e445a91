using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class TerraformModuleReaderTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");

    [Fact]
    public void Probe()
    {
        foreach (var folder in new[] { "terraform", "terraform/modules/replica", "terraform-json", "malformed" })
        {
            var path = Path.Combine(Fixtures, folder);
            var result = TerraformModuleReader.Read(path, TerraformFactText.Files(path));
            var lines = TerraformFactText.Render(result.Facts, Fixtures);
            lines.AddRange(result.Modules.Select(m => $"module {m.Name} {m.Source} {m.LocalFolder} {TerraformFactText.At(m.Location, Fixtures)} {string.Join(";", m.Inputs!.Select(i => i.Key + "=" + TerraformFactText.Value(i.Value, Fixtures)))}"));
            lines.AddRange(result.Problems.Select(p => $"problem {p.Path}:{p.Line}:{p.Column} {p.Reason}"));
            File.WriteAllLines("/tmp/tfprobe/" + folder.Replace('/', '_') + ".txt", lines);
        }
    }
}
