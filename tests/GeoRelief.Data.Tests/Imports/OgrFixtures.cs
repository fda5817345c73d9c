using System.Diagnostics;
using System.IO.Compression;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>Makes Shapefile and GeoPackage fixtures with GDAL's ogr2ogr from a GeoJSON the test writes.</summary>
internal static class OgrFixtures
{
    /// <summary>A zipped Shapefile (.shp, .shx, .dbf, .prj, .cpg) of <paramref name="geoJsonPath"/> in <paramref name="epsg"/>, attributes in <paramref name="encoding"/>.</summary>
    public static async Task<string> ZippedShapefileAsync(string geoJsonPath, string epsg, string encoding)
    {
        var folder = Path.Combine(Path.GetDirectoryName(geoJsonPath)!, Path.GetFileNameWithoutExtension(geoJsonPath) + "-shp");
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(geoJsonPath);
        await RunAsync("-f", "ESRI Shapefile", Path.Combine(folder, name + ".shp"), geoJsonPath, "-a_srs", epsg, "-lco", "ENCODING=" + encoding);
        var zip = Path.Combine(Path.GetDirectoryName(geoJsonPath)!, name + ".zip");
        File.Delete(zip);
        ZipFile.CreateFromDirectory(folder, zip);
        return zip;
    }

    /// <summary>A GeoPackage of <paramref name="geoJsonPath"/> whose layer is in <paramref name="epsg"/>.</summary>
    public static async Task<string> GeoPackageAsync(string geoJsonPath, string epsg)
    {
        var path = Path.ChangeExtension(geoJsonPath, ".gpkg");
        File.Delete(path);
        await RunAsync("-f", "GPKG", path, geoJsonPath, "-a_srs", epsg);
        return path;
    }

    private static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("ogr2ogr failed: " + error);
        }
    }
}
