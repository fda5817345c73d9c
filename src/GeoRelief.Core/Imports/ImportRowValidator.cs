using System.Globalization;
using GeoRelief.Core.Admin;

namespace GeoRelief.Core.Imports;

/// <summary>
/// Checks the attributes of one input row against a layer's rules and converts them to typed values:
/// required values present, numbers that are numbers and within range, dates, allowed values, division codes,
/// and a value not above the field it is bounded by (poor ≤ population, moved-in ≤ planned).
/// Rules that need other rows or the database (duplicate ids, unknown codes, location) are checked in SQL.
/// </summary>
public sealed class ImportRowValidator
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-dTH:mm:ss"];
    private static readonly char[] ListSeparators = [';', '；', '、', '|'];
    private readonly IReadOnlyList<ImportFieldRule> _rules;
    private readonly int[] _notAboveIndex;
    private readonly Dictionary<string, string>[] _allowed;

    /// <summary>A validator for a layer's <paramref name="rules"/>.</summary>
    public ImportRowValidator(IReadOnlyList<ImportFieldRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _notAboveIndex = [.. rules.Select(r => r.AtMost is null ? -1 : IndexOf(rules, r.AtMost))];
        _allowed = [.. rules.Select(r => (r.AllowedValues ?? []).ToDictionary(HeaderNames.Normalize, v => v, StringComparer.Ordinal))];
    }

    /// <summary>
    /// Validates <paramref name="values"/> (one per rule, null when absent) into <paramref name="typed"/> (string, int,
    /// decimal, DateOnly or string[]; null when absent or invalid) and adds what is wrong to <paramref name="problems"/>.
    /// Returns true when the row has no error.
    /// </summary>
    public bool Validate(long row, IReadOnlyList<string?> values, object?[] typed, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        for (var i = 0; i < _rules.Count; i++)
        {
            typed[i] = Convert(row, i, values[i], problems);
        }

        for (var i = 0; i < _rules.Count; i++)
        {
            var bound = _notAboveIndex[i];
            if (bound >= 0 && typed[i] is { } value && typed[bound] is { } limit && ToDecimal(value) > ToDecimal(limit))
            {
                var rule = _rules[i];
                problems.Add(new ImportProblem(
                    row, rule.Column, ImportProblemCodes.ExceedsOtherField,
                    string.Create(CultureInfo.InvariantCulture, $"{rule.Column} ({value}) is more than {rule.AtMost} ({limit}); it cannot be."),
                    Text(value),
                    $"Check both figures: {rule.Column} may be at most {rule.AtMost}."));
                typed[i] = null;
            }
        }

        return problems.Count == before;
    }

    private static int IndexOf(IReadOnlyList<ImportFieldRule> rules, string column)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Column == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"The rule for '{column}' is missing, yet another rule is bounded by it.", nameof(rules));
    }

    private static decimal ToDecimal(object value) => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static string? Text(object value) => System.Convert.ToString(value, CultureInfo.InvariantCulture);

    private object? Convert(long row, int index, string? raw, ICollection<ImportProblem> problems)
    {
        var rule = _rules[index];
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (rule.Required)
            {
                problems.Add(new ImportProblem(row, rule.Column, ImportProblemCodes.MissingValue, $"{rule.Column} is required but empty.", raw, "Fill it in; every row needs it."));
            }

            return null;
        }

        if (ControlCharacters.Problem(rule.Column, text) is { } control)
        {
            // The value is written out (U+0000 → <U+0000>): the report itself is stored, and PostgreSQL refuses U+0000.
            problems.Add(new ImportProblem(
                row, rule.Column, ImportProblemCodes.ControlCharacter, control + ".", ControlCharacters.Visible(text),
                "Remove it: it comes from a copy out of another program, and no table or map label shows it."));
            return null;
        }

        switch (rule.Kind)
        {
            case ImportValueKind.WholeNumber:
                return ConvertNumber(row, rule, text, problems) is { } whole ? (int)whole : null;
            case ImportValueKind.Number:
                return ConvertNumber(row, rule, text, problems);
            case ImportValueKind.Date:
                text = FullWidth.ToHalfWidth(text);
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
                {
                    return DateOnly.FromDateTime(dateTime);
                }

                problems.Add(new ImportProblem(row, rule.Column, ImportProblemCodes.NotADate, $"{rule.Column} '{text}' is not a date.", text, "Write dates as yyyy-mm-dd, e.g. 2019-06-30."));
                return null;
            case ImportValueKind.TextList:
                return text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                return ConvertText(row, index, rule, text, problems);
        }
    }

    private string? ConvertText(long row, int index, ImportFieldRule rule, string text, ICollection<ImportProblem> problems)
    {
        if (rule.AllowedValues is { Count: > 0 } allowed)
        {
            if (_allowed[index].TryGetValue(HeaderNames.Normalize(text), out var code))
            {
                return code;
            }

            problems.Add(new ImportProblem(
                row, rule.Column, ImportProblemCodes.NotAllowed, $"{rule.Column} '{text}' is not one of the allowed values.", text,
                "Use one of: " + string.Join(", ", allowed) + "."));
            return null;
        }

        if (rule.IsAdminCode)
        {
            text = FullWidth.ToHalfWidth(text);
        }

        if (rule.IsAdminCode && !AdminCode.TryParse(text, out _, out var problem))
        {
            problems.Add(new ImportProblem(row, rule.Column, ImportProblemCodes.MalformedAdminCode, $"{rule.Column} {problem}", text, "Give the 12-digit NBS code of the administrative village (统计用区划代码), e.g. 522628100201."));
            return null;
        }

        return text;
    }

    private static decimal? ConvertNumber(long row, ImportFieldRule rule, string text, ICollection<ImportProblem> problems)
    {
        // Spreadsheets write percentages with a sign ("45%"), and an input method in full-width mode types １２３: both
        // mean the plain number.
        text = FullWidth.ToHalfWidth(text).TrimEnd('%').TrimEnd();
        // Plain digits, the common case of a count, parse as an int: a third of the time of a decimal.
        decimal number;
        if (rule.Kind == ImportValueKind.WholeNumber && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            number = whole;
        }
        else if (!decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number))
        {
            problems.Add(new ImportProblem(row, rule.Column, ImportProblemCodes.NotANumber, $"{rule.Column} '{text}' is not a number.", text, "Write digits only, with '.' as the decimal point, e.g. 1234 or 12.5."));
            return null;
        }

        if (rule.Kind == ImportValueKind.WholeNumber && (number != decimal.Truncate(number) || number > int.MaxValue || number < int.MinValue))
        {
            problems.Add(new ImportProblem(row, rule.Column, ImportProblemCodes.NotANumber, $"{rule.Column} '{text}' is not a whole number.", text, "Counts are whole numbers, e.g. 42."));
            return null;
        }

        if (rule.Minimum is { } min && (double)number < min)
        {
            var negative = min == 0 ? " (a negative count)" : string.Empty;
            problems.Add(new ImportProblem(
                row, rule.Column, ImportProblemCodes.BelowMinimum,
                string.Create(CultureInfo.InvariantCulture, $"{rule.Column} {text} is below the smallest possible value {min}{negative}."), text,
                string.Create(CultureInfo.InvariantCulture, $"Give a value of at least {min}.")));
            return null;
        }

        if (rule.Maximum is { } max && (double)number > max)
        {
            problems.Add(new ImportProblem(
                row, rule.Column, ImportProblemCodes.AboveMaximum,
                string.Create(CultureInfo.InvariantCulture, $"{rule.Column} {text} is above the largest possible value {max}."), text,
                string.Create(CultureInfo.InvariantCulture, $"Give a value of at most {max}.")));
            return null;
        }

        return number;
    }
}
