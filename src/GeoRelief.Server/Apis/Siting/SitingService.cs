using System.Diagnostics;
using System.Text.Json;
using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Core.Siting.Scoring;
using GeoRelief.Data.Siting;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>Siting for the API and the command line: measure, score, store.</summary>
public sealed class SitingService(SitingCandidateStore candidates, SuitabilityGridStore grids, SuitabilityRunStore runs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Scores candidates.</summary>
    public async Task<IReadOnlyList<SiteResult>> EvaluateCandidatesAsync(
        IReadOnlyList<SitingCandidate> sites, SuitabilityParameters model, IReadOnlyList<string>? sourceVillageIds, CancellationToken cancellationToken)
    {
        var measured = await candidates.MeasureAsync(sites, model, sourceVillageIds, cancellationToken);
        return measured.Select(m => SiteResult.From(m.Id, null, m.GeometryGeoJson, m.Measurement, SuitabilityOp.Evaluate(m.Measurement, model))).ToArray();
    }

    /// <summary>Evaluates and stores a grid; null when the area code names no unit.</summary>
    public async Task<GridRunResult?> EvaluateGridAsync(
        SitingArea area, double cellSize, SuitabilityParameters model, IReadOnlyList<string>? sourceVillageIds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var layers = await grids.LoadAsync(area, cellSize, model, sourceVillageIds, cancellationToken);
        if (layers is null)
        {
            return null;
        }

        var result = SuitabilityGridOp.Evaluate(layers.Input, model);
        var perClass = Enum.GetValues<SuitabilityClass>().ToDictionary(SuitabilityNames.Of, c => result.CellsPerClass[(int)c], StringComparer.Ordinal);
        var perConstraint = Enum.GetValues<HardConstraint>().ToDictionary(SuitabilityNames.Of, c => result.CellsFailingConstraint[(int)c], StringComparer.Ordinal);
        var summary = JsonSerializer.Serialize(new { cells = result.CellsInArea, perClass, perConstraint }, Json);
        var run = await runs.SaveAsync(area, layers.Grid, result, JsonSerializer.Serialize(model, Json), summary, cancellationToken);
        return new GridRunResult(
            run,
            area.Label,
            cellSize,
            layers.Grid.Srid,
            result.CellsInArea,
            perClass,
            perConstraint,
            $"/tiles/suitability/{{z}}/{{x}}/{{y}}.mvt?run={run}",
            $"/api/v1/siting/runs/{run}.tif",
            $"/api/v1/siting/runs/{run}/cells",
            Math.Round(clock.Elapsed.TotalSeconds, 3));
    }

    /// <summary>Scores the relocation sites in the data, each against its own source villages.</summary>
    public async Task<ExistingSitesResult> ExistingAsync(string? within, SuitabilityParameters model, CancellationToken cancellationToken)
    {
        var sites = await candidates.ExistingSitesAsync(within, cancellationToken);
        var results = new List<SiteResult>();
        foreach (var site in sites)
        {
            var measured = await candidates.MeasureAsync([new SitingCandidate(site.Id, site.GeometryGeoJson)], model, site.SourceVillageIds, cancellationToken);
            var m = measured[0];
            results.Add(SiteResult.From(site.Id, site.Name, m.GeometryGeoJson, m.Measurement, SuitabilityOp.Evaluate(m.Measurement, model)));
        }

        var counts = Enum.GetValues<SuitabilityClass>().Select(SuitabilityNames.Of)
            .ToDictionary(c => c, c => results.Count(r => r.Class == c), StringComparer.Ordinal);
        return new ExistingSitesResult(counts, results);
    }
}
