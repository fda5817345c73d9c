namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>Thresholds for exit and poor-village rules (DOMAIN.md); all shares, 0.02 = 2 %.</summary>
public sealed class PovertyThresholds
{
    /// <summary>The national defaults.</summary>
    public static PovertyThresholds Default { get; } = new();

    /// <summary>Highest incidence at which a county or village may exit, outside the western provinces.</summary>
    public double ExitIncidence { get; init; } = 0.02;

    /// <summary>Highest incidence at which a unit in a western province may exit.</summary>
    public double WesternExitIncidence { get; init; } = 0.03;

    /// <summary>A village counts as poor when its incidence is at least this multiple of its province's.</summary>
    public double PoorVillageMultiple { get; init; } = 2.0;

    /// <summary>Highest wrong-exit rate (错退率) allowed for exit.</summary>
    public double MaxWrongExitRate { get; init; } = 0.02;

    /// <summary>Highest missed-identification rate (漏评率) allowed for exit.</summary>
    public double MaxMissedIdentificationRate { get; init; } = 0.02;

    /// <summary>Lowest public approval (群众认可度) required for exit.</summary>
    public double MinPublicApproval { get; init; } = 0.90;
}
