using System.CommandLine;
using System.Globalization;
using GeoRelief.Core.Admin;
using GeoRelief.Data.AdminUnits;
using GeoRelief.Data.Auth;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief token create|list|revoke</c>: API tokens for writing (and, when required, reading).</summary>
public static class TokenCommand
{
    private static readonly Option<string> Role = new("--role")
    {
        Description = "viewer (read when reads need a token), editor (also write), or admin (also read the audit trail).",
        Required = true,
    };

    private static readonly Option<string?> Within = new("--within")
    {
        Description = "NBS code of the unit the token may edit within, e.g. 522628; without it, everywhere.",
    };

    private static readonly Option<string?> Name = new("--name")
    {
        Description = "Who or what the token is for; the audit trail shows it.",
    };

    private static readonly Argument<string> Id = new("ID")
    {
        Description = "The token's id (the 12 hex digits 'token list' shows).",
    };

    public static Command Create()
    {
        var token = new Command("token", "API tokens: writes need an editor token; the token text is shown once and stored only as a hash.");

        var create = new Command("create", "Create a token and print it once.");
        create.Options.Add(Role);
        create.Options.Add(Within);
        create.Options.Add(Name);
        create.SetAction(CreateAsync);
        token.Subcommands.Add(create);

        var list = new Command("list", "List the tokens (never their secrets).");
        list.SetAction(ListAsync);
        token.Subcommands.Add(list);

        var revoke = new Command("revoke", "Revoke a token: it stops working at once.");
        revoke.Arguments.Add(Id);
        revoke.SetAction(RevokeAsync);
        token.Subcommands.Add(revoke);
        return token;
    }

    private static Task<int> CreateAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            var roleText = parseResult.GetValue(Role);
            if (!ApiRoles.TryParse(roleText, out var role))
            {
                await Console.Error.WriteLineAsync($"georelief: --role '{roleText}' is not a role; use one of {ApiRoles.Names}.");
                return 2;
            }

            string? within = null;
            if (parseResult.GetValue(Within) is { } withinText)
            {
                if (!AdminCode.TryParse(withinText, out var code, out var problem))
                {
                    await Console.Error.WriteLineAsync("georelief: --within " + problem);
                    return 2;
                }

                within = code.Value;
            }

            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            if (within is not null && !await new AdminUnitStore(opened.Database.DataSource).ExistsAsync(within, opened.Interrupted))
            {
                await Console.Error.WriteLineAsync($"georelief: --within {within}: no administrative unit has this code; list them with GET /api/v1/admin-units?level=county.");
                return 2;
            }

            var name = parseResult.GetValue(Name) ?? (within is null ? ApiRoles.Name(role) : $"{ApiRoles.Name(role)} {within}");
            var created = await new ApiTokenStore(opened.Database.DataSource).CreateAsync(name, role, within, opened.Interrupted);
            Console.WriteLine(created.Text);
            await Console.Error.WriteLineAsync(
                $"Token {created.Token.Id} ('{name}', {ApiRoles.Name(role)}, {(within is null ? "everywhere" : "within " + within)}) created. "
                + "It is shown only this once: keep it secret and send it as 'Authorization: Bearer <token>'.");
            return 0;
        });

    private static Task<int> ListAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            var tokens = await new ApiTokenStore(opened.Database.DataSource).ListAsync(opened.Interrupted);
            Console.WriteLine("id            role    within        created                revoked                name");
            foreach (var t in tokens)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{t.Id,-13} {ApiRoles.Name(t.Role),-7} {t.Within ?? "everywhere",-13} {t.CreatedAt:yyyy-MM-dd HH:mm:ss}Z   {(t.RevokedAt is { } r ? r.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z" : "-"),-22} {t.Name}"));
            }

            return 0;
        });

    private static Task<int> RevokeAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            var id = parseResult.GetValue(Id)!;
            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            if (!await new ApiTokenStore(opened.Database.DataSource).RevokeAsync(id, opened.Interrupted))
            {
                await Console.Error.WriteLineAsync($"georelief: no live token has the id '{id}'; see 'georelief token list'.");
                return 1;
            }

            Console.WriteLine($"Token {id} is revoked.");
            return 0;
        });
}
