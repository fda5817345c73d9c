using System.Globalization;

namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>Poverty incidence, density, exit status, poor-village flag and return-to-poverty rate (DOMAIN.md).</summary>
public static class PovertyIndicators
{
    /// <summary>Poverty incidence H = poor / registered rural population; null (not NaN) when the population is zero.</summary>
    /// <exception cref="ArgumentException">A count is negative or the poor exceed the population.</exception>
    public static PovertyRate Incidence(long poor, long ruralRegisteredPopulation)
    {
        CheckCounts(poor, ruralRegisteredPopulation, nameof(poor), "poor population", "registered rural population");
        return Rate(poor, ruralRegisteredPopulation);
    }

    /// <summary>Poor people per km²; null when the area is zero.</summary>
    /// <param name="poor">Poor population.</param>
    /// <param name="areaKm2">Area of the unit in km², measured on the ellipsoid or in the unit's Gauss–Krüger zone.</param>
    public static double? Density(long poor, double areaKm2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(poor);
        if (!double.IsFinite(areaKm2) || areaKm2 < 0)
        {
            throw new ArgumentException(Format($"The area is {areaKm2} km²; it must be a finite area of zero or more."), nameof(areaKm2));
        }

        return areaKm2 > 0 ? poor / areaKm2 : null;
    }

    /// <summary>Exit incidence threshold of a unit: 3 % in a western province, otherwise 2 % (or as <paramref name="thresholds"/> say).</summary>
    public static double ExitThreshold(string divisionCode, PovertyThresholds? thresholds = null)
    {
        thresholds ??= PovertyThresholds.Default;
        return WesternProvinces.Contains(divisionCode) ? thresholds.WesternExitIncidence : thresholds.ExitIncidence;
    }

    /// <summary>
    /// Assesses exit: incidence at or below the threshold and, for each survey figure given, wrong-exit and
    /// missed-identification rates at or below 2 % and public approval at or above 90 %.
    /// </summary>
    /// <remarks>
    /// "降至 2% 以下" is read as including 2 % itself, following the Chinese statutory convention that 以下 includes the
    /// number named.
    /// </remarks>
    public static ExitAssessment AssessExit(
        string divisionCode, long poor, long ruralRegisteredPopulation, ExitSurvey? survey = null, PovertyThresholds? thresholds = null)
    {
        thresholds ??= PovertyThresholds.Default;
        var western = WesternProvinces.Contains(divisionCode);
        var threshold = western ? thresholds.WesternExitIncidence : thresholds.ExitIncidence;
        var incidence = Incidence(poor, ruralRegisteredPopulation);
        var checkedFigures = 0;
        var unmet = new List<string>();
        if (incidence.Value is not { } h)
        {
            return new ExitAssessment(ExitStatus.NoPopulation, incidence, threshold, western, 0, unmet);
        }

        if (h > threshold)
        {
            unmet.Add(Format($"Incidence {h:P2} is above the exit threshold {threshold:P0} ({poor} poor of {ruralRegisteredPopulation})."));
        }

        if (survey?.WrongExitRate is { } wrongExit)
        {
            checkedFigures++;
            if (wrongExit > thresholds.MaxWrongExitRate)
            {
                unmet.Add(Format($"Wrong-exit rate {wrongExit:P2} is above {thresholds.MaxWrongExitRate:P0}."));
            }
        }

        if (survey?.MissedIdentificationRate is { } missed)
        {
            checkedFigures++;
            if (missed > thresholds.MaxMissedIdentificationRate)
            {
                unmet.Add(Format($"Missed-identification rate {missed:P2} is above {thresholds.MaxMissedIdentificationRate:P0}."));
            }
        }

        if (survey?.PublicApproval is { } approval)
        {
            checkedFigures++;
            if (approval < thresholds.MinPublicApproval)
            {
                unmet.Add(Format($"Public approval {approval:P1} is below {thresholds.MinPublicApproval:P0}."));
            }
        }

        var status = unmet.Count == 0 ? ExitStatus.Eligible : ExitStatus.NotEligible;
        return new ExitAssessment(status, incidence, threshold, western, checkedFigures, unmet);
    }

    /// <summary>
    /// Whether a village counts as poor: it has poor people and its incidence is at least twice the provincial one (a
    /// village with none is not poor, also when the province has none left); null if either incidence is unknown.
    /// </summary>
    public static bool? IsPoorVillage(PovertyRate villageIncidence, PovertyRate provincialIncidence, PovertyThresholds? thresholds = null)
    {
        thresholds ??= PovertyThresholds.Default;
        if (villageIncidence.Value is not { } village || provincialIncidence.Value is not { } province)
        {
            return null;
        }

        return village > 0 && village >= thresholds.PoorVillageMultiple * province;
    }

    /// <summary>Return-to-poverty rate = relapsed / exited; null when nobody has exited.</summary>
    /// <exception cref="ArgumentException">A count is negative or more relapsed than exited.</exception>
    public static PovertyRate ReturnToPovertyRate(long relapsed, long exited)
    {
        CheckCounts(relapsed, exited, nameof(relapsed), "relapsed", "exited");
        return Rate(relapsed, exited);
    }

    private static PovertyRate Rate(long numerator, long denominator) =>
        new(denominator > 0 ? (double)numerator / denominator : null, numerator, denominator);

    private static void CheckCounts(long part, long whole, string paramName, string partName, string wholeName)
    {
        if (part < 0 || whole < 0)
        {
            throw new ArgumentException(Format($"Counts must be zero or more, but {partName} is {part} and {wholeName} is {whole}."), paramName);
        }

        if (part > whole)
        {
            throw new ArgumentException(Format($"The {partName} ({part}) exceed the {wholeName} ({whole}); check both figures."), paramName);
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
