using System.CommandLine;

namespace RegionLens.Cli;

/// <summary><c>regionlens init [PATH]</c>: writes a commented <c>regionlens.json</c> that changes nothing until a line is
/// filled in, so a team starts from a file that explains every key instead of from the README.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("PATH") { Description = "The folder to write regionlens.json into", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing regionlens.json" };
        var command = new Command("init", "Write a commented regionlens.json to start from") { folder, force };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(folder)!);
            if (!Directory.Exists(target))
            {
                error.WriteLine($"regionlens: {target} is not a folder; give the folder that should hold regionlens.json");
                return ExitCodes.UsageOrInputError;
            }

            var file = Path.Combine(target, "regionlens.json");
            if (File.Exists(file) && !parse.GetValue(force))
            {
                error.WriteLine($"regionlens: {file} already exists; edit it, or run `regionlens init --force` to replace it");
                return ExitCodes.UsageOrInputError;
            }

            try
            {
                File.WriteAllText(file, ConfigTemplate.Text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"regionlens: cannot write {file}: {e.Message}; give a folder you may write to: regionlens init FOLDER");
                return ExitCodes.UsageOrInputError;
            }

            output.WriteLine($"wrote {file}; every setting in it is empty or commented out until you fill it in");
            return ExitCodes.Clean;
        });
        return command;
    }
}
