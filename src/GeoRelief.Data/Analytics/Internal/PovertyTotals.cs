namespace GeoRelief.Data.Analytics.Internal;

/// <summary>Running sums of one unit while its administrative villages are rolled up (previous-year sums null until a village has them).</summary>
internal sealed class PovertyTotals
{
    public long NaturalVillages { get; set; }

    public long Registered { get; set; }

    public long Poor { get; set; }

    public long PoorHouseholds { get; set; }

    public long Monitored { get; set; }

    public long Exited { get; set; }

    public long? PreviousRegistered { get; set; }

    public long? PreviousPoor { get; set; }
}
