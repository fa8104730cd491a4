namespace ProStream.Server.Playback.Planning;

/// <summary>Maps the ISO 639-2 codes found in containers to BCP 47 tags and English names (the server runs with invariant globalization).</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, (string Tag, string Name)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = ("en", "English"), ["fre"] = ("fr", "French"), ["fra"] = ("fr", "French"),
        ["ger"] = ("de", "German"), ["deu"] = ("de", "German"), ["spa"] = ("es", "Spanish"),
        ["ita"] = ("it", "Italian"), ["por"] = ("pt", "Portuguese"), ["jpn"] = ("ja", "Japanese"),
        ["chi"] = ("zh", "Chinese"), ["zho"] = ("zh", "Chinese"), ["kor"] = ("ko", "Korean"),
        ["rus"] = ("ru", "Russian"), ["dut"] = ("nl", "Dutch"), ["nld"] = ("nl", "Dutch"),
        ["swe"] = ("sv", "Swedish"), ["nor"] = ("no", "Norwegian"), ["dan"] = ("da", "Danish"),
        ["fin"] = ("fi", "Finnish"), ["pol"] = ("pl", "Polish"), ["tur"] = ("tr", "Turkish"),
        ["ara"] = ("ar", "Arabic"), ["heb"] = ("he", "Hebrew"), ["hin"] = ("hi", "Hindi"),
        ["cze"] = ("cs", "Czech"), ["ces"] = ("cs", "Czech"), ["hun"] = ("hu", "Hungarian"),
        ["gre"] = ("el", "Greek"), ["ell"] = ("el", "Greek"), ["tha"] = ("th", "Thai"),
        ["vie"] = ("vi", "Vietnamese"), ["ind"] = ("id", "Indonesian"), ["ukr"] = ("uk", "Ukrainian"),
        ["rum"] = ("ro", "Romanian"), ["ron"] = ("ro", "Romanian"),
    };

    /// <summary>A BCP 47 tag for HLS <c>LANGUAGE</c>, or null when the code is missing or not a plain language code.</summary>
    public static string? ToTag(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (Known.TryGetValue(code, out var known))
        {
            return known.Tag;
        }

        return code.Length is 2 or 3 && code.All(char.IsAsciiLetter) ? code.ToLowerInvariant() : null;
    }

    public static string? ToName(string? code) =>
        code is not null && Known.TryGetValue(code, out var known) ? known.Name : code;
}
