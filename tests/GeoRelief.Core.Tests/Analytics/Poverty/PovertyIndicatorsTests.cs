using GeoRelief.Core.Analytics.Poverty;

namespace GeoRelief.Core.Tests.Analytics.Poverty;

public sealed class PovertyIndicatorsTests
{
    [Fact]
    public void Incidence_carries_its_counts_and_is_null_without_population()
    {
        // 扎赉特旗 end of 2018 (DOMAIN.md): 3,614 poor at 1.16 % incidence implies about 311,552 registered rural people.
        var jalaid = PovertyIndicators.Incidence(3614, 311_552);
        var empty = PovertyIndicators.Incidence(0, 0);

        Assert.Equal(0.0116, jalaid.Value!.Value, 1e-5);
        Assert.Equal(311_552, jalaid.Denominator);
        Assert.Null(empty.Value);
        Assert.Equal(0, empty.Denominator);
    }

    [Fact]
    public void Density_is_per_square_kilometre_and_null_without_area()
    {
        Assert.Equal(2.5, PovertyIndicators.Density(250, 100));
        Assert.Null(PovertyIndicators.Density(250, 0));
        Assert.Throws<ArgumentException>(() => PovertyIndicators.Density(1, double.NaN));
    }

    [Theory]
    [InlineData("522628", true)]
    [InlineData("152223", true)]
    [InlineData("45", true)]
    [InlineData("650102001001", true)]
    [InlineData("110101", false)]
    [InlineData("430000", false)]
    [InlineData("210000", false)]
    public void Western_provinces_are_recognised_from_any_level_of_code(string code, bool western)
    {
        Assert.Equal(western, WesternProvinces.Contains(code));
        Assert.Equal(western ? 0.03 : 0.02, PovertyIndicators.ExitThreshold(code));
    }

    [Fact]
    public void The_western_list_has_the_twelve_provinces()
    {
        Assert.Equal(["15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"], WesternProvinces.Codes);
        Assert.Throws<ArgumentException>(() => WesternProvinces.Contains("5x"));
        Assert.Throws<ArgumentException>(() => WesternProvinces.Contains("5"));
    }

    [Fact]
    public void Exit_threshold_is_inclusive_and_western_units_get_three_percent()
    {
        // 2.5 % incidence: eligible in Guizhou (3 %), not in Hunan (2 %). Exactly 2 % counts as "2 % 以下".
        var guizhou = PovertyIndicators.AssessExit("522628", 25, 1000);
        var hunan = PovertyIndicators.AssessExit("431226", 25, 1000);
        var exactlyTwo = PovertyIndicators.AssessExit("431226", 20, 1000);

        Assert.Equal(ExitStatus.Eligible, guizhou.Status);
        Assert.True(guizhou.IsWesternProvince);
        Assert.Equal(ExitStatus.NotEligible, hunan.Status);
        Assert.Contains("2.50 %", hunan.UnmetCriteria.Single(), StringComparison.Ordinal);
        Assert.Equal(ExitStatus.Eligible, exactlyTwo.Status);
    }

    [Fact]
    public void Survey_figures_are_checked_when_given()
    {
        var survey = new ExitSurvey(WrongExitRate: 0.01, MissedIdentificationRate: 0.03, PublicApproval: 0.85);

        var assessment = PovertyIndicators.AssessExit("522628", 10, 1000, survey);
        var partial = PovertyIndicators.AssessExit("522628", 10, 1000, new ExitSurvey(null, null, 0.95));

        Assert.Equal(ExitStatus.NotEligible, assessment.Status);
        Assert.Equal(3, assessment.SurveyFiguresChecked);
        Assert.Equal(2, assessment.UnmetCriteria.Count);
        Assert.Equal(ExitStatus.Eligible, partial.Status);
        Assert.Equal(1, partial.SurveyFiguresChecked);
    }

    [Fact]
    public void Zero_population_has_no_exit_status()
    {
        var assessment = PovertyIndicators.AssessExit("522628", 0, 0);

        Assert.Equal(ExitStatus.NoPopulation, assessment.Status);
        Assert.Null(assessment.Incidence.Value);
    }

    [Fact]
    public void Custom_thresholds_apply()
    {
        var strict = new PovertyThresholds { ExitIncidence = 0.01, WesternExitIncidence = 0.015 };

        Assert.Equal(0.015, PovertyIndicators.ExitThreshold("522628", strict));
        Assert.Equal(ExitStatus.NotEligible, PovertyIndicators.AssessExit("522628", 20, 1000, thresholds: strict).Status);
    }

    [Fact]
    public void Poor_village_is_at_least_twice_the_provincial_incidence()
    {
        var province = PovertyIndicators.Incidence(5, 100);

        Assert.True(PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(10, 100), province));
        Assert.False(PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(9, 100), province));
        Assert.Null(PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(0, 0), province));
    }

    [Fact]
    public void A_village_without_poor_people_is_never_poor()
    {
        // 2020 on the sample: the province has no poor people left, and 0 is "at least twice" 0.
        var noneLeft = PovertyIndicators.Incidence(0, 1000);

        Assert.False(PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(0, 100), noneLeft));
        Assert.True(PovertyIndicators.IsPoorVillage(PovertyIndicators.Incidence(1, 100), noneLeft));
    }

    [Fact]
    public void Return_to_poverty_rate_is_relapsed_over_exited()
    {
        var rate = PovertyIndicators.ReturnToPovertyRate(3, 200);

        Assert.Equal(0.015, rate.Value!.Value, 1e-15);
        Assert.Equal(200, rate.Denominator);
        Assert.Null(PovertyIndicators.ReturnToPovertyRate(0, 0).Value);
    }

    [Fact]
    public void Impossible_counts_are_refused_with_both_figures()
    {
        var tooMany = Assert.Throws<ArgumentException>(() => PovertyIndicators.Incidence(120, 100));
        var negative = Assert.Throws<ArgumentException>(() => PovertyIndicators.ReturnToPovertyRate(-1, 10));

        Assert.Contains("poor population (120) exceed the registered rural population (100)", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains("relapsed is -1", negative.Message, StringComparison.Ordinal);
    }
}
