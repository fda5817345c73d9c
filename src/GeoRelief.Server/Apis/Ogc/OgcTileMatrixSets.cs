using System.Globalization;
using System.Text.Json.Nodes;
using GeoRelief.Data.Tiles;

namespace GeoRelief.Server.Apis.Ogc;

/// <summary>The one tile matrix set GeoRelief's vector tiles use: OGC WebMercatorQuad (EPSG:3857, 256-px tiles, XYZ rows).</summary>
public static class OgcTileMatrixSets
{
    public const string WebMercatorQuad = "WebMercatorQuad";
    public const string WebMercatorQuadUri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public const string WebMercatorCrs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    private const double HalfWorld = 20037508.3427892;

    /// <summary>Size of a 256-px screen pixel in metres at zoom 0 on the equator.</summary>
    private const double CellSizeAtZoom0 = 2 * HalfWorld / 256;

    /// <summary>The standard pixel of 0.28 mm that scale denominators refer to.</summary>
    private const double StandardPixelMetres = 0.00028;

    /// <summary>The definition (OGC Two Dimensional Tile Matrix Set 2.0, JSON) with matrices 0 … <see cref="TileLayerCatalog.MaxZoom"/>.</summary>
    public static JsonObject Definition(string selfHref)
    {
        var matrices = new JsonArray();
        for (var z = 0; z <= TileLayerCatalog.MaxZoom; z++)
        {
            var cellSize = CellSizeAtZoom0 / (1L << z);
            matrices.Add(new JsonObject
            {
                ["id"] = z.ToString(CultureInfo.InvariantCulture),
                ["scaleDenominator"] = cellSize / StandardPixelMetres,
                ["cellSize"] = cellSize,
                ["cornerOfOrigin"] = "topLeft",
                ["pointOfOrigin"] = new JsonArray(-HalfWorld, HalfWorld),
                ["tileWidth"] = 256,
                ["tileHeight"] = 256,
                ["matrixWidth"] = 1L << z,
                ["matrixHeight"] = 1L << z,
            });
        }

        return new JsonObject
        {
            ["id"] = WebMercatorQuad,
            ["title"] = "Google Maps Compatible for the World",
            ["uri"] = WebMercatorQuadUri,
            ["crs"] = WebMercatorCrs,
            ["orderedAxes"] = new JsonArray("X", "Y"),
            ["wellKnownScaleSet"] = "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
            ["tileMatrices"] = matrices,
            ["links"] = new JsonArray(OgcLinks.Link(selfHref, "self", OgcLinks.Json, "This tile matrix set")),
        };
    }
}
