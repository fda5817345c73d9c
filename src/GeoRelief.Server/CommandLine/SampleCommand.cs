using System.CommandLine;
using GeoRelief.Server.Hosting;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief sample load|generate</c>: the two sample counties.</summary>
public static class SampleCommand
{
    private static readonly Option<DirectoryInfo> Out = new("--out")
    {
        Description = "Directory to write the sample files into (created when missing).",
        Required = true,
    };

    private static readonly Option<int?> Seed = new("--seed")
    {
        Description = "Seed of the generator; the same seed gives byte-identical files.",
    };

    private static readonly Option<string> Scale = new("--scale")
    {
        Description = "sample: the two sample counties; province: the synthetic benchmark province 99 (200 copies of 锦屏县, fictional codes).",
        DefaultValueFactory = _ => "sample",
    };

    public static Command Create()
    {
        Scale.AcceptOnlyFromAmong("sample", "province");
        var sample = new Command("sample", "The sample counties 锦屏县 and 扎赉特旗 (official codes, synthetic geometry).");

        var load = new Command("load", "Replace all planning data with the sample (one transaction: on failure nothing changes).");
        load.Options.Add(Scale);
        load.SetAction(LoadAsync);
        sample.Subcommands.Add(load);

        var generate = new Command("generate", "Write the sample as GeoJSON and CSV files, without a database.");
        generate.Options.Add(Out);
        generate.Options.Add(Seed);
        generate.Options.Add(Scale);
        generate.SetAction(GenerateAsync);
        sample.Subcommands.Add(generate);
        return sample;
    }

    private static Task<int> LoadAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            var loading = new SampleLoading(opened.Database.DataSource);
            var summary = parseResult.GetValue(Scale) == "province"
                ? await loading.LoadProvinceAsync(opened.Interrupted)
                : await loading.LoadAsync(opened.Interrupted);
            Console.WriteLine("Loaded the sample: " + summary);
            return 0;
        });

    private static async Task<int> GenerateAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var directory = parseResult.GetValue(Out)!;
        directory.Create();
        var files = parseResult.GetValue(Scale) == "province"
            ? SampleLoading.RenderProvince(parseResult.GetValue(Seed))
            : SampleLoading.Render(parseResult.GetValue(Seed));
        foreach (var (name, content) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, name), content, cancellationToken);
        }

        Console.WriteLine($"Wrote {files.Count} files to {directory.FullName}.");
        return 0;
    }
}
