using System.Globalization;
using System.Text;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>Each validation rule, on a row of its own, and what the report says about it.</summary>
public sealed class ValidationRuleTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task Every_rule_reports_its_row_field_value_and_hint()
    {
        var points = await db.VillagePointsAsync("522628", 40);
        var p = points[0];
        var otherCounty = (await db.VillagePointsAsync("152223", 1))[0];
        string Row(string id, string households, string population, string code, double lon, double lat) =>
            string.Create(CultureInfo.InvariantCulture, $"{id},组,{code},{households},{population},{lon:R},{lat:R}\n");
        var csv = new StringBuilder("id,name,village_code,households,population,lon,lat\n")
            .Append(Row("ok-1", "10", "40", p.Village, p.Lon, p.Lat))                       // line 2
            .Append(Row("ok-1", "11", "41", p.Village, p.Lon, p.Lat))                       // line 3: duplicate id
            .Append(Row("nan", "ten", "40", p.Village, p.Lon, p.Lat))                       // line 4: not a number
            .Append(Row("neg", "10", "-1", p.Village, p.Lon, p.Lat))                        // line 5: negative
            .Append(Row("badcode", "10", "40", "52262810020", p.Lon, p.Lat))                // line 6: 11 digits
            .Append(Row("unknowncode", "10", "40", "522628999999", p.Lon, p.Lat))          // line 7: no such unit
            .Append(Row("swapped", "10", "40", p.Village, p.Lat, p.Lon))                    // line 8: lat, lon
            .Append(Row("far", "10", "40", p.Village, 116.4, 39.9))                         // line 9: Beijing
            .Append(Row("mismatch", "10", "40", otherCounty.Village, p.Lon, p.Lat))         // line 10: declared elsewhere (warning)
            .Append(string.Create(CultureInfo.InvariantCulture, $"nogeom,组,,10,40,,\n"));  // line 11: no position
        var report = await db.ImportAsync(db.WriteFile("rules.csv", Encoding.UTF8.GetBytes(csv.ToString())), LayerCatalog.NaturalVillages, skipInvalid: true);

        Assert.Equal(ImportStatus.Committed, report.Status);
        Assert.Equal(2L, report.Inserted);
        AssertLine(report, 3, "id", ImportProblemCodes.DuplicateKey, "ok-1");
        AssertLine(report, 4, "households", ImportProblemCodes.NotANumber, "ten");
        AssertLine(report, 5, "population", ImportProblemCodes.BelowMinimum, "-1");
        AssertLine(report, 6, "declared_village_code", ImportProblemCodes.MalformedAdminCode, "52262810020");
        AssertLine(report, 7, "declared_village_code", ImportProblemCodes.UnknownAdminCode, "522628999999");
        Assert.Contains("swapped", AssertLine(report, 8, "geometry", ImportProblemCodes.OutsideChina, null).Hint, StringComparison.Ordinal);
        AssertLine(report, 9, "geometry", ImportProblemCodes.FarOutsideCounty, "116.4 39.9");
        Assert.Equal(ImportSeverity.Warning, AssertLine(report, 10, "declared_village_code", ImportProblemCodes.DeclaredCodeMismatch, otherCounty.Village).Severity);
        AssertLine(report, 11, "geometry", ImportProblemCodes.MissingGeometry, null);
        Assert.Equal(8L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_reject WHERE batch_id = $1", report.BatchId));
    }

    [DatabaseFact]
    public async Task A_key_repeated_anywhere_in_a_large_file_is_reported_on_each_later_row_naming_the_first()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        for (var line = 2; line <= 20_001; line++)
        {
            var id = line is 9_000 or 20_001 ? "big-3" : string.Create(CultureInfo.InvariantCulture, $"big-{line}");
            csv.Append(CultureInfo.InvariantCulture, $"{id},组,10,40,{p.Lon:R},{p.Lat:R}\n");
        }

        var years = "natural_village_id,year,registered_population,poor_households,poor_population\n"
                    + "big-4,2019,100,10,20\nbig-4,2020,100,10,20\nbig-5,2019,100,10,20\nbig-4,2019,90,9,18\n";

        var report = await db.ImportAsync(db.WriteFile("repeats.csv", Encoding.UTF8.GetBytes(csv.ToString())), LayerCatalog.NaturalVillages, skipInvalid: true);
        var yearReport = await db.ImportAsync(db.WriteFile("repeated-years.csv", Encoding.UTF8.GetBytes(years)), LayerCatalog.VillageYears, skipInvalid: true);

        Assert.Equal(19_998L, report.Inserted);
        Assert.Contains("row 3", AssertLine(report, 9_000, "id", ImportProblemCodes.DuplicateKey, "big-3").Message, StringComparison.Ordinal);
        Assert.Contains("row 3", AssertLine(report, 20_001, "id", ImportProblemCodes.DuplicateKey, "big-3").Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Problems.Count(x => x.Problem == ImportProblemCodes.DuplicateKey));
        Assert.Equal(3L, yearReport.Inserted);
        Assert.Contains("row 2", AssertLine(yearReport, 5, "natural_village_id,year", ImportProblemCodes.DuplicateKey, "big-4/2019").Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Allowed_values_progress_range_and_references_are_checked()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var sites = string.Create(CultureInfo.InvariantCulture,
            $"id,name,kind,status,planned_households,planned_persons,progress_pct,lon,lat\ns-1,甲,集中,planned,10,40,50,{p.Lon:R},{p.Lat:R}\ns-2,乙,concentrated,planned,10,40,120,{p.Lon:R},{p.Lat:R}\n");
        var years = "natural_village_id,year,registered_population,poor_households,poor_population\nno-such-village,2019,100,10,20\n";
        var outside = "id,name,households,population,lon,lat\nsea,海,1,1,122.5,30.0\n";

        var siteReport = await db.ImportAsync(db.WriteFile("sites-rules.csv", Encoding.UTF8.GetBytes(sites)), LayerCatalog.RelocationSites);
        var yearReport = await db.ImportAsync(db.WriteFile("years-rules.csv", Encoding.UTF8.GetBytes(years)), LayerCatalog.VillageYears);
        var outsideReport = await db.ImportAsync(db.WriteFile("outside-rules.csv", Encoding.UTF8.GetBytes(outside)), LayerCatalog.NaturalVillages);

        Assert.Contains("concentrated", AssertLine(siteReport, 2, "kind", ImportProblemCodes.NotAllowed, "集中").Hint, StringComparison.Ordinal);
        AssertLine(siteReport, 3, "progress_pct", ImportProblemCodes.AboveMaximum, "120");
        AssertLine(yearReport, 2, "natural_village_id", ImportProblemCodes.UnknownReference, "no-such-village");
        Assert.Equal(ImportStatus.Rejected, outsideReport.Status);
        Assert.Contains(ImportProblemCodes.FarOutsideCounty, outsideReport.Problems.Select(l => l.Problem));
    }

    [DatabaseFact]
    public async Task A_position_near_the_county_but_in_no_village_is_an_error_naming_the_nearest_village()
    {
        // 0.01° east of 锦屏县's box: within the margin of the county check, in none of its villages. The importer of
        // these tests builds its village map before the first row, so the other row is placed by the reader and only
        // this one is left to PostGIS, which must still find it in no village.
        var lon = await db.ScalarAsync<double>("SELECT ST_XMax(geom) + 0.01 FROM georelief.admin_unit WHERE code = '522628'");
        var lat = await db.ScalarAsync<double>("SELECT (ST_YMin(geom) + ST_YMax(geom)) / 2 FROM georelief.admin_unit WHERE code = '522628'");
        var inside = (await db.VillagePointsAsync("522628", 1))[0];
        var csv = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,lon,lat\nin,组,10,40,{inside.Lon:R},{inside.Lat:R}\ngap,组,10,40,{lon:R},{lat:R}\n");

        var report = await db.ImportAsync(db.WriteFile("no-village.csv", Encoding.UTF8.GetBytes(csv)), LayerCatalog.NaturalVillages, skipInvalid: true);

        Assert.Equal(1L, report.Inserted);
        Assert.Contains("the nearest is", AssertLine(report, 3, "geometry", ImportProblemCodes.OutsideAdminUnits, null).Message, StringComparison.Ordinal);
    }

    private static ImportProblem AssertLine(ImportReport report, long row, string field, string code, string? value)
    {
        var line = report.Problems.FirstOrDefault(l => l.Row == row && l.Problem == code);
        Assert.True(line is not null, $"No '{code}' on row {row}; the report has: " + string.Join("; ", report.Problems.Select(l => $"{l.Row} {l.Field} {l.Problem}")));
        Assert.Equal(field, line.Field);
        if (value is not null)
        {
            Assert.Equal(value, line.Value);
        }

        Assert.False(string.IsNullOrEmpty(line.Hint));
        return line;
    }
}
