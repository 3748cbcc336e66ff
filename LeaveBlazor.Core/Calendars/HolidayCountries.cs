using PublicHoliday;

namespace LeaveBlazor.Core.Calendars;

/// <summary>
/// The countries whose public holidays are known: every one the PublicHoliday package (3.17.0) covers, except Turkey,
/// whose class fails for most years. Regions only where the package tells them apart (Nunavut, for one, it does not).
/// </summary>
public static class HolidayCountries
{
    public static IReadOnlyList<HolidayCountry> All { get; } =
    [
        new("AT", "Austria", _ => new AustriaPublicHoliday()),
        new("AU", "Australia", region => new AustraliaPublicHoliday { State = region is null ? AustraliaPublicHoliday.States.All : Enum.Parse<AustraliaPublicHoliday.States>(region) },
            new("ACT", "Australian Capital Territory"), new("NSW", "New South Wales"), new("NT", "Northern Territory"), new("QLD", "Queensland"),
            new("SA", "South Australia"), new("TAS", "Tasmania"), new("VIC", "Victoria"), new("WA", "Western Australia")),
        new("BE", "Belgium", _ => new BelgiumPublicHoliday()),
        new("BR", "Brazil", _ => new BrazilPublicHoliday()),
        new("CA", "Canada", region => new CanadaPublicHoliday(region ?? ""),
            new("AB", "Alberta"), new("BC", "British Columbia"), new("MB", "Manitoba"), new("NB", "New Brunswick"), new("NL", "Newfoundland and Labrador"),
            new("NS", "Nova Scotia"), new("NT", "Northwest Territories"), new("ON", "Ontario"), new("PE", "Prince Edward Island"), new("QC", "Quebec"),
            new("SK", "Saskatchewan"), new("YT", "Yukon")),
        new("CH", "Switzerland", region => new SwitzerlandPublicHoliday(false, false, false)
            {
                Canton = region is null ? SwitzerlandPublicHoliday.Cantons.OnlyOfficial : Enum.Parse<SwitzerlandPublicHoliday.Cantons>(region),
            },
            new("AG", "Aargau"), new("AI", "Appenzell Innerrhoden"), new("AR", "Appenzell Ausserrhoden"), new("BE", "Bern"), new("BL", "Basel-Landschaft"),
            new("BS", "Basel-Stadt"), new("FR", "Fribourg"), new("GE", "Geneva"), new("GL", "Glarus"), new("GR", "Graubünden"), new("JU", "Jura"),
            new("LU", "Lucerne"), new("NE", "Neuchâtel"), new("NW", "Nidwalden"), new("OW", "Obwalden"), new("SG", "St. Gallen"), new("SH", "Schaffhausen"),
            new("SO", "Solothurn"), new("SZ", "Schwyz"), new("TG", "Thurgau"), new("TI", "Ticino"), new("UR", "Uri"), new("VD", "Vaud"), new("VS", "Valais"),
            new("ZG", "Zug"), new("ZH", "Zurich")),
        new("CZ", "Czechia", _ => new CzechRepublicPublicHoliday()),
        new("DE", "Germany", region => new GermanPublicHoliday { State = region is null ? GermanPublicHoliday.States.ALL : Enum.Parse<GermanPublicHoliday.States>(region) },
            new("BW", "Baden-Württemberg"), new("BY", "Bayern"), new("BE", "Berlin"), new("BB", "Brandenburg"), new("HB", "Bremen"), new("HH", "Hamburg"),
            new("HE", "Hessen"), new("MV", "Mecklenburg-Vorpommern"), new("NI", "Niedersachsen"), new("NW", "Nordrhein-Westfalen"),
            new("RP", "Rheinland-Pfalz"), new("SL", "Saarland"), new("SN", "Sachsen"), new("ST", "Sachsen-Anhalt"), new("SH", "Schleswig-Holstein"),
            new("TH", "Thüringen")),
        new("DK", "Denmark", _ => new DenmarkPublicHoliday()),
        new("EE", "Estonia", _ => new EstoniaPublicHoliday()),
        new("ES", "Spain", _ => new SpainPublicHoliday()),
        new("FI", "Finland", _ => new FinlandPublicHoliday(false)),
        new("FR", "France", region => new FrancePublicHoliday { Region = region is null ? FrancePublicHoliday.Regions.OnlyOfficial : FrancePublicHoliday.Regions.AlsaceMoselle },
            new("6AE", "Alsace"), new("57", "Moselle")),
        new("GB", "United Kingdom", region => new UKBankHoliday(region switch
            {
                "SCT" => UKBankHoliday.UkCountries.Scotland,
                "NIR" => UKBankHoliday.UkCountries.NorthernIreland,
                "WLS" => UKBankHoliday.UkCountries.Wales,
                _ => UKBankHoliday.UkCountries.England,
            }),
            new("ENG", "England"), new("WLS", "Wales"), new("SCT", "Scotland"), new("NIR", "Northern Ireland")),
        new("GR", "Greece", _ => new GreecePublicHoliday()),
        new("HR", "Croatia", _ => new CroatiaPublicHoliday()),
        new("HU", "Hungary", _ => new HungaryPublicHoliday()),
        new("IE", "Ireland", _ => new IrelandPublicHoliday()),
        new("IT", "Italy", _ => new ItalyPublicHoliday()),
        new("JP", "Japan", _ => new JapanPublicHoliday()),
        new("KZ", "Kazakhstan", _ => new KazakhstanPublicHoliday()),
        new("LT", "Lithuania", _ => new LithuaniaPublicHoliday()),
        new("LU", "Luxembourg", _ => new LuxembourgPublicHoliday()),
        new("LV", "Latvia", _ => new LatviaPublicHoliday()),
        new("ME", "Montenegro", _ => new MontenegroPublicHoliday()),
        new("MX", "Mexico", _ => new MexicoPublicHoliday()),
        new("NL", "Netherlands", _ => new DutchPublicHoliday()),
        new("NO", "Norway", _ => new NorwayPublicHoliday()),
        new("NZ", "New Zealand", _ => new NewZealandPublicHoliday()),
        new("PL", "Poland", _ => new PolandPublicHoliday()),
        new("PT", "Portugal", region => new PortugalPublicHoliday
            {
                Region = region switch { "30" => PortugalPublicHoliday.Regions.Madeira, "20" => PortugalPublicHoliday.Regions.Acores, _ => PortugalPublicHoliday.Regions.OnlyOfficial },
            },
            new("20", "Azores"), new("30", "Madeira")),
        new("RO", "Romania", _ => new RomanianPublicHoliday()),
        new("RS", "Serbia", _ => new SerbianPublicHoliday()),
        new("SE", "Sweden", _ => new SwedenPublicHoliday()),
        new("SI", "Slovenia", _ => new SloveniaPublicHoliday()),
        new("SK", "Slovakia", _ => new SlovakiaPublicHoliday()),
        new("US", "United States (federal holidays)", _ => new USAPublicHoliday()),
        new("ZA", "South Africa", _ => new SouthAfricaPublicHoliday()),
    ];

    private static readonly Dictionary<string, HolidayCountry> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static HolidayCountry? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    /// <summary>"AT, AU, BE, …": what a refusal lists.</summary>
    public static string Codes => string.Join(", ", All.Select(c => c.Code));
}
