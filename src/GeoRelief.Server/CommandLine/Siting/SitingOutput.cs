using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoRelief.Data.Siting;
using GeoRelief.Server.Apis.Siting;

namespace GeoRelief.Server.CommandLine.Siting;

/// <summary>Renders siting results as JSON, CSV or GeoJSON for the command line.</summary>
public static class SitingOutput
{
    // Chinese names as they are, not \u4E09\u6C5F: the output is read by people and spreadsheets, never put in a page.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Any result as indented JSON.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Site results as CSV: one row per site with constraints, class and every factor score.</summary>
    public static string ToCsv(IReadOnlyList<SiteResult> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var text = new StringBuilder();
        var factors = sites.Count == 0 ? [] : sites[0].Factors.Select(f => f.Name).ToArray();
        text.Append("id,name,class,suitability,score,passed,failed,main_obstacle");
        foreach (var f in factors)
        {
            text.Append(',').Append(f).Append("_score,").Append(f).Append("_obstacle_degree");
        }

        text.AppendLine(",elevation_m,slope_percent,aspect_degrees,aspect");
        foreach (var s in sites)
        {
            text.Append(Csv(s.Id)).Append(',').Append(Csv(s.Name ?? "")).Append(',').Append(s.Class).Append(',')
                .Append(Number(s.Suitability)).Append(',').Append(Number(s.Score)).Append(',').Append(s.Passed ? "true" : "false").Append(',')
                .Append(Csv(string.Join(';', s.Failed))).Append(',').Append(s.MainObstacle ?? "");
            foreach (var f in s.Factors)
            {
                text.Append(',').Append(Number(f.Score)).Append(',').Append(Number(f.ObstacleDegree));
            }

            text.Append(',').Append(s.ElevationMetres is { } h ? Number(h) : "").Append(',').Append(s.SlopePercent is { } p ? Number(p) : "")
                .Append(',').Append(s.AspectDegrees is { } a ? Number(a) : "").Append(',').AppendLine(s.Aspect ?? "");
        }

        return text.ToString();
    }

    /// <summary>Site results as a GeoJSON FeatureCollection (properties: class, scores, failed constraints, main obstacle).</summary>
    public static string ToGeoJson(IReadOnlyList<SiteResult> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var features = sites.Select(s => new Dictionary<string, object?>
        {
            ["type"] = "Feature",
            ["id"] = s.Id,
            ["geometry"] = JsonDocument.Parse(s.GeometryGeoJson).RootElement,
            ["properties"] = new Dictionary<string, object?>
            {
                ["name"] = s.Name, ["class"] = s.Class, ["suitability"] = s.Suitability, ["score"] = s.Score,
                ["failed"] = s.Failed, ["mainObstacle"] = s.MainObstacle,
                ["factors"] = s.Factors.ToDictionary(f => f.Name, f => f.Score),
                ["elevationMetres"] = s.ElevationMetres, ["slopePercent"] = s.SlopePercent, ["aspectDegrees"] = s.AspectDegrees, ["aspect"] = s.Aspect,
            },
        });
        return JsonSerializer.Serialize(new { type = "FeatureCollection", features }, Json);
    }

    /// <summary>
    /// An allocation's assignments as CSV, after comment lines (#, as the analyses' CSV has them) with the status, the
    /// objective and gap, the unmet demand and each site's utilisation, which the table of assignments does not show.
    /// </summary>
    public static string ToCsv(AllocationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# allocation: {outcome.Status} ({outcome.Method}), objective {(outcome.Objective is { } o ? Number(o) : "none")} {outcome.CostUnit}, gap {(outcome.Gap is { } g ? Number(g * 100) + " %" : "unknown")}\n")
            .Append(CultureInfo.InvariantCulture, $"# unmet: {outcome.Unmet.Count} natural villages, {outcome.Unmet.Sum(v => v.Households)} households\n");
        foreach (var site in outcome.Utilisation)
        {
            text.Append(CultureInfo.InvariantCulture, $"# site {site.SiteId}: {site.Households} of {site.Capacity} households ({Number(site.Utilisation * 100)} %), {site.Villages} natural villages\n");
        }

        text.Append("natural_village_id,site_id,households,cost_per_household\n");
        foreach (var a in outcome.Assignments)
        {
            text.Append(Csv(a.VillageId)).Append(',').Append(Csv(a.SiteId)).Append(',')
                .Append(a.Households.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Number(a.CostPerHousehold)).AppendLine();
        }

        return text.ToString();
    }

    private static string Number(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Csv(string v) => v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal)
        ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : v;
}
