using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Data.Siting.Internal;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Siting;

/// <summary>
/// Measures every cell of a grid over an area: PostGIS rasterises the DEM, slope, zones, roads and facilities onto
/// one grid in the area's Gauss–Krüger zone; distances to the nearest feature come from an exact Euclidean distance
/// transform of the rasterised features (within a cell of the true distance).
/// </summary>
public sealed class SuitabilityGridStore(NpgsqlDataSource dataSource)
{
    /// <summary>Margin around the area within which features count for distances, in metres.</summary>
    public const double MarginMetres = 5000;

    /// <summary>The most cells a grid may have (a county at 50 m).</summary>
    public const int MaximumCells = 2_000_000;

    /// <summary>The measured grid; null when <paramref name="area"/> names no administrative unit (or one without geometry).</summary>
    public async Task<SuitabilityGridLayers?> LoadAsync(
        SitingArea area, double cellSize, SuitabilityParameters parameters, IReadOnlyList<string>? sourceVillageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(parameters);
        double longitude, areaKm2;
        await using (var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/area.sql")))
        {
            AddArea(command, area);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || await reader.IsDBNullAsync(0, cancellationToken))
            {
                return null;
            }

            longitude = reader.GetDouble(0);
            areaKm2 = reader.GetDouble(1);
        }

        var cells = areaKm2 * 1e6 / (cellSize * cellSize);
        if (cells > MaximumCells)
        {
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize,
                $"A {cellSize} m grid over {areaKm2:0} km² has about {cells:0} cells; the limit is {MaximumCells}. Use a larger cell size or a smaller area.");
        }

        var srid = GaussKrugerZones.ThreeDegreeEpsgForLongitude(longitude);
        var layers = new Dictionary<string, RasterWkb>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/grid_layers.sql")))
        {
            AddArea(command, area);
            command.Parameters.AddWithValue("srid", NpgsqlDbType.Integer, srid);
            command.Parameters.AddWithValue("cell", NpgsqlDbType.Double, cellSize);
            command.Parameters.AddWithValue("margin", NpgsqlDbType.Double, Math.Ceiling(MarginMetres / cellSize) * cellSize);
            command.Parameters.Add(new NpgsqlParameter("source_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = sourceVillageIds?.ToArray() ?? (object)DBNull.Value });
            command.Parameters.AddWithValue("geohazard_buffer", NpgsqlDbType.Double, parameters.GeohazardBufferMetres);
            command.Parameters.AddWithValue("hazard_radius", NpgsqlDbType.Double, parameters.HazardSusceptibilityRadiusMetres);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                layers[reader.GetString(0)] = RasterWkb.Read(reader.GetFieldValue<byte[]>(1));
            }
        }

        var grid = layers["grid"];
        var georef = new GridGeoreference(srid, grid.UpperLeftX, grid.UpperLeftY, cellSize, grid.Width, grid.Height);
        var n = grid.Width * grid.Height;
        var inArea = Mask(layers, "area", georef);
        var zones = new byte[n];
        Burn(zones, Mask(layers, "zone_ecological_red_line", georef), ConstraintZones.EcologicalRedLine);
        Burn(zones, Mask(layers, "zone_nature_reserve", georef), ConstraintZones.NatureReserve);
        Burn(zones, Mask(layers, "zone_basic_farmland", georef), ConstraintZones.BasicFarmland);
        Burn(zones, Mask(layers, "zone_water_source", georef), ConstraintZones.WaterSource);
        Burn(zones, Mask(layers, "zone_geohazard", georef), ConstraintZones.Geohazard);
        Burn(zones, Mask(layers, "zone_flood_zone", georef), ConstraintZones.FloodZone);
        var hazard = new byte[n];
        foreach (var (name, level) in new[] { ("hazard_low", HazardLevel.Low), ("hazard_medium", HazardLevel.Medium), ("hazard_high", HazardLevel.High) })
        {
            var mask = Mask(layers, name, georef);
            for (var i = 0; i < n; i++)
            {
                if (mask[i] && hazard[i] < (byte)level)
                {
                    hazard[i] = (byte)level;
                }
            }
        }

        var sources = Mask(layers, "source_village", georef);
        var input = new SuitabilityGridInput(
            grid.Width,
            grid.Height,
            inArea,
            Values(layers, "slope", georef),
            Values(layers, "elevation", georef),
            zones,
            hazard,
            Distance(layers, "hardened_road", georef),
            Distance(layers, "township_seat", georef),
            Distance(layers, "jobs", georef),
            Distance(layers, "school", georef),
            Distance(layers, "clinic", georef),
            sources.Contains(true) ? EuclideanDistanceTransformOp.Compute(sources, georef.Width, georef.Height, cellSize) : null,
            Values(layers, "aspect", georef));
        return new SuitabilityGridLayers(georef, input, areaKm2);
    }

    internal static void AddArea(NpgsqlCommand command, SitingArea area)
    {
        command.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = area.Code ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("geojson", NpgsqlDbType.Text) { Value = area.GeoJson ?? (object)DBNull.Value });
    }

    private static float[] Distance(Dictionary<string, RasterWkb> layers, string name, GridGeoreference grid) =>
        EuclideanDistanceTransformOp.Compute(Mask(layers, name, grid), grid.Width, grid.Height, grid.CellSize);

    private static void Burn(byte[] zones, bool[] mask, ConstraintZones zone)
    {
        for (var i = 0; i < zones.Length; i++)
        {
            if (mask[i])
            {
                zones[i] |= (byte)zone;
            }
        }
    }

    private static bool[] Mask(Dictionary<string, RasterWkb> layers, string name, GridGeoreference grid)
    {
        var values = Values(layers, name, grid);
        var mask = new bool[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            mask[i] = values[i] > 0;
        }

        return mask;
    }

    /// <summary>A layer pasted into the grid at its offset (all NaN when the layer is absent: no such features).</summary>
    private static float[] Values(Dictionary<string, RasterWkb> layers, string name, GridGeoreference grid)
    {
        var result = new float[grid.Width * grid.Height];
        Array.Fill(result, float.NaN);
        if (!layers.TryGetValue(name, out var layer) || layer.Values is null)
        {
            return result;
        }

        var columnOffset = (int)Math.Round((layer.UpperLeftX - grid.UpperLeftX) / grid.CellSize);
        var rowOffset = (int)Math.Round((grid.UpperLeftY - layer.UpperLeftY) / grid.CellSize);
        for (var r = 0; r < layer.Height; r++)
        {
            var gr = r + rowOffset;
            if (gr < 0 || gr >= grid.Height)
            {
                continue;
            }

            for (var c = 0; c < layer.Width; c++)
            {
                var gc = c + columnOffset;
                if (gc >= 0 && gc < grid.Width)
                {
                    result[(gr * grid.Width) + gc] = layer.Values[(r * layer.Width) + c];
                }
            }
        }

        return result;
    }
}
