namespace GeoRelief.Core.Siting.Criteria;

/// <summary>
/// Scores a measured value by bands: the first band whose upper bound the value does not exceed gives the score;
/// a value beyond the last band scores <paramref name="Beyond"/>.
/// </summary>
/// <param name="Unit">The unit of the values and band bounds (e.g. "m", "°").</param>
/// <param name="Bands">Bands in ascending order of their upper bound.</param>
/// <param name="Beyond">The score past the last band.</param>
public sealed record BandedScore(string Unit, IReadOnlyList<ScoreBand> Bands, double Beyond)
{
    /// <summary>The score of <paramref name="value"/>.</summary>
    public double Score(double value)
    {
        foreach (var band in Bands)
        {
            if (value <= band.UpTo)
            {
                return band.Score;
            }
        }

        return Beyond;
    }

    /// <summary>What is wrong with the bands, or null.</summary>
    public string? Validate()
    {
        if (Bands.Count == 0)
        {
            return "needs at least one band.";
        }

        for (var i = 0; i < Bands.Count; i++)
        {
            if (!double.IsFinite(Bands[i].UpTo) || Bands[i].Score is < 0 or > 100 || double.IsNaN(Bands[i].Score))
            {
                return $"band {i + 1} must have a finite upper bound and a score from 0 to 100.";
            }

            if (i > 0 && Bands[i].UpTo <= Bands[i - 1].UpTo)
            {
                return $"band upper bounds must rise: band {i + 1} ({Bands[i].UpTo}) is not above band {i} ({Bands[i - 1].UpTo}).";
            }
        }

        return Beyond is < 0 or > 100 || double.IsNaN(Beyond) ? "the score beyond the last band must be from 0 to 100." : null;
    }
}
