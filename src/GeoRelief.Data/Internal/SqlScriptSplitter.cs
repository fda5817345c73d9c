namespace GeoRelief.Data.Internal;

/// <summary>
/// Splits an SQL script into statements at top-level semicolons, the way psql does: semicolons inside quoted
/// strings (<c>'…'</c>, <c>E'…'</c>), quoted identifiers, dollar-quoted bodies (<c>$tag$…$tag$</c>) and comments
/// (<c>--</c>, nested <c>/* */</c>) do not end a statement, and comments before a statement are not part of it. Knowing where each statement starts turns the server's
/// error position into a line of the file. SQL-standard function bodies (<c>BEGIN ATOMIC … END</c>) are not
/// recognised: write function bodies in dollar quotes.
/// </summary>
internal static class SqlScriptSplitter
{
    /// <summary>The statements of <paramref name="script"/>, without their terminating semicolons; comment-only pieces are dropped.</summary>
    public static IReadOnlyList<SqlStatement> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<SqlStatement>();
        var start = -1;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                i = SkipLineComment(script, i);
                continue;
            }

            if (c == '/' && next == '*')
            {
                i = SkipBlockComment(script, i);
                continue;
            }

            if (c == ';')
            {
                Add(statements, script, start, i);
                start = -1;
                i++;
                continue;
            }

            if (start < 0 && !char.IsWhiteSpace(c))
            {
                start = i;
            }

            i = c switch
            {
                '\'' => SkipQuoted(script, i, '\'', backslashEscapes: i > 0 && script[i - 1] is 'E' or 'e' && !IsIdentifierChar(i > 1 ? script[i - 2] : ' ')),
                '"' => SkipQuoted(script, i, '"', backslashEscapes: false),
                '$' when DollarTag(script, i) is { } tag => SkipDollarQuoted(script, i, tag),
                _ => i + 1,
            };
        }

        Add(statements, script, start, script.Length);
        return statements;
    }

    // A statement starts at its first character of code: leading comments and blank lines are not part of it.
    private static void Add(List<SqlStatement> statements, string script, int start, int end)
    {
        if (start >= 0)
        {
            statements.Add(new SqlStatement(start, script[start..end].TrimEnd()));
        }
    }

    private static int SkipLineComment(string script, int i)
    {
        var end = script.IndexOf('\n', i);
        return end < 0 ? script.Length : end + 1;
    }

    private static int SkipBlockComment(string script, int i)
    {
        var depth = 0;
        while (i < script.Length)
        {
            if (script[i] == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (script[i] == '*' && i + 1 < script.Length && script[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static int SkipQuoted(string script, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < script.Length)
        {
            if (backslashEscapes && script[i] == '\\')
            {
                i += 2;
            }
            else if (script[i] == quote)
            {
                // A doubled quote is an escaped quote, not the end.
                if (i + 1 < script.Length && script[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    // "$tag$" or "$$" opening a dollar-quoted string; a "$1" parameter or an identifier's "$" is not one.
    private static string? DollarTag(string script, int i)
    {
        if (i > 0 && IsIdentifierChar(script[i - 1]))
        {
            return null;
        }

        var end = i + 1;
        while (end < script.Length && IsIdentifierChar(script[end]) && script[end] != '$')
        {
            end++;
        }

        if (end >= script.Length || script[end] != '$' || (end > i + 1 && char.IsAsciiDigit(script[i + 1])))
        {
            return null;
        }

        return script[i..(end + 1)];
    }

    private static int SkipDollarQuoted(string script, int i, string tag)
    {
        var close = script.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
        return close < 0 ? script.Length : close + tag.Length;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
