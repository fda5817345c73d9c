using GeoRelief.Data.Internal;
using GeoRelief.Data.Migrations;

namespace GeoRelief.Data.Tests.Internal;

public sealed class SqlScriptSplitterTests
{
    private static List<string> Texts(string script) => SqlScriptSplitter.Split(script).Select(s => s.Text).ToList();

    [Fact]
    public void Statements_end_at_top_level_semicolons() =>
        Assert.Equal(["SELECT 1", "SELECT 2"], Texts("SELECT 1;\nSELECT 2;\n"));

    [Fact]
    public void The_last_statement_needs_no_semicolon() =>
        Assert.Equal(["SELECT 1", "SELECT 2"], Texts("SELECT 1; SELECT 2"));

    [Fact]
    public void Semicolons_in_strings_identifiers_and_comments_do_not_split()
    {
        var script = """
            SELECT 'a;b', 'it''s;', E'back\';slash', "odd;name" FROM t; -- trailing; comment
            /* block; /* nested; */ still; */ SELECT 2;
            """;

        Assert.Equal(
            ["SELECT 'a;b', 'it''s;', E'back\\';slash', \"odd;name\" FROM t", "SELECT 2"],
            Texts(script));
    }

    [Fact]
    public void Dollar_quoted_bodies_stay_whole()
    {
        var script = """
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END $$;
            DO $body$ BEGIN RAISE NOTICE 'a;b $$ c'; END $body$;
            SELECT $1;
            """;

        Assert.Equal(3, Texts(script).Count);
        Assert.EndsWith("END $$", Texts(script)[0], StringComparison.Ordinal);
        Assert.EndsWith("END $body$", Texts(script)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_only_pieces_are_dropped_and_offsets_point_at_the_statement()
    {
        var script = "-- header\n\n  CREATE TABLE a (id int);\n-- footer\n";

        var statement = Assert.Single(SqlScriptSplitter.Split(script));

        Assert.Equal("CREATE TABLE a (id int)", statement.Text);
        Assert.Equal(script.IndexOf("CREATE", StringComparison.Ordinal), statement.Offset);
    }

    [Fact]
    public void The_storage_model_splits_into_whole_statements()
    {
        var statements = SqlScriptSplitter.Split(EmbeddedMigrations.All[0].Sql);

        Assert.All(statements, s => Assert.Equal(s.Text, EmbeddedMigrations.All[0].Sql.Substring(s.Offset, s.Text.Length)));
        Assert.Contains(statements, s => s.Text.StartsWith("DO $$", StringComparison.Ordinal) && s.Text.EndsWith("END $$", StringComparison.Ordinal));
    }
}
