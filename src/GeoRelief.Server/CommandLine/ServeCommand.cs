using System.CommandLine;
using System.Globalization;
using GeoRelief.Server.Hosting;
using Microsoft.AspNetCore.Connections;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief serve</c>: the web server, with the embedded database unless one is named.</summary>
public static class ServeCommand
{
    private static readonly Option<int?> Port = new("--port")
    {
        Description = "Port on 127.0.0.1 (GEORELIEF_PORT, default 5080).",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the API, tiles and web map (the default verb).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(Port);
        command.SetAction(RunAsync);
        return command;
    }

    /// <summary>Also the root command's action, so plain <c>georelief</c> serves.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var overrides = GlobalOptions.Overrides(parseResult);
        if (parseResult.GetValue(Port) is { } port)
        {
            overrides[nameof(GeoReliefOptions.Port)] = port.ToString(CultureInfo.InvariantCulture);
        }

        // Whatever GeoRelief does not know (e.g. --urls, --environment) goes to ASP.NET Core.
        var hostArgs = parseResult.UnmatchedTokens.ToArray();
        return await CommandDatabase.RunAsync(async () =>
        {
            await using var app = GeoReliefApp.Build(hostArgs, overrides);
            try
            {
                await app.RunAsync();
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                await Console.Error.WriteLineAsync($"georelief: {e.Message.TrimEnd('.')}: another program (another GeoRelief?) listens there. Stop it, or serve on another port: --port 5081 or GEORELIEF_PORT=5081.");
                return 1;
            }

            return 0;
        });
    }
}
