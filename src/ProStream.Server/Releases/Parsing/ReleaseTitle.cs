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
    public static (string Title, int TagsStart) Extract(string body, int titleEnd, bool endsAtYear)
    {
        var words = Words(body, titleEnd);
        var tagsStart = titleEnd;
        // Keep at least one word that is not an article: "The.English.S01" is a series called "The English".
        while (words.Count > 1 && words.Take(words.Count - 1).Any(t => !Articles.Contains(Trimmed(t.Value))))
        {
            // "EXTENDED.CUT", "Directors.Edition": the trailing word goes with a tag word before it.
            var peel = IsTagWord(words[^1].Value, endsAtYear) ? 1
                : words.Count > 2 && IsEditionTail(words[^1].Value) && IsTagWord(words[^2].Value, endsAtYear) ? 2 : 0;
            if (peel == 0)
                break;
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

    private static bool IsEditionTail(string word) =>
        Trimmed(word).ToUpperInvariant() is "CUT" or "EDITION" or "VERSION" or "SERIES" or "COLLECTION";

    private static bool IsTagWord(string word, bool endsAtYear) =>
        word.Split('-', StringSplitOptions.RemoveEmptyEntries).All(part => IsTagPart(Trimmed(part), endsAtYear));

    private static bool IsTagPart(string part, bool endsAtYear)
    {
        if (part.Length == 0 || !TagVocabulary.Words.TryGetValue(part.ToUpperInvariant(), out var tag))
            return false;
        if (tag.UpperOnly && part.Any(char.IsLower))
            return false;
        // Before a year, "The.Good.German.2006" names a film; scene language tags are written in capitals ("FRENCH").
        if (endsAtYear && tag.Kind == TagKind.Language && part.Skip(1).Any(char.IsLower))
            return false;
        return tag.Kind switch
        {
            TagKind.Language or TagKind.Subtitle or TagKind.Multi or TagKind.Edition or TagKind.Proper or TagKind.Repack
                or TagKind.ThreeD or TagKind.Flag => tag.Value is not ("Criterion" or "Restored" or "Redux") || !endsAtYear,
            TagKind.Source or TagKind.Service or TagKind.Hdr or TagKind.DiscImage => !endsAtYear,
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
