namespace GeoRelief.Data.Migrations;

/// <summary>
/// A migration failed or the applied migrations do not match the files; the message names the file and, for a
/// failure inside the database, carries the server's error with its line in the file.
/// </summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public MigrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The migration file concerned, when there is one.</summary>
    public string? FileName { get; init; }

    /// <summary>The SQLSTATE of the database's error, when the database refused the migration.</summary>
    public string? SqlState { get; init; }

    /// <summary>The 1-based line in the migration file where the database's error points, when known.</summary>
    public int? Line { get; init; }
}
