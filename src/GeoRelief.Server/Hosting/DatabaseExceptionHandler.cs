using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// Answers a request that failed because the database could not be reached with 503 and a ProblemDetails that
/// says so, instead of a bare 500; a request the client abandoned is not an error at all.
/// </summary>
public sealed partial class DatabaseExceptionHandler(IProblemDetailsService problemDetails, ILogger<DatabaseExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = 499;
            return true;
        }

        if (exception is not NpgsqlException { IsTransient: true } and not TimeoutException)
        {
            return false;
        }

        LogDatabaseUnavailable(logger, httpContext.Request.Path, exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is not available.",
                Detail = "GeoRelief could not reach its database. Try again in a moment; if it persists, check /health and the server log.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed: the database is not available")]
    private static partial void LogDatabaseUnavailable(ILogger logger, PathString path, Exception exception);
}
