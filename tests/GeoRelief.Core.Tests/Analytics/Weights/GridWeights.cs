using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.Weights;

/// <summary>Rook contiguity of a regular lattice, numbered row by row (PySAL's lat2W).</summary>
internal static class GridWeights
{
    public static SpatialWeights Rook(int rows, int columns)
    {
        var pairs = new List<(int, int)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var i = (r * columns) + c;
                if (c + 1 < columns)
                {
                    pairs.Add((i, i + 1));
                }

                if (r + 1 < rows)
                {
                    pairs.Add((i, i + columns));
                }
            }
        }

        return SpatialWeights.FromAdjacencyPairs(rows * columns, pairs);
    }
}
