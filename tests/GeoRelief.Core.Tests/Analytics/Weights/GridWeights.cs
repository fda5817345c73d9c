using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.Weights;

/// <summary>Contiguity of a regular lattice, numbered row by row (PySAL's lat2W).</summary>
internal static class GridWeights
{
    public static SpatialWeights Queen(int rows, int columns)
    {
        var pairs = new List<(int, int)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                for (var dr = 0; dr <= 1; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var (r2, c2) = (r + dr, c + dc);
                        if ((dr, dc) is not ((0, 0) or (0, -1)) && r2 < rows && c2 >= 0 && c2 < columns)
                        {
                            pairs.Add(((r * columns) + c, (r2 * columns) + c2));
                        }
                    }
                }
            }
        }

        return SpatialWeights.FromAdjacencyPairs(rows * columns, pairs);
    }

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
