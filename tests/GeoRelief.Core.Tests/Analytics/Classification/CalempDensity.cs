namespace GeoRelief.Core.Tests.Analytics.Classification;

/// <summary>
/// PySAL's "calemp" example: employment density (jobs per km²) of the 58 California counties, the data set
/// mapclassify ships as <c>mapclassify.load_example()</c>. Values as listed in riatelab/statsbreaks
/// test/test-data.js (same 58 values, min 0.13, max 4111.45, mean 125.928).
/// </summary>
internal static class CalempDensity
{
    public static double[] Values { get; } =
    [
        329.92, 0.42, 5.9, 14.03, 2.78, 1.34, 181.27, 1.65, 10.03, 16.7, 1.32, 3.99, 3.16, 0.22, 8.7, 6.56, 3.27, 0.33,
        370.5, 4.51, 75.29, 0.99, 2.74, 8.68, 0.14, 0.92, 12.63, 28.7, 12.02, 722.85, 36.68, 0.74, 29.82, 192.05, 3.38,
        11.15, 110.74, 4111.45, 49.47, 10.33, 317.11, 20.47, 264.93, 66.26, 5.39, 0.13, 0.61, 50.65, 40.48, 36.67,
        13.09, 1.81, 0.2, 7.6, 2.51, 57.26, 24.32, 6.97,
    ];
}
