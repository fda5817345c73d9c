namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>Whether a county or village meets the exit (退出) criteria, and why not.</summary>
/// <param name="Status">Eligible, not eligible, or no population.</param>
/// <param name="Incidence">Poverty incidence with its n.</param>
/// <param name="Threshold">Incidence threshold applied (2 %, or 3 % in a western province).</param>
/// <param name="IsWesternProvince">Whether the western threshold applied.</param>
/// <param name="SurveyFiguresChecked">Which survey figures were given and checked; the others could not be judged.</param>
/// <param name="UnmetCriteria">Plain-language reasons for <see cref="ExitStatus.NotEligible"/>.</param>
public sealed record ExitAssessment(
    ExitStatus Status,
    PovertyRate Incidence,
    double Threshold,
    bool IsWesternProvince,
    int SurveyFiguresChecked,
    IReadOnlyList<string> UnmetCriteria);
