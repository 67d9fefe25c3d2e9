namespace SkillsRegistry.Core.Import.Formats;

/// <summary>
/// Code lists the formats use that the registry stores differently. The registry stores ISO 639-1 languages and ISO 3166-1
/// alpha-2 countries; the EU Publications Office authority tables (ELM) use three-letter codes, and the process runs with
/// invariant globalization, so the EU/EEA entries are listed here. Anything else is reported, not guessed.
/// </summary>
internal static class Codes
{
    private const string LanguageAuthority = "http://publications.europa.eu/resource/authority/language/";
    private const string CountryAuthority = "http://publications.europa.eu/resource/authority/country/";
    private const string CurrencyAuthority = "http://publications.europa.eu/resource/authority/currency/";

    // EU Publications Office language authority (ISO 639-2/B style) for the EU and EEA languages.
    private static readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal)
    {
        ["BUL"] = "bg",
        ["CES"] = "cs",
        ["DAN"] = "da",
        ["DEU"] = "de",
        ["ELL"] = "el",
        ["ENG"] = "en",
        ["EST"] = "et",
        ["FIN"] = "fi",
        ["FRA"] = "fr",
        ["GLE"] = "ga",
        ["HRV"] = "hr",
        ["HUN"] = "hu",
        ["ITA"] = "it",
        ["LAV"] = "lv",
        ["LIT"] = "lt",
        ["MLT"] = "mt",
        ["NLD"] = "nl",
        ["POL"] = "pl",
        ["POR"] = "pt",
        ["RON"] = "ro",
        ["SLK"] = "sk",
        ["SLV"] = "sl",
        ["SPA"] = "es",
        ["SWE"] = "sv",
        ["NOR"] = "no",
        ["ISL"] = "is",
        ["CAT"] = "ca",
        ["EUS"] = "eu",
        ["GLG"] = "gl",
        ["TUR"] = "tr",
        ["UKR"] = "uk",
    };

    // ISO 3166-1 alpha-3 → alpha-2 for the EU, EEA, candidate countries and the other countries the seed data names.
    private static readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal)
    {
        ["AUT"] = "AT",
        ["BEL"] = "BE",
        ["BGR"] = "BG",
        ["HRV"] = "HR",
        ["CYP"] = "CY",
        ["CZE"] = "CZ",
        ["DNK"] = "DK",
        ["EST"] = "EE",
        ["FIN"] = "FI",
        ["FRA"] = "FR",
        ["DEU"] = "DE",
        ["GRC"] = "GR",
        ["HUN"] = "HU",
        ["IRL"] = "IE",
        ["ITA"] = "IT",
        ["LVA"] = "LV",
        ["LTU"] = "LT",
        ["LUX"] = "LU",
        ["MLT"] = "MT",
        ["NLD"] = "NL",
        ["POL"] = "PL",
        ["PRT"] = "PT",
        ["ROU"] = "RO",
        ["SVK"] = "SK",
        ["SVN"] = "SI",
        ["ESP"] = "ES",
        ["SWE"] = "SE",
        ["ISL"] = "IS",
        ["LIE"] = "LI",
        ["NOR"] = "NO",
        ["CHE"] = "CH",
        ["GBR"] = "GB",
        ["USA"] = "US",
        ["CAN"] = "CA",
        ["AUS"] = "AU",
        ["TUR"] = "TR",
        ["UKR"] = "UA",
        ["SRB"] = "RS",
        ["MKD"] = "MK",
        ["ALB"] = "AL",
        ["MNE"] = "ME",
        ["BIH"] = "BA",
    };

    // Currency names seen in CTDL records instead of ISO 4217 codes.
    private static readonly Dictionary<string, string> _currencyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US Dollar"] = "USD",
        ["US Dollars"] = "USD",
        ["Euro"] = "EUR",
        ["Euros"] = "EUR",
        ["Pound Sterling"] = "GBP",
        ["Canadian Dollar"] = "CAD",
        ["Australian Dollar"] = "AUD",
        ["Swiss Franc"] = "CHF",
    };

    /// <summary>ISO 639-1 from a BCP 47 tag (<c>en-US</c>), an ISO 639-1 code, or an EU language authority code or URI.</summary>
    public static string? Language(string? value, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.StartsWith(LanguageAuthority, StringComparison.Ordinal) ? value[LanguageAuthority.Length..] : value.Trim();
        if (_languages.TryGetValue(code, out var mapped))
        {
            return mapped;
        }
        var primary = code.Split('-', '_')[0];
        if (primary.Length == 2 && primary.All(char.IsAsciiLetter))
        {
            return primary.ToLowerInvariant();
        }
        errors.Add($"{field} '{value}' is not a language the registry can map to ISO 639-1");
        return null;
    }

    /// <summary>ISO 3166-1 alpha-2 from an alpha-2 or alpha-3 code, or an EU country authority URI.</summary>
    public static string? Country(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.StartsWith(CountryAuthority, StringComparison.Ordinal) ? value[CountryAuthority.Length..] : value.Trim();
        if (code.Length == 2 && code.All(char.IsAsciiLetter))
        {
            return code.ToUpperInvariant();
        }
        return _countries.GetValueOrDefault(code.ToUpperInvariant());
    }

    /// <summary>ISO 4217 from a code, an EU currency authority URI or a few common English names.</summary>
    public static string? Currency(string? value, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.StartsWith(CurrencyAuthority, StringComparison.Ordinal) ? value[CurrencyAuthority.Length..] : value.Trim();
        if (code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        {
            return code;
        }
        if (_currencyNames.TryGetValue(code, out var named))
        {
            return named;
        }
        errors.Add($"{field} '{value}' is not an ISO 4217 currency code");
        return null;
    }
}
