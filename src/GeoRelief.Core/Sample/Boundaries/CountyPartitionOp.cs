using GeoRelief.Core.Sample.Boundaries.Internal;

namespace GeoRelief.Core.Sample.Boundaries;

/// <summary>
/// Synthetic, exactly tiling boundaries for a county, its townships and their villages.
/// </summary>
/// <remarks>
/// The county is a ragged radial outline of the real area at the real centre. Townships, then the villages
/// of each township, are cells of a centroidal power diagram with planned, unequal areas, laid out in a
/// local metric plane so cells are isotropic. Every shared edge is wiggled once by midpoint displacement.
/// All lines are then noded together on the output grid and polygonised; each unit is the union of its
/// faces, so neighbours share identical vertices and every level unions exactly to the one above.
/// </remarks>
public static class CountyPartitionOp
{
    /// <summary>Boundaries for <paramref name="county"/> and the townships (level 4) and villages (level 5) below it in <paramref name="divisions"/>.</summary>
    /// <param name="divisions">Any list of divisions; those outside the county are ignored.</param>
    /// <param name="seed">Same seed, same boundaries.</param>
    public static CountyPartition Partition(SampleCounty county, IReadOnlyList<Division> divisions, int seed, CountyPartitionParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(county);
        ArgumentNullException.ThrowIfNull(divisions);
        parameters ??= new CountyPartitionParameters();
        parameters.Validate();
        var townships = divisions
            .Where(d => d.Level == 4 && d.ParentCode == county.Code)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        if (townships.Count == 0)
        {
            throw new ArgumentException($"The divisions hold no townships of county {county.Code}.", nameof(divisions));
        }

        var villages = townships
            .Select(t => (IReadOnlyList<Division>)[.. divisions
                .Where(d => d.Level == 5 && d.ParentCode == t.Code)
                .OrderBy(d => d.Code, StringComparer.Ordinal)])
            .ToList();
        return new CountyPartitionBuilder(county, townships, villages, seed, parameters).Build();
    }
}
