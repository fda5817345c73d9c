namespace GeoRelief.Core.Analytics.Weights.Internal;

/// <summary>The k closest candidates seen so far, kept sorted by (distance, index) so ties go to the lower index.</summary>
internal sealed class NearestBuffer(int capacity)
{
    private readonly double[] distances = new double[capacity];
    private readonly int[] indices = new int[capacity];
    private int count;

    /// <summary>Whether k candidates are held.</summary>
    public bool IsFull => count == capacity;

    /// <summary>Largest distance held (meaningful once full).</summary>
    public double Worst => distances[count - 1];

    /// <summary>Forgets every candidate.</summary>
    public void Clear() => count = 0;

    /// <summary>Keeps the candidate if it is among the k closest so far.</summary>
    public void Offer(double distance, int index)
    {
        if (IsFull && !Precedes(distance, index, distances[count - 1], indices[count - 1]))
        {
            return;
        }

        var at = IsFull ? count - 1 : count++;
        while (at > 0 && Precedes(distance, index, distances[at - 1], indices[at - 1]))
        {
            distances[at] = distances[at - 1];
            indices[at] = indices[at - 1];
            at--;
        }

        distances[at] = distance;
        indices[at] = index;
    }

    /// <summary>The indices held, ascending.</summary>
    public int[] IndicesAscending()
    {
        var result = indices.AsSpan(0, count).ToArray();
        Array.Sort(result);
        return result;
    }

    private static bool Precedes(double distance, int index, double otherDistance, int otherIndex) =>
        distance < otherDistance || (distance == otherDistance && index < otherIndex);
}
