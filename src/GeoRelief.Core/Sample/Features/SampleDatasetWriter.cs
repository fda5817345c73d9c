using System.Globalization;
using System.Text;
using GeoRelief.Core.Sample.Features.Internal;

namespace GeoRelief.Core.Sample.Features;

/// <summary>
/// Renders a <see cref="SampleDataset"/> as text files: GeoJSON FeatureCollections for the layers, CSV for
/// the tables, an ESRI ASCII grid per county for the elevation, and a summary. Invariant culture and
/// fixed formats throughout, so the same dataset always gives the same bytes. Writing the files is the
/// caller's business (Core does no I/O).
/// </summary>
public static class SampleDatasetWriter
{
    private const string Provenance = "GeoRelief sample — synthetic geometry and synthetic figures calibrated to published totals; division codes and names are official (NBS 2023, via china-division 2.7.0).";

    /// <summary>File name → content, ordered by file name.</summary>
    public static IReadOnlyDictionary<string, string> Render(SampleDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var description = $"{Provenance} Seed {dataset.Seed.ToString(CultureInfo.InvariantCulture)}.";
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["NOTICE.txt"] = $"{description}\nSee data/README.md for every calibration and what each file holds.\n",
            ["admin_units.geojson"] = GeoJsonText.FeatureCollection("admin_units", description, dataset.AdminUnits, u => u.Geometry, (w, u) =>
            {
                w.WriteString("code", u.Code);
                w.WriteNumber("level", u.Level);
                w.WriteString("parent_code", u.ParentCode);
                w.WriteString("name", u.Name);
                if (u.UrbanRuralCode is { } urbanRural)
                {
                    w.WriteNumber("urban_rural_code", urbanRural);
                }
                else
                {
                    w.WriteNull("urban_rural_code");
                }

                w.WriteNumber("code_year", u.CodeYear);
            }),
            ["natural_villages.geojson"] = GeoJsonText.FeatureCollection("natural_villages", description, dataset.NaturalVillages, v => v.Location, (w, v) =>
            {
                w.WriteString("id", v.Id);
                w.WriteString("name", v.Name);
                w.WriteString("village_code", v.VillageCode);
                w.WriteNumber("households", v.Households);
                w.WriteNumber("population", v.Population);
            }),
            ["roads.geojson"] = GeoJsonText.FeatureCollection("roads", description, dataset.Roads, r => r.Geometry, (w, r) =>
            {
                w.WriteString("id", r.Id);
                w.WriteString("name", r.Name);
                w.WriteString("class", SampleVocabulary.Code(r.Class));
                w.WriteString("surface", SampleVocabulary.Code(r.Surface));
                w.WriteString("status", SampleVocabulary.Code(r.Status));
                if (r.YearBuilt is { } year)
                {
                    w.WriteNumber("year_built", year);
                }
                else
                {
                    w.WriteNull("year_built");
                }
            }),
            ["facilities.geojson"] = GeoJsonText.FeatureCollection("facilities", description, dataset.Facilities, f => f.Location, (w, f) =>
            {
                w.WriteString("id", f.Id);
                w.WriteString("name", f.Name);
                w.WriteString("kind", SampleVocabulary.Code(f.Kind));
                w.WriteString("township_code", f.TownshipCode);
            }),
            ["relocation_sites.geojson"] = GeoJsonText.FeatureCollection("relocation_sites", description, dataset.RelocationSites, s => s.Location, (w, s) =>
            {
                w.WriteString("id", s.Id);
                w.WriteString("name", s.Name);
                w.WriteString("kind", SampleVocabulary.Code(s.Kind));
                w.WriteString("status", SampleVocabulary.Code(s.Status));
                w.WriteNumber("planned_households", s.PlannedHouseholds);
                w.WriteNumber("planned_persons", s.PlannedPersons);
                w.WriteNumber("moved_in_households", s.MovedInHouseholds);
                w.WriteNumber("moved_in_persons", s.MovedInPersons);
                w.WriteNumber("progress_pct", s.ProgressPct);
                w.WriteString("start_date", Date(s.StartDate));
                w.WriteString("planned_completion_date", Date(s.PlannedCompletionDate));
                GeoJsonText.WriteStrings(w, "facilities", s.Facilities);
                w.WriteString("township_code", s.TownshipCode);
            }),
            ["industrial_bases.geojson"] = GeoJsonText.FeatureCollection("industrial_bases", description, dataset.IndustrialBases, b => b.Location, (w, b) =>
            {
                w.WriteString("id", b.Id);
                w.WriteString("name", b.Name);
                w.WriteString("kind", SampleVocabulary.Code(b.Kind));
                w.WriteNumber("jobs", b.Jobs);
                w.WriteNumber("poor_employed", b.PoorEmployed);
                w.WriteNumber("dividend_households", b.DividendHouseholds);
                w.WriteNumber("investment_wan_yuan", b.InvestmentWanYuan);
                GeoJsonText.WriteStrings(w, "beneficiary_codes", b.BeneficiaryCodes);
                w.WriteString("township_code", b.TownshipCode);
            }),
            ["constraint_zones.geojson"] = GeoJsonText.FeatureCollection("constraint_zones", description, dataset.ConstraintZones, z => z.Geometry, (w, z) =>
            {
                w.WriteString("id", z.Id);
                w.WriteString("name", z.Name);
                w.WriteString("kind", SampleVocabulary.Code(z.Kind));
                if (z.Risk is { } risk)
                {
                    w.WriteString("risk_level", SampleVocabulary.Code(risk));
                }
                else
                {
                    w.WriteNull("risk_level");
                }
            }),
            ["village_years.csv"] = Csv(
                "natural_village_id,year,registered_population,poor_households,poor_population,exited_households,monitored_households",
                dataset.VillageYears.Select(y => Row(y.NaturalVillageId, y.Year, y.RegisteredPopulation, y.PoorHouseholds, y.PoorPopulation, y.ExitedHouseholds, y.MonitoredHouseholds))),
            ["relocation_sources.csv"] = Csv(
                "site_id,natural_village_id,planned_households",
                dataset.RelocationSources.Select(s => Row(s.SiteId, s.NaturalVillageId, s.PlannedHouseholds))),
            ["summary.csv"] = Csv(
                "county_code,metric,value",
                SampleSummary.Compute(dataset).Select(m => Row(m.CountyCode, m.Name, m.Value))),
        };
        foreach (var grid in dataset.ElevationGrids)
        {
            files[$"elevation_{grid.CountyCode}.asc"] = AsciiGrid(grid);
        }

        return files;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(string header, IEnumerable<string> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }

    private static string Row(params object[] values) => string.Join(',', values.Select(v => v switch
    {
        string s when s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) => $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
        string s => s,
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));

    /// <summary>ESRI ASCII grid: readable by GDAL (gdaldem, gdal_translate) and QGIS as it is.</summary>
    private static string AsciiGrid(ElevationGrid grid)
    {
        var text = new StringBuilder(grid.Values.Count * 6);
        text.Append(CultureInfo.InvariantCulture, $"ncols {grid.Width}\nnrows {grid.Height}\n");
        text.Append(CultureInfo.InvariantCulture, $"xllcorner {grid.WestLon:R}\nyllcorner {Math.Round(grid.NorthLat - (grid.Height * grid.CellSizeDegrees), 7):R}\n");
        text.Append(CultureInfo.InvariantCulture, $"cellsize {grid.CellSizeDegrees:R}\nNODATA_value -9999\n");
        for (var row = 0; row < grid.Height; row++)
        {
            for (var column = 0; column < grid.Width; column++)
            {
                if (column > 0)
                {
                    text.Append(' ');
                }

                text.Append(grid.At(column, row).ToString("0.0", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
