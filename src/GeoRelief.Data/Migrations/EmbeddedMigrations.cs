using GeoRelief.Data.Sql;

namespace GeoRelief.Data.Migrations;

/// <summary>The migrations shipped with GeoRelief: the SQL files under <c>Migrations/Sql</c>, embedded in this assembly.</summary>
public static class EmbeddedMigrations
{
    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(
        () => EmbeddedSql.ReadFolder("Migrations/Sql").Select(file => new Migration(file.FileName, file.Text)).ToList());

    /// <summary>Every shipped migration, in file-name order.</summary>
    public static IReadOnlyList<Migration> All => Loaded.Value;
}
