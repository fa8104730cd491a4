namespace ProStream.Server.Releases.Parsing;

/// <summary>Turns the part of a name before the year/episode/quality into a readable title.</summary>
internal static class ReleaseTitle
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "el", "los", "las", "il", "lo", "i",
    };

    private readonly record struct Word(int Index, string Value);

    /// <summary>Returns the title and the index where the tags begin (at or before <paramref name="titleEnd"/>,
    /// earlier when tag words were peeled off the end of the title).</summary>
    /// <param name="body">The release name without extension and group.</param>
    /// <param name="titleEnd">Where the year, episode marker or first unambiguous tag starts.</param>
    /// <param name="endsAtYear">The title ended at a year: words such as "Web" or "Cam" before it belong to the
    /// title ("Charlottes.Web.2006"), so only languages and edition flags are peeled off.</param>
    /// <param name="endsAtEpisode">The title ended at a season or episode marker: a series has no edition, so
    /// "Starhunter.ReduX.S02" keeps its title, while "Show - Complete Seasons S01-S05" loses its season words.</param>
    public static (string Title, int TagsStart) Extract(string body, int titleEnd, bool endsAtYear, bool endsAtEpisode = false)
    {
        var ends = new TitleEnd(endsAtYear, endsAtYear || endsAtEpisode, endsAtEpisode);
        var words = Words(body, titleEnd);
        var tagsStart = titleEnd;
        while (words.Count > 1 && PeelCount(words, ends) is > 0 and var peel)
        {
            tagsStart = words[^peel].Index;
            words.RemoveRange(words.Count - peel, peel);
        }
        // "Show - The Complete Series": once tags are peeled, an article left at the end introduced them.
        if (tagsStart < titleEnd && words.Count > 1 && Articles.Contains(Trimmed(words[^1].Value)))
            words.RemoveAt(words.Count - 1);
        // "Show Episode 69 [VOSTFR]": the word that announces the number belongs to neither title nor tags.
        if (words.Count > 1 && Trimmed(words[^1].Value).ToUpperInvariant() is "EPISODE" or "EP" or "EPISODIO" or "ÉPISODE")
            words.RemoveAt(words.Count - 1);
        DropAlternativeTitle(words);
        return (Join(body, words), tagsStart);
    }

    /// <summary>"Le.Prestige.(The.Prestige)": a trailing parenthesised title is the same film under another name.</summary>
    private static void DropAlternativeTitle(List<Word> words)
    {
        if (words.Count < 2 || !words[^1].Value.EndsWith(')'))
            return;
        var open = words.FindLastIndex(w => w.Value.StartsWith('('));
        if (open > 0)
            words.RemoveRange(open, words.Count - open);
    }

    /// <summary>The words before <paramref name="end"/>: runs between spaces, dots and underscores that hold a letter or digit.</summary>
    private static List<Word> Words(string body, int end)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < end)
        {
            if (body[i] is ' ' or '.' or '_')
            {
                i++;
                continue;
            }
            var start = i;
            var hasText = false;
            while (i < end && body[i] is not (' ' or '.' or '_'))
            {
                // "Developers & Coders": an ampersand between words is part of the title.
                hasText |= char.IsLetterOrDigit(body[i]) || body[i] == '&';
                i++;
            }
            if (hasText)
                words.Add(new Word(start, body[start..i]));
        }
        return words;
    }

    /// <param name="AtYear">The title ended at a year.</param>
    /// <param name="KeepTitleWords">Editions that are also title words ("Redux") stay in the title.</param>
    /// <param name="AtEpisode">The title ended at a season or episode marker.</param>
    private readonly record struct TitleEnd(bool AtYear, bool KeepTitleWords, bool AtEpisode);

    /// <summary>How many trailing words are tags: one tag word, a phrase of two or three words ("Director Cut",
    /// "[Ultimate Collector's Edition]", "EXTENDED.CUT"), or 0. At least one word that is not an article stays:
    /// "The.English.S01" is a series called "The English", "The Final Cut 2004" a film.</summary>
    private static int PeelCount(List<Word> words, TitleEnd ends)
    {
        int count;
        if (IsTagWord(words[^1].Value, ends) || (ends.AtEpisode && IsSeasonWord(words[^1].Value)))
            count = 1;
        else if (PhraseLength(words, ends) is > 0 and var phrase)
            count = phrase;
        else
            count = words.Count > 2 && IsEditionTail(words[^1].Value) && IsTagWord(words[^2].Value, ends) ? 2 : 0;
        return count > 0 && words.Take(words.Count - count).Any(t => !Articles.Contains(Trimmed(t.Value))) ? count : 0;
    }

    private static int PhraseLength(List<Word> words, TitleEnd ends)
    {
        for (var count = Math.Min(3, words.Count - 1); count >= 2; count--)
        {
            var joined = string.Concat(words.Skip(words.Count - count).Select(w => new string([.. w.Value.Where(char.IsLetterOrDigit)])));
            if (IsTagPart(joined, ends))
                return count;
        }
        return 0;
    }

    private static bool IsEditionTail(string word) =>
        Trimmed(word).ToUpperInvariant() is "CUT" or "EDITION" or "VERSION" or "SERIES" or "COLLECTION";

    private static bool IsSeasonWord(string word) => Trimmed(word).ToUpperInvariant() is "SEASON" or "SEASONS" or "SAISON" or "SAISONS";

    /// <summary>"VO+VFF+VFQ", "FRENCH-DL": every part is a tag.</summary>
    private static bool IsTagWord(string word, TitleEnd ends) =>
        word.Split(['-', '+'], StringSplitOptions.RemoveEmptyEntries).All(part => IsTagPart(Trimmed(part), ends));

    private static bool IsTagPart(string part, TitleEnd ends)
    {
        if (part.Length == 0 || !TagVocabulary.Words.TryGetValue(part.ToUpperInvariant(), out var tag))
            return false;
        if (tag.UpperOnly && part.Any(char.IsLower))
            return false;
        // Before a year, "The.Good.German.2006" names a film; scene language tags are written in capitals ("FRENCH").
        if (ends.AtYear && tag.Kind == TagKind.Language && part.Skip(1).Any(char.IsLower))
            return false;
        return tag.Kind switch
        {
            TagKind.Language or TagKind.Subtitle or TagKind.Multi or TagKind.Edition or TagKind.Proper or TagKind.Repack
                or TagKind.ThreeD or TagKind.Flag => tag.Value is not ("Criterion" or "Restored" or "Redux") || !ends.KeepTitleWords,
            TagKind.Source or TagKind.Service or TagKind.Hdr or TagKind.DiscImage => !ends.AtYear,
            _ => false,
        };
    }

    private static string Trimmed(string token) => token.Trim('[', ']', '(', ')', '{', '}', '-');

    /// <summary>Joins words with spaces; single letters separated by dots stay an acronym ("S.W.A.T.").</summary>
    private static string Join(string body, List<Word> tokens)
    {
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i;
            while (last + 1 < tokens.Count && IsLetter(tokens[last]) && IsLetter(tokens[last + 1]) && body[tokens[last].Index + 1] == '.')
                last++;
            if (last > i)
            {
                words.Add(string.Concat(tokens.Skip(i).Take(last - i + 1).Select(t => t.Value + ".")));
                i = last;
            }
            else if (Trimmed(tokens[i].Value) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }
        return string.Join(' ', words).Trim(' ', '-');
    }

    private static bool IsLetter(Word token) => token.Value.Length == 1 && char.IsLetter(token.Value[0]);
}
