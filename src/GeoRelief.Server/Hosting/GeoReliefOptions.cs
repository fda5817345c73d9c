using System.ComponentModel.DataAnnotations;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// The <c>GeoRelief</c> configuration section. Each key can also be set as an environment variable
/// <c>GEORELIEF_KEY</c> (e.g. <c>GEORELIEF_DB</c>) or a command-line option; docs/configuration.md lists them.
/// </summary>
public sealed class GeoReliefOptions
{
    public const string Section = "GeoRelief";

    /// <summary>Where GeoRelief keeps its embedded database and secrets.</summary>
    [Required]
    public string Home { get; set; } = ".georelief";

    /// <summary>Connection string of an existing PostgreSQL/PostGIS server; empty runs the embedded cluster.</summary>
    public string? Db { get; set; }

    /// <summary>Port the server listens on, on 127.0.0.1 unless <c>--urls</c> says otherwise.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 5080;

    /// <summary>Load the sample counties into an empty database on start.</summary>
    public bool LoadSample { get; set; } = true;

    /// <summary>Whether reads need a viewer token (<c>required</c>) or are open to anyone (<c>open</c>, the default).</summary>
    public Auth.ReadAuth ReadAuth { get; set; } = Auth.ReadAuth.Open;
}
