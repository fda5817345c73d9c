using GeoRelief.Core.Imports;

namespace GeoRelief.Core.Tests.Imports;

public sealed class ImportRowValidatorTests
{
    private static readonly ImportFieldRule[] Rules =
    [
        new("population", ImportValueKind.WholeNumber, true, 0, null, null, ["人口"], null, false),
        new("poor_population", ImportValueKind.WholeNumber, true, 0, null, null, ["贫困人口"], "population", false),
        new("progress_pct", ImportValueKind.Number, false, 0, 100, null, ["进度"], null, false),
        new("surface", ImportValueKind.Text, false, null, null, ["asphalt", "under_construction"], [], null, false),
        new("start_date", ImportValueKind.Date, false, null, null, null, [], null, false),
        new("village_code", ImportValueKind.Text, false, null, null, null, [], null, true),
    ];

    [Fact]
    public void Good_values_become_typed_values()
    {
        var typed = new object?[Rules.Length];
        var problems = new List<ImportProblem>();

        var ok = new ImportRowValidator(Rules).Validate(2, ["1,234", "12.0", "48%", "Under Construction", "2018年3月1日", "522628100201"], typed, problems);

        Assert.True(ok, string.Join("; ", problems));
        Assert.Equal<object?>([1234, 12, 48m, "under_construction", new DateOnly(2018, 3, 1), "522628100201"], typed);
    }

    [Fact]
    public void Numbers_dates_and_codes_typed_in_full_width_mean_the_plain_ones()
    {
        var typed = new object?[Rules.Length];
        var problems = new List<ImportProblem>();

        var ok = new ImportRowValidator(Rules).Validate(2, ["１，２３４", "１２", "４８．５％", "", "２０１８－０３－０１", "５２２６２８１００２０１"], typed, problems);

        Assert.True(ok, string.Join("; ", problems));
        Assert.Equal<object?>([1234, 12, 48.5m, null, new DateOnly(2018, 3, 1), "522628100201"], typed);
    }

    [Theory]
    [InlineData("-5", "1", "", "", "", "", "population", ImportProblemCodes.BelowMinimum)]
    [InlineData("10", "11", "", "", "", "", "poor_population", ImportProblemCodes.ExceedsOtherField)]
    [InlineData("10", "", "", "", "", "", "poor_population", ImportProblemCodes.MissingValue)]
    [InlineData("10", "1.5", "", "", "", "", "poor_population", ImportProblemCodes.NotANumber)]
    [InlineData("10", "1", "100.5", "", "", "", "progress_pct", ImportProblemCodes.AboveMaximum)]
    [InlineData("10", "1", "", "沥青", "", "", "surface", ImportProblemCodes.NotAllowed)]
    [InlineData("10", "1", "", "", "2018-13-45", "", "start_date", ImportProblemCodes.NotADate)]
    [InlineData("10", "1", "", "", "", "5226281002", "village_code", ImportProblemCodes.MalformedAdminCode)]
    public void Each_rule_names_the_field_and_the_problem(string population, string poor, string progress, string surface, string date, string code, string field, string problem)
    {
        var problems = new List<ImportProblem>();

        var ok = new ImportRowValidator(Rules).Validate(7, [population, poor, progress, surface, date, code], new object?[Rules.Length], problems);

        Assert.False(ok);
        var line = Assert.Single(problems);
        Assert.Equal((7L, field, problem), (line.Row, line.Field, line.Problem));
        Assert.False(string.IsNullOrEmpty(line.Hint));
    }

    [Fact]
    public void Headers_map_by_column_then_alias_ignoring_case_spaces_and_underscores()
    {
        var map = new ImportHeaderMap(Rules, hasGeometry: true);
        var problems = new List<ImportProblem>();

        var columns = map.MapAll(["\uFEFFPoor-Population", " 人口 ", "经度", "LAT", "人口", "备注"], problems);

        Assert.Equal(
            [ImportColumnRole.Field, ImportColumnRole.Field, ImportColumnRole.Longitude, ImportColumnRole.Latitude, ImportColumnRole.Ignored, ImportColumnRole.Ignored],
            columns.Select(c => c.Role));
        Assert.Equal((1, 0), (columns[0].FieldIndex, columns[1].FieldIndex));
        Assert.Equal(ImportProblemCodes.DuplicateColumn, Assert.Single(problems).Problem);
    }
}
