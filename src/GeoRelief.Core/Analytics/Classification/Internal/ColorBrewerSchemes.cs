namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>
/// ColorBrewer 2.0 schemes (Cynthia Brewer, colorbrewer2.org; Apache-2.0 licensed colour specifications) for
/// 3 to 9 classes, index 0 = 3 classes.
/// </summary>
internal static class ColorBrewerSchemes
{
    public static readonly string[][] YlOrRd =
    [
        ["#ffeda0", "#feb24c", "#f03b20"],
        ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
        ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
        ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"],
        ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"],
        ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"],
        ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
    ];

    public static readonly string[][] Blues =
    [
        ["#deebf7", "#9ecae1", "#3182bd"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    ];

    public static readonly string[][] Greens =
    [
        ["#e5f5e0", "#a1d99b", "#31a354"],
        ["#edf8e9", "#bae4b3", "#74c476", "#238b45"],
        ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"],
        ["#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c"],
        ["#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32"],
        ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32"],
        ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
    ];

    public static readonly string[][] Purples =
    [
        ["#efedf5", "#bcbddc", "#756bb1"],
        ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"],
        ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"],
        ["#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"],
        ["#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"],
        ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"],
        ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
    ];

    public static readonly string[][] RdBu =
    [
        ["#ef8a62", "#f7f7f7", "#67a9cf"],
        ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
        ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
        ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
        ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
        ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
    ];
}
