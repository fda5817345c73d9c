using GeoRelief.Data.Health;
using GeoRelief.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace GeoRelief.Server.Apis;

/// <summary>Liveness and readiness for people and load balancers.</summary>
public static partial class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithName(nameof(GetHealth))
            .WithTags("Health")
            .WithSummary("Whether the database is reachable, its PostgreSQL/PostGIS versions and the data version.");
        app.MapGet("/ready", GetReady)
            .WithName(nameof(GetReady))
            .WithTags("Health")
            .WithSummary("200 once the database is migrated and serving; 503 before.");
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealth(
        GeoReliefDatabase database,
        ILogger<GeoReliefDatabase> logger,
        CancellationToken cancellationToken)
    {
        if (!database.IsStarted)
        {
            return Unhealthy("The database is still starting.");
        }

        try
        {
            var status = await new DatabaseStatusReader(database.DataSource).ReadAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport(
                "healthy",
                new DatabaseReport(true, database.Cluster is null ? "external" : "embedded", status.PostgreSql, status.PostGis, status.PgRouting, null),
                status.DataVersion,
                status.DataChangedAt,
                SampleNotice));
        }
        catch (NpgsqlException e)
        {
            LogUnreachable(logger, e);
            return Unhealthy("The database cannot be reached: " + e.Message);
        }
    }

    public static Results<Ok<string>, ProblemHttpResult> GetReady(GeoReliefDatabase database) =>
        database.IsStarted
            ? TypedResults.Ok("ready")
            : TypedResults.Problem(title: "Not ready.", detail: "The database is still starting; try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Said wherever a user sees the sample: its codes and names are official, its geometry is not.</summary>
    public const string SampleNotice = "Sample data: official NBS codes and names, synthetic geometry and figures.";

    private static JsonHttpResult<HealthReport> Unhealthy(string why) =>
        TypedResults.Json(
            new HealthReport("unhealthy", new DatabaseReport(false, null, null, null, null, why), null, null, SampleNotice),
            statusCode: StatusCodes.Status503ServiceUnavailable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the database cannot be reached")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
