using System.Collections.Frozen;

namespace ProStream.Server.Releases.Parsing;

/// <summary>The words of release names, keyed by their tokens written together in capitals: "WEB-DL", "WEB.DL" and
/// "WEBDL" are all "WEBDL"; "H.264" is "H264"; "DTS-HD.MA" is "DTSHDMA".</summary>
internal static class TagVocabulary
{
    public const int MaxTokens = 4;

    public static readonly FrozenDictionary<string, ReleaseTag> Words = Build();

    /// <summary>Every proper prefix of a key: a phrase is extended by another token only while it can still become a word.</summary>
    public static readonly FrozenSet<string> Prefixes = Words.Keys
        .SelectMany(key => Enumerable.Range(1, key.Length - 1).Select(length => key[..length]))
        .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, ReleaseTag> Build()
    {
        var words = new Dictionary<string, ReleaseTag>(StringComparer.Ordinal);
        void Add(TagKind kind, string value, bool strong, params string[] keys)
        {
            foreach (var key in keys)
                words[key] = new ReleaseTag(kind, value, strong);
        }
        void Upper(TagKind kind, string value, params string[] keys)
        {
            foreach (var key in keys)
                words[key] = new ReleaseTag(kind, value, UpperOnly: true);
        }

        foreach (var (height, keys) in new (string, string[])[]
        {
            ("2160", ["2160P", "2160I", "4K", "UHD", "4KUHD", "UHD4K", "3840X2160", "4096X2160"]),
            ("1080", ["1080P", "1080I", "FHD", "FULLHD", "1920X1080", "1440X1080"]),
            ("720", ["720P", "720I", "1280X720", "960P"]),
            ("576", ["576P", "576I", "720X576", "1024X576"]),
            ("480", ["480P", "480I", "640X480", "848X480", "720X480", "852X480", "854X480"]),
        })
        {
            Add(TagKind.Resolution, height, true, keys);
        }

        Add(TagKind.Source, ReleaseSource.Cam, true, "HDCAM", "CAMRIP", "HQCAM", "NEWCAM", "HDCAMRIP", "CAMHD", "HQCAMRIP");
        Add(TagKind.Source, ReleaseSource.Cam, false, "CAM");
        Add(TagKind.Source, ReleaseSource.Telesync, true, "HDTS", "TELESYNC", "TELESYNCH", "TSRIP", "HDTSRIP", "PDVD", "PREDVD", "PREDVDRIP", "HDTELESYNC");
        Add(TagKind.Source, ReleaseSource.Telesync, false, "TS");
        Add(TagKind.Source, ReleaseSource.Telecine, true, "TELECINE", "HDTC", "HDTELECINE", "TCRIP");
        Add(TagKind.Source, ReleaseSource.Telecine, false, "TC");
        Add(TagKind.Source, ReleaseSource.Screener, true, "SCREENER", "DVDSCR", "DVDSCREENER", "BDSCR", "WEBSCR", "WEBSCREENER", "BDSCREENER");
        Add(TagKind.Source, ReleaseSource.Screener, false, "SCR");
        Add(TagKind.Source, ReleaseSource.Remux, true, "REMUX", "BDREMUX", "BLURAYREMUX", "UHDREMUX");
        Add(TagKind.DiscImage, ReleaseSource.DiscImage, true, "BDMV", "BD25", "BD50", "BD66", "BD100", "DVD5", "DVD9", "DVDR", "VIDEOTS", "BRDISK", "BDISO", "COMPLETEBLURAY", "MDVDR", "DVD9R", "2DVD5", "2DVD9", "2XDVD5", "2XDVD9");
        Add(TagKind.DiscImage, ReleaseSource.DiscImage, false, "ISO");
        Add(TagKind.Source, ReleaseSource.BluRay, true, "BLURAY", "BDRIP", "BRRIP", "BLURAYRIP", "BDMUX", "BLURAYMUX", "BRMUX", "BDRIPMUX", "BRRIPMUX", "MBLURAY", "BLUERAY", "UHDBD", "UHDBDRIP", "UHD2BD", "BDLIGHT", "HDDVD", "HDDVDRIP");
        Add(TagKind.Source, ReleaseSource.BluRay, false, "BD", "BR");
        Add(TagKind.Source, ReleaseSource.WebRip, true, "WEBRIP", "WEBDLRIP", "WEBMUX", "HDRIP", "WEBHDRIP", "WEBCAP");
        Add(TagKind.Source, ReleaseSource.WebDl, true, "WEBDL", "WEBHD", "WEBUHD", "WEBDLHD", "HDWEB", "WEBDLMUX");
        Add(TagKind.Source, ReleaseSource.WebDl, false, "WEB");
        Add(TagKind.Source, ReleaseSource.Hdtv, true, "HDTV", "PDTV", "SDTV", "AHDTV", "HDTVRIP", "TVRIP", "DSRIP", "DTHRIP", "SATRIP", "DVBRIP", "UHDTV", "HDTVMUX", "DSR", "DVB");
        Add(TagKind.Source, ReleaseSource.Dvd, true, "DVDRIP", "DVDMUX");
        Add(TagKind.Source, ReleaseSource.Dvd, false, "DVD");
        Add(TagKind.Service, ReleaseSource.WebDl, false, "AMZN", "NF", "DSNP", "ATVP", "HMAX", "HULU", "PCOK", "PMTP", "CRAV", "STAN",
            "ITUNES", "ITUNESHD", "NETFLIX", "NETFLIXHD", "NETFLIXUHD", "AMAZONHD", "AMAZONUHD", "AMAZONSD", "NFHD", "AMZNHD", "DISNEYHD", "MAXDOMEHD", "HBOMAXHD", "HMAXHD", "IT", "MAX", "ATV", "APTV", "CR", "FUNI", "VRV", "ADN");
        words.Remove("IT");
        words.Remove("MAX");

        Add(TagKind.Codec, VideoCodec.H264, true, "X264", "H264", "AVC", "AVC1", "H264AVC");
        Add(TagKind.Codec, VideoCodec.H265, true, "X265", "H265", "HEVC", "HEVC10", "H265HEVC");
        Add(TagKind.Codec, VideoCodec.Av1, true, "AV1");
        Add(TagKind.Codec, VideoCodec.Vp9, true, "VP9");
        Add(TagKind.Codec, VideoCodec.XviD, true, "XVID", "XVIDHD");
        Add(TagKind.Codec, VideoCodec.DivX, true, "DIVX", "DVDIVX");
        Add(TagKind.Codec, VideoCodec.Mpeg2, true, "MPEG2", "MPEG2VIDEO");
        Add(TagKind.Codec, VideoCodec.Vc1, true, "VC1");

        Add(TagKind.Hdr, HdrFormat.Hdr10Plus, true, "HDR10PLUS", "HDR10P", "HDRPLUS");
        Add(TagKind.Hdr, HdrFormat.Hdr10, true, "HDR", "HDR10", "UHDHDR");
        Add(TagKind.Hdr, HdrFormat.DolbyVision, true, "DOVI", "DOLBYVISION");
        Add(TagKind.Hdr, HdrFormat.DolbyVision, false, "DV");
        Add(TagKind.Hdr, HdrFormat.Hlg, true, "HLG");
        Add(TagKind.BitDepth, "10", true, "10BIT", "10BITS", "HI10P", "HI10");
        Add(TagKind.BitDepth, "8", true, "8BIT", "8BITS");
        Add(TagKind.BitDepth, "12", true, "12BIT", "12BITS");

        Add(TagKind.Audio, "TrueHD", true, "TRUEHD", "DOLBYTRUEHD");
        Add(TagKind.Audio, "DTS-HD MA", true, "DTSHDMA", "DTSMA", "DTSHDMASTERAUDIO", "DTSHDMASTER", "DTSHR");
        Add(TagKind.Audio, "DTS-HD HRA", true, "DTSHDHRA", "DTSHDHR");
        Add(TagKind.Audio, "DTS:X", true, "DTSX");
        Add(TagKind.Audio, "DTS-HD", true, "DTSHD");
        Add(TagKind.Audio, "DTS-ES", true, "DTSES");
        Add(TagKind.Audio, "DTS", true, "DTS");
        Add(TagKind.Audio, "EAC3", true, "EAC3", "DDP", "DDPLUS", "DOLBYDIGITALPLUS", "EAC3D", "DDPA");
        Add(TagKind.Audio, "AC3", true, "AC3", "DD", "DOLBYDIGITAL", "AC3D", "DOLBY", "DD2", "DD5");
        words.Remove("DD2");
        words.Remove("DD5");
        Add(TagKind.Audio, "AAC", true, "AAC", "HEAAC", "AACLC", "AAC2", "HEAACV2");
        words.Remove("AAC2");
        Add(TagKind.Audio, "FLAC", true, "FLAC");
        Add(TagKind.Audio, "Opus", true, "OPUS");
        Add(TagKind.Audio, "MP3", true, "MP3", "LAME");
        Add(TagKind.Audio, "PCM", true, "PCM", "LPCM");
        Add(TagKind.Atmos, "Atmos", true, "ATMOS");
        foreach (var (value, keys) in new (string, string[])[]
        {
            ("1.0", ["1CH", "10CH"]), ("2.0", ["2CH", "20CH"]), ("5.1", ["6CH", "51CH"]), ("7.1", ["8CH", "71CH"]),
        })
        {
            Add(TagKind.Channels, value, true, keys);
        }

        AddLanguages(words, Add, Upper);
        AddEditions(words);

        Add(TagKind.Proper, "PROPER", false, "PROPER", "REALPROPER", "PROPER2");
        Add(TagKind.Repack, "REPACK", false, "REPACK", "RERIP", "REPACK2", "REPACK3", "RERIP2");
        Add(TagKind.ThreeD, "3D", false, "3D", "HSBS", "HOU", "HALFSBS", "HALFOU", "SBS", "MVC");
        Add(TagKind.Flag, "COMPLETE", false, "COMPLETE");
        Add(TagKind.Flag, "", false, "INTERNAL", "LIMITED", "INTEGRALE", "HYBRID", "READNFO", "DUBBED", "NFOFIX", "DIRFIX",
            "CONVERT", "STV", "PPV", "DOKU", "MULTISUB", "MULTISUBS", "MSUB", "MSUBS", "MULTISUBTITLES", "SOFTSUBS", "HARDSUBS",
            "HFR", "48FPS", "50FPS", "60FPS", "120FPS", "V2", "V3");
        // Words that mean something only in capitals: TV standards, "HQ", "XXX", version originale, anime release kinds.
        Upper(TagKind.Flag, "", "PAL", "NTSC", "SECAM", "HQ", "XXX", "VO", "ONA", "OVA", "OAD");
        Upper(TagKind.Edition, "Director's Cut", "DC");
        Upper(TagKind.Edition, "Open Matte", "OM");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddLanguages(Dictionary<string, ReleaseTag> words, Action<TagKind, string, bool, string[]> add, Action<TagKind, string, string[]> upper)
    {
        foreach (var (code, keys) in new (string, string[])[]
        {
            ("fr", ["FRENCH", "TRUEFRENCH", "VFF", "VFQ", "VFI", "VF2", "VOF", "VF", "FRA", "FRE", "FRANCAIS", "FRANÇAIS", "VFB"]),
            ("en", ["ENGLISH", "ENG", "INGLES", "INGLÉS"]),
            ("de", ["GERMAN", "GER", "DEUTSCH", "DEU", "ALEMAN", "SWISSGERMAN"]),
            ("it", ["ITALIAN", "ITA", "ITALIANO"]),
            ("es", ["SPANISH", "ESP", "SPA", "CASTELLANO", "LATINO", "ESPANOL", "ESPAÑOL", "CASTILIAN"]),
            ("pt", ["PORTUGUESE", "BRAZILIAN", "DUBLADO", "POR", "PORTUGUES", "PTBR"]),
            ("ja", ["JAPANESE", "JPN", "JAP"]),
            ("ko", ["KOREAN", "KOR"]),
            ("zh", ["CHINESE", "MANDARIN", "CANTONESE", "CHI", "CHS", "CHT", "BIG5"]),
            ("ru", ["RUSSIAN", "RUS"]),
            ("nl", ["DUTCH", "FLEMISH", "NLD", "DUT"]),
            ("sv", ["SWEDISH", "SWE"]), ("da", ["DANISH", "DAN"]), ("no", ["NORWEGIAN", "NOR"]), ("fi", ["FINNISH", "FIN"]),
            ("pl", ["POLISH", "POL", "PLDUB", "DUBPL", "LEKPL", "LEKTORPL", "PLLEKTOR", "PLLEK"]), ("hi", ["HINDI", "HIN"]), ("ta", ["TAMIL", "TAM"]), ("te", ["TELUGU", "TEL"]),
            ("ml", ["MALAYALAM", "MAL"]), ("kn", ["KANNADA", "KAN"]), ("bn", ["BENGALI"]), ("ar", ["ARABIC", "ARA"]),
            ("tr", ["TURKISH", "TUR"]), ("he", ["HEBREW", "HEB", "HEBDUB", "HEBDUBBED"]), ("cs", ["CZECH", "CZE"]), ("hu", ["HUNGARIAN", "HUN", "HUNDUB", "MAGYAR"]),
            ("uk", ["UKRAINIAN", "UKR"]), ("el", ["GREEK", "GRE"]), ("th", ["THAI", "THA"]), ("vi", ["VIETNAMESE", "VIE"]),
            ("is", ["ICELANDIC", "ICE"]), ("lv", ["LATVIAN", "LAV"]), ("lt", ["LITHUANIAN", "LIT"]), ("et", ["ESTONIAN", "EST"]),
            ("bg", ["BULGARIAN", "BUL", "BGAUDIO"]), ("ro", ["ROMANIAN", "RUM", "RON", "RODUBBED", "RODUB"]), ("ca", ["CATALAN", "CATALÀ", "CATALA", "CATALÁN", "CAT"]),
            ("sk", ["SLOVAK"]), ("ka", ["GEORGIAN", "GEO"]), ("sq", ["ALBANIAN"]), ("mr", ["MARATHI"]), ("rm", ["RUMANTSCH", "ROMANSH", "ROMANSCH"]),
            ("af", ["AFRIKAANS"]), ("mn", ["MONGOLIAN", "KHALKHA"]), ("fa", ["PERSIAN", "FARSI"]), ("id", ["INDONESIAN"]), ("hr", ["CROATIAN"]), ("sr", ["SERBIAN"]),
            ("sl", ["SLOVENIAN"]), ("ms", ["MALAY"]), ("tl", ["TAGALOG", "FILIPINO"]), ("ur", ["URDU"]),
        })
        {
            // Three-letter codes that are also common words count only in capitals ("CAT", "FIN", "TEL").
            foreach (var key in keys)
            {
                if (key.Length == 3 && key is not ("ENG" or "FRE" or "FRA" or "GER" or "DEU" or "ITA" or "ESP" or "SPA" or "RUS" or "JPN" or "JAP" or "KOR" or "POR" or "VFF" or "VFQ" or "VFI" or "VF2" or "VOF" or "VFB" or "HIN" or "POL" or "SWE" or "NLD" or "UKR" or "GEO" or "CAT"))
                    upper(TagKind.Language, code, [key]);
                else
                    add(TagKind.Language, code, false, [key]);
            }
        }
        foreach (var (code, key) in new[] { ("fr", "FR"), ("en", "EN"), ("de", "DE"), ("it", "IT"), ("es", "ES"), ("nl", "NL"), ("pl", "PL"), ("ru", "RU"), ("pt", "PT"), ("ja", "JP"), ("ko", "KR"), ("sv", "SE"), ("da", "DK"), ("no", "NO"), ("fi", "FI"), ("cs", "CZ"), ("hu", "HU"), ("el", "GR"), ("tr", "TR"), ("uk", "UA"), ("zh", "CN"), ("ja", "JA"), ("sk", "SK"), ("lt", "LT"), ("en", "ING"), ("ka", "KA"), ("lv", "LV"), ("ro", "RO") })
        {
            upper(TagKind.Language, code, [key]);
        }
        add(TagKind.Subtitle, "fr", false, ["VOSTFR", "VOST", "SUBFRENCH", "STFR", "VOSTA", "SUBFR", "FRSUB", "FRSUBS"]);
        foreach (var (code, prefixes) in new (string, string[])[]
        {
            ("en", ["ENG", "EN", "E"]), ("ko", ["KOR"]), ("pl", ["PL"]), ("he", ["HEB"]), ("nl", ["NL"]), ("it", ["ITA"]), ("es", ["ESP", "SPA"]),
            ("de", ["GER"]), ("ru", ["RU", "RUS"]), ("da", ["DAN"]), ("sv", ["SWE"]), ("zh", ["CHI", "CHS", "CHT"]), ("ar", ["ARA"]), ("hi", ["HIN"]),
            ("pt", ["POR", "PT"]), ("fi", ["FIN"]), ("no", ["NOR"]), ("tr", ["TUR"]), ("el", ["GRE"]),
        })
        {
            foreach (var prefix in prefixes)
                add(TagKind.Subtitle, code, false, [prefix + "SUB", prefix + "SUBS", prefix + "SUBBED"]);
        }
        add(TagKind.SubtitleMarker, "", false, ["SUB", "SUBS", "SUBTITLES", "SUBTITLE", "SUBBED", "SUBT", "ST", "SUBTITULADO", "SOTTOTITOLI", "SUBTITULOS", "LEGENDADO", "LEGENDA", "SUBFORCED"]);
        add(TagKind.Multi, "", false, ["MULTI", "MULTILANG", "MULTILANGUAGE", "DUAL", "DUALAUDIO", "DL", "MULTIAUDIO", "TRIAUDIO"]);
    }

    private static void AddEditions(Dictionary<string, ReleaseTag> words)
    {
        foreach (var phrase in new[]
        {
            "Extended", "Extended Cut", "Extended Edition", "Extended Version", "Directors Cut", "Director's Cut", "Directors Edition",
            "Unrated", "Uncut", "Uncensored", "Theatrical", "Theatrical Cut", "Theatrical Edition", "IMAX", "IMAX Edition", "Remastered",
            "4K Remaster", "Criterion", "Criterion Collection", "Special Edition", "Collector's Edition",
            "Ultimate Edition", "Ultimate Cut", "Final Cut", "Alternative Cut", "Alternate Cut", "Despecialized", "Open Matte",
            "Restored", "Anniversary Edition", "Limited Edition", "Fan Edit", "Rogue Cut", "Redux", "Super Duper Cut",
            "Director Cut", "Criterion Edition", "Collector Edition", "Collectors Edition", "Edition Collector",
            "Ultimate Collector's Edition", "International Cut", "Unrated Cut", "Special Cut",
        })
        {
            var key = new string([.. phrase.ToUpperInvariant().Where(char.IsLetterOrDigit)]);
            words[key] = new ReleaseTag(TagKind.Edition, phrase);
        }
    }
}
