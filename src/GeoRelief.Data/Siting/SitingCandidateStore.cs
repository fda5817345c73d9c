using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Scoring;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Siting;

/// <summary>Measures candidate sites with exact PostGIS geometry (slope from ST_Slope, ellipsoidal distances).</summary>
public sealed class SitingCandidateStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Measures each candidate. <paramref name="sourceVillageIds"/>: the villages being moved (null: every natural
    /// village that is a source of a relocation site; empty: none, the distance constraint is not applied).
    /// </summary>
    public async Task<IReadOnlyList<MeasuredCandidate>> MeasureAsync(
        IReadOnlyList<SitingCandidate> candidates, SuitabilityParameters parameters, IReadOnlyList<string>? sourceVillageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(parameters);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/measure_candidates.sql"));
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, candidates.Select(c => c.Id).ToArray());
        command.Parameters.AddWithValue("geojson", NpgsqlDbType.Array | NpgsqlDbType.Text, candidates.Select(c => c.GeometryGeoJson).ToArray());
        command.Parameters.Add(new NpgsqlParameter("source_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = sourceVillageIds?.ToArray() ?? (object)DBNull.Value });
        command.Parameters.AddWithValue("geohazard_buffer", NpgsqlDbType.Double, parameters.GeohazardBufferMetres);
        command.Parameters.AddWithValue("hazard_radius", NpgsqlDbType.Double, parameters.HazardSusceptibilityRadiusMetres);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var measured = new List<MeasuredCandidate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var zones = ConstraintZones.None;
            ConstraintZones[] order =
            [
                ConstraintZones.EcologicalRedLine, ConstraintZones.NatureReserve, ConstraintZones.BasicFarmland,
                ConstraintZones.WaterSource, ConstraintZones.Geohazard, ConstraintZones.FloodZone,
            ];
            for (var k = 0; k < order.Length; k++)
            {
                if (reader.GetBoolean(3 + k))
                {
                    zones |= order[k];
                }
            }

            var sourceDistance = await Nullable(reader, 15, cancellationToken);
            measured.Add(new MeasuredCandidate(
                reader.GetString(0),
                reader.GetString(16),
                new SiteMeasurement(
                    await Nullable(reader, 1, cancellationToken),
                    await Nullable(reader, 2, cancellationToken),
                    zones,
                    (HazardLevel)reader.GetInt32(9),
                    await Nullable(reader, 10, cancellationToken),
                    await Nullable(reader, 11, cancellationToken),
                    await Nullable(reader, 12, cancellationToken),
                    await Nullable(reader, 13, cancellationToken),
                    await Nullable(reader, 14, cancellationToken),
                    sourceVillageIds is { Count: 0 } ? null : sourceDistance,
                    await Nullable(reader, 17, cancellationToken))));
        }

        return measured;
    }

    /// <summary>The relocation sites in the data, optionally within an administrative unit.</summary>
    public async Task<IReadOnlyList<ExistingSite>> ExistingSitesAsync(string? within, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/existing_sites.sql"));
        command.Parameters.Add(new NpgsqlParameter("within", NpgsqlDbType.Text) { Value = within ?? (object)DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sites = new List<ExistingSite>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sites.Add(new ExistingSite(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetFieldValue<string[]>(5)));
        }

        return sites;
    }

    private static async Task<double?> Nullable(NpgsqlDataReader reader, int ordinal, CancellationToken cancellationToken) =>
        await reader.IsDBNullAsync(ordinal, cancellationToken) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
