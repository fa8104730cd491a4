#!/usr/bin/env python3
"""Extracts release names and the answers the peers expect from their own test fixtures, as data.

Reads git mirrors of Sonarr, Radarr, guessit, parse-torrent-name and parse-torrent-title (paths given
on the command line) and writes tests/ProStream.Tests/Releases/PeerCases/<peer>.tsv: one case a line,
the name then the asserted fields as key=value, in ProStream's vocabulary. A field a peer does not
assert is left out, so it is not scored. Usage: extract-peer-cases.py <mirror-root> <out-dir>
"""
import json, os, re, subprocess, sys

import yaml

ROOT, OUT = sys.argv[1], sys.argv[2]


def show(repo, path):
    return subprocess.run(['git', '-C', f'{ROOT}/{repo}/repo', 'show', f'HEAD:{path}'],
                          capture_output=True, text=True, check=True).stdout


def commit(repo):
    return subprocess.run(['git', '-C', f'{ROOT}/{repo}/repo', 'rev-parse', 'HEAD'],
                          capture_output=True, text=True, check=True).stdout.strip()


# ---- C# [TestCase(...)] reader -------------------------------------------------------------
def cs_args(text, i):
    """Parses the argument list starting after '(' at text[i]; returns (args, index after ')')."""
    args, depth = [], 0
    while True:
        while text[i] in ' \t\r\n,':
            i += 1
        c = text[i]
        if c == ')':
            return args, i + 1
        if c == '@' and text[i + 1] == '"':
            j, s = i + 2, []
            while True:
                if text[j] == '"' and text[j + 1] == '"':
                    s.append('"'); j += 2
                elif text[j] == '"':
                    break
                else:
                    s.append(text[j]); j += 1
            args.append(''.join(s)); i = j + 1
        elif c == '"':
            j, s = i + 1, []
            while text[j] != '"':
                if text[j] == '\\':
                    e = text[j + 1]
                    s.append({'n': '\n', 't': '\t', '\\': '\\', '"': '"', "'": "'"}.get(e, e)); j += 2
                else:
                    s.append(text[j]); j += 1
            args.append(''.join(s)); i = j + 1
        elif text.startswith('new', i):
            a, b = text.index('{', i), text.index('}', i)
            args.append([x.strip() for x in text[a + 1:b].split(',') if x.strip()]); i = b + 1
        else:
            m = re.compile(r'[^,)]+').match(text, i)
            tok = m.group(0).strip()
            if '=' in tok and not tok.startswith('"'):
                # named argument (Description = "...") — skip its value
                args.append(None)
            else:
                args.append(tok)
            i = m.end()


def testcases(source):
    """Yields (method, args) for every [TestCase] in a fixture, the method being the next test after it."""
    cases, pending = [], []
    source = re.sub(r'^\s*//.*$', '', source, flags=re.M)
    source = re.sub(r'/\*.*?\*/', '', source, flags=re.S)
    for m in re.finditer(r'\[TestCase\(|public void (\w+)\(', source):
        if m.group(1):
            for args in pending:
                cases.append((m.group(1), args))
            pending = []
        else:
            args, _ = cs_args(source, m.end())
            pending.append(args)
    return cases


def num(tok):
    return int(tok) if tok is not None and re.fullmatch(r'-?\d+', tok) else None


# Sonarr/Radarr give every name a quality; without a source word in the name their source is a default, not a reading.
ARR_SOURCE_IN_NAME = re.compile(r'(?i)(?<![a-z])(?:[a-z]*(?:hdtv|pdtv|sdtv|tvrip|dsr|web|blu.?ray|bd|br.?rip|dvd|remux|cam|telesync|'
                                r'telecine|scr|screener|hd.?dvd|amzn|amazon|netflix|disney|hbomax|maxdome|itunes|m2ts|ntsc|pal|vhs)'
                                r'|nf|ts|tc|raw|iso)(?![a-z])')
RES_IN_NAME = re.compile(r'(?i)(?<![a-z0-9])(?:\d{3,4}[pi]|\d{3,4}x\d{3,4}|4k|uhd|2160|1080|720|480|576)')


def arr_quality(method, name):
    """Sonarr/Radarr quality fixtures: should_parse_<source><resolution>_quality → (source, resolution)."""
    m = re.fullmatch(r'should_parse_(webdl|webrip|hdtv|bluray|dvd|dvdr|ts|cam|remux|brdisk_)(\d+)?p?_?(remux_)?quality|should_parse_(ts|cam)|should_parse_remux(\d+)p_quality|should_parse_remux720p_as_bluray720p_quality|should_parse_bluray(\d+)p_remux_quality', method)
    if not m:
        return None
    if method == 'should_parse_remux720p_as_bluray720p_quality':
        return 'Remux', 720
    if m.group(4):
        return {'ts': 'TS', 'cam': 'CAM'}[m.group(4)], None
    if m.group(5):
        return 'Remux', int(m.group(5))
    if m.group(6):
        return 'Remux', int(m.group(6))
    src = {'webdl': 'WEB-DL', 'webrip': 'WEBRip', 'hdtv': 'HDTV', 'bluray': 'BluRay', 'dvd': 'DVD',
           'dvdr': 'DiscImage', 'brdisk_': 'DiscImage', 'remux': 'Remux', 'ts': 'TS', 'cam': 'CAM'}[m.group(1)]
    if m.group(3):
        src = 'Remux'
    return src, int(m.group(2)) if m.group(2) else None


ARR_LANGS = {
    'english': 'en', 'french': 'fr', 'spanish': 'es', 'german': 'de', 'italian': 'it', 'danish': 'da',
    'dutch': 'nl', 'japanese': 'ja', 'icelandic': 'is', 'chinese': 'zh', 'korean': 'ko', 'latvian': 'lv',
    'russian': 'ru', 'polish': 'pl', 'vietnamese': 'vi', 'swedish': 'sv', 'norwegian': 'no', 'finnish': 'fi',
    'turkish': 'tr', 'portuguese': 'pt', 'brazilian_portuguese': 'pt', 'flemish': 'nl', 'greek': 'el',
    'hungarian': 'hu', 'hebrew': 'he', 'lithuanian': 'lt', 'czech': 'cs', 'arabic': 'ar', 'hindi': 'hi',
    'bulgarian': 'bg', 'malayalam': 'ml', 'ukrainian': 'uk', 'slovak': 'sk', 'thai': 'th', 'romanian': 'ro',
    'persian': 'fa', 'bengali': 'bn', 'tamil': 'ta', 'telugu': 'te', 'catalan': 'ca', 'estonian': 'et',
    'croatian': 'hr', 'serbian': 'sr', 'slovenian': 'sl', 'indonesian': 'id', 'kannada': 'kn',
    'albanian': 'sq', 'afrikaans': 'af', 'marathi': 'mr', 'tagalog': 'tl', 'urdu': 'ur', 'romansh': 'rm',
    'mongolian': 'mn', 'georgian': 'ka', 'spanish_latino': 'es', 'latin_spanish': 'es', 'macedonian': 'mk',
    'malay': 'ms', 'azerbaijani': 'az', 'uzbek': 'uz', 'bosnian': 'bs', 'kazakh': 'kk', 'punjabi': 'pa',
    'gujarati': 'gu', 'swiss_german': 'de', 'belarusian': 'be',
}


def arr_fixture(repo, name, rows):
    base = 'src/NzbDrone.Core.Test/ParserTests/'
    cases = testcases(show(repo, base + name + '.cs'))
    for method, a in cases:
        f = {}
        name0 = a[0] if a else None
        if not isinstance(name0, str) or not name0.strip():
            continue
        if name == 'SingleEpisodeParserFixture' and method == 'should_parse_single_episode':
            f = {'title': a[1], 'season': num(a[2]), 'episodes': str(num(a[3]))}
        elif name == 'MultiEpisodeParserFixture' and method == 'should_parse_multiple_episodes':
            f = {'title': a[1], 'season': num(a[2]), 'episodes': ','.join(a[3])}
        elif name == 'AbsoluteEpisodeNumberParserFixture' and method == 'should_parse_absolute_numbers':
            f = {'title': a[1], 'absolute': str(num(a[2]))}
            if num(a[3]) or num(a[4]):
                f.update(season=num(a[3]), episodes=str(num(a[4])))
        elif name == 'AbsoluteEpisodeNumberParserFixture' and method == 'should_parse_multi_episode_absolute_numbers':
            f = {'title': a[1], 'absolute': ','.join(str(x) for x in range(num(a[2]), num(a[3]) + 1))}
        elif name == 'AbsoluteEpisodeNumberParserFixture' and method == 'should_parse_anime_season_packs':
            f = {'title': a[1], 'season': num(a[2])}
        elif name == 'DailyEpisodeParserFixture' and method in ('should_parse_daily_episode', 'should_parse_daily_episode_using_short_month_format'):
            f = {'airdate': f'{num(a[2]):04}-{num(a[3]):02}-{num(a[4]):02}'}
            if a[1]:
                f['title'] = a[1]
        elif name == 'SeasonParserFixture' and method in ('should_parse_full_season_release', 'should_parse_multi_season_release'):
            f = {'title': a[1], 'season': num(a[2])}
        elif name == 'ParserFixture' and method == 'should_parse_movie_title':
            f = {'title': a[1]}
        elif name == 'ParserFixture' and method == 'should_parse_anime_movie_title':
            f = {'title': a[1], 'year': num(a[3])}
        elif name == 'ParserFixture' and method == 'should_parse_german_movie':
            f = {'title': a[1], 'year': num(a[3]) or ''}  # 0: the name has no year
            if a[2]:
                f['edition'] = a[2]
        elif name == 'ParserFixture' and method == 'should_parse_movie_year':
            f = {'year': num(a[1])}
        elif name == 'EditionParserFixture' and method == 'should_parse_edition':
            f = {'edition': a[1]}
        elif name == 'EditionParserFixture' and method == 'should_not_parse_edition':
            f = {'edition': ''}
        elif name == 'QualityParserFixture' and method == 'should_be_able_to_parse_repack':
            f = {'repack': a[1].lower()}
        elif name == 'QualityParserFixture' and (q := arr_quality(method, name0)):
            src, res = q
            f = {'source': src} if ARR_SOURCE_IN_NAME.search(name0) else {}
            if res and RES_IN_NAME.search(name0):
                f['resolution'] = 2160 if res == 2160 else res
            if len(a) > 1 and a[1] in ('true', 'false'):
                f['proper'] = a[1]
        elif name == 'LanguageParserFixture' and (m := re.fullmatch(r'should_parse_language_(\w+)', method)):
            key = m.group(1)
            if key == 'french_english':
                f = {'languages': 'fr,en'}
            elif key in ARR_LANGS:
                f = {'languages': ARR_LANGS[key]}
        if f:
            rows.append((name0, f, f'{name}.{method}'))


def arr(repo, fixtures, out):
    rows = []
    for fx in fixtures:
        arr_fixture(repo, fx, rows)
    write(out, f'{repo.replace("+", "/")} @ {commit(repo)}, src/NzbDrone.Core.Test/ParserTests/{{{",".join(fixtures)}}}.cs', rows)


# ---- guessit ---------------------------------------------------------------------------------
GUESSIT_SOURCE = {'Blu-ray': 'BluRay', 'Ultra HD Blu-ray': 'BluRay', 'Web': 'WEB-DL', 'HDTV': 'HDTV', 'DVD': 'DVD',
                  'TV': 'HDTV', 'Digital TV': 'HDTV', 'Satellite': 'HDTV', 'Camera': 'CAM', 'HD Camera': 'CAM',
                  'Telesync': 'TS', 'HD Telesync': 'TS', 'Telecine': 'TC', 'HD Telecine': 'TC',
                  'Ultra HDTV': 'HDTV', 'Pay-per-view': None, 'Video on Demand': None, 'HD-DVD': None, 'VHS': None,
                  'Workprint': None, 'Analog HDTV': 'HDTV'}
GUESSIT_CODEC = {'H.264': 'H.264', 'H.265': 'H.265', 'Xvid': 'XviD', 'DivX': 'DivX', 'MPEG-2': 'MPEG-2',
                 'VC-1': 'VC-1', 'VP9': 'VP9', 'AV1': 'AV1'}
GUESSIT_AUDIO = {'Dolby Digital': 'AC3', 'Dolby Digital Plus': 'EAC3', 'Dolby TrueHD': 'TrueHD', 'DTS': 'DTS',
                 'DTS-HD': 'DTS-HD', 'AAC': 'AAC', 'FLAC': 'FLAC', 'MP3': 'MP3', 'Opus': 'Opus', 'PCM': 'PCM',
                 'LPCM': 'PCM', 'DTS:X': 'DTS:X', 'Dolby Atmos': 'Atmos'}
LANG_NAMES = {
    'english': 'en', 'en': 'en', 'eng': 'en', 'french': 'fr', 'fr': 'fr', 'fra': 'fr', 'fre': 'fr', 'spanish': 'es',
    'es': 'es', 'spa': 'es', 'german': 'de', 'de': 'de', 'ger': 'de', 'deu': 'de', 'italian': 'it', 'it': 'it',
    'ita': 'it', 'dutch': 'nl', 'nl': 'nl', 'japanese': 'ja', 'ja': 'ja', 'jpn': 'ja', 'chinese': 'zh', 'zh': 'zh',
    'korean': 'ko', 'ko': 'ko', 'russian': 'ru', 'ru': 'ru', 'rus': 'ru', 'polish': 'pl', 'pl': 'pl',
    'portuguese': 'pt', 'pt': 'pt', 'pt-br': 'pt', 'pt-pt': 'pt', 'swedish': 'sv', 'sv': 'sv', 'danish': 'da',
    'da': 'da', 'norwegian': 'no', 'no': 'no', 'nb': 'no', 'finnish': 'fi', 'fi': 'fi', 'greek': 'el', 'el': 'el',
    'hungarian': 'hu', 'hu': 'hu', 'czech': 'cs', 'cs': 'cs', 'turkish': 'tr', 'tr': 'tr', 'hindi': 'hi',
    'hi': 'hi', 'arabic': 'ar', 'ar': 'ar', 'hebrew': 'he', 'he': 'he', 'ukrainian': 'uk', 'uk': 'uk',
    'thai': 'th', 'th': 'th', 'vietnamese': 'vi', 'vi': 'vi', 'catalan': 'ca', 'ca': 'ca', 'romanian': 'ro',
    'ro': 'ro', 'bulgarian': 'bg', 'bg': 'bg', 'croatian': 'hr', 'hr': 'hr', 'serbian': 'sr', 'sr': 'sr',
    'slovak': 'sk', 'sk': 'sk', 'slovenian': 'sl', 'sl': 'sl', 'tamil': 'ta', 'ta': 'ta', 'telugu': 'te',
    'te': 'te', 'bengali': 'bn', 'bn': 'bn', 'malayalam': 'ml', 'ml': 'ml', 'kannada': 'kn', 'kn': 'kn',
    'persian': 'fa', 'fa': 'fa', 'estonian': 'et', 'et': 'et', 'latvian': 'lv', 'lv': 'lv', 'lithuanian': 'lt',
    'lt': 'lt', 'icelandic': 'is', 'is': 'is', 'indonesian': 'id', 'id': 'id', 'brazilian': 'pt',
    'mandarin': 'zh', 'cantonese': 'zh', 'flemish': 'nl', 'tagalog': 'tl', 'urdu': 'ur', 'malay': 'ms',
    'zh-hans': 'zh', 'zh-hant': 'zh', 'es-mx': 'es', 'fr-ca': 'fr', 'en-us': 'en', 'en-gb': 'en', 'en-ca': 'en',
    'fr-fr': 'fr', 'de-ch': 'de', 'sr-latn': 'sr', 'gl': 'gl', 'galician': 'gl', 'basque': 'eu', 'eu': 'eu',
}


def lang_codes(values):
    codes = []
    for v in values if isinstance(values, list) else [values]:
        code = LANG_NAMES.get(str(v).lower())
        if code is None:
            return None  # a language outside our vocabulary (or 'und'): not scored
        if code not in codes:
            codes.append(code)
    return codes


def listify(v):
    return v if isinstance(v, list) else [v]


def in_name(name, number):
    """True when a number guessit reports can be read in the file name itself (not only in its folders)."""
    return any(int(g) == number or g.endswith('%02d' % number) or (len(g) > 2 and g.startswith(str(number)))
               for g in re.findall(r'\d+', name))


SOURCE_WORDS = re.compile(r'(?i)dvd|bd|blu|br|web|tv|cam|ts|tc|scr|rip|remux|amzn|nf|hd|sat|dsr')
CODEC_WORDS = re.compile(r'(?i)[xh][ .]?26[45]|avc|hevc|xvid|divx|mpeg|vc.?1|av1|vp9')
AUDIO_WORDS = re.compile(r'(?i)aac|ac3|dd|dts|truehd|flac|mp3|opus|pcm|dolby|atmos|\d\.\d|ch')


def guessit_row(path, exp):
    name = path.replace('\\', '/').split('/')[-1]
    f = {}
    if re.fullmatch(r'[0-9A-Za-z]{20,}', name.rsplit('.', 1)[0]):
        return name, f  # an obfuscated (hashed) file name: guessit's answers come from its folders
    base = re.sub(r'[^a-z0-9]', '', name.lower())
    if 'title' in exp and isinstance(exp['title'], str) and re.sub(r'[^a-z0-9]', '', exp['title'].lower()) in base:
        f['title'] = exp['title']
    if isinstance(exp.get('year'), int) and str(exp['year']) in name:
        f['year'] = exp['year']
    if 'season' in exp and all(isinstance(s, int) for s in listify(exp['season'])) and in_name(name, listify(exp['season'])[0]):
        f['season'] = listify(exp['season'])[0]
    if 'episode' in exp and all(isinstance(e, int) and in_name(name, e) for e in listify(exp['episode'])):
        f['episodes'] = ','.join(str(e) for e in listify(exp['episode']))
    if 'absolute_episode' in exp and all(isinstance(e, int) for e in listify(exp['absolute_episode'])):
        f['absolute'] = ','.join(str(e) for e in listify(exp['absolute_episode']))
    if 'date' in exp:
        f['airdate'] = str(exp['date'])
    other = [str(o) for o in listify(exp.get('other', []))]
    if 'source' in exp and isinstance(exp['source'], str):
        src = GUESSIT_SOURCE.get(exp['source'])
        if src == 'WEB-DL' and 'Rip' in other:
            src = 'WEBRip'
        if src == 'BluRay' and 'Remux' in other:
            src = 'Remux'
        if src and SOURCE_WORDS.search(name):
            f['source'] = src
    if 'screen_size' in exp and RES_IN_NAME.search(name) and (m := re.fullmatch(r'(480|576|720|1080|2160)[pi]', str(exp['screen_size']))):
        f['resolution'] = int(m.group(1))
    if 'video_codec' in exp and isinstance(exp['video_codec'], str) and exp['video_codec'] in GUESSIT_CODEC and CODEC_WORDS.search(name):
        f['codec'] = GUESSIT_CODEC[exp['video_codec']]
    if 'audio_codec' in exp and AUDIO_WORDS.search(name):
        codecs = [GUESSIT_AUDIO.get(a) for a in listify(exp['audio_codec'])]
        codecs = [c for c in codecs if c and c != 'Atmos']
        profile = exp.get('audio_profile')
        if codecs and codecs[0] == 'DTS-HD' and profile == 'Master Audio':
            codecs[0] = 'DTS-HD MA'
        if codecs:
            f['audio'] = codecs[0]
    if 'audio_channels' in exp and AUDIO_WORDS.search(name) and str(exp['audio_channels']) in ('1.0', '2.0', '5.1', '7.1', '6.1'):
        f['channels'] = str(exp['audio_channels'])
    if 'language' in exp:
        langs = [l for l in listify(exp['language'])]
        if any(str(l).lower() in ('mul', 'multi', 'multiple languages') for l in langs):
            f['multi'] = 'true'
        langs = [l for l in langs if str(l).lower() not in ('mul', 'multi', 'multiple languages')]
        if langs and (codes := lang_codes(langs)):
            f['languages'] = ','.join(codes)
    if 'subtitle_language' in exp:
        subs = [s for s in listify(exp['subtitle_language']) if str(s).lower() not in ('mul', 'multi', 'und')]
        if subs and (codes := lang_codes(subs)):
            f['subtitles'] = ','.join(codes)
    if 'edition' in exp:
        f['edition'] = ','.join(str(e) for e in listify(exp['edition']))
    if 'proper_count' in exp:
        f['proper'] = 'true'
    return name, f


def guessit(out):
    rows = []
    for path in ('guessit/test/movies.yml', 'guessit/test/episodes.yml'):
        data = yaml.safe_load(show('guessit-io+guessit', path))
        for key, exp in data.items():
            if key == '__default__' or not isinstance(exp, dict) or key.startswith('-'):
                continue
            for k in list(exp):
                if k.startswith('-'):
                    del exp[k]
            name, f = guessit_row(key.lstrip('+ '), exp)
            if f and name.strip():
                rows.append((name, f, path))
    write(out, f'guessit-io/guessit @ {commit("guessit-io+guessit")}, guessit/test/movies.yml and episodes.yml'
               ' (file name only: a field guessit reads from the folders alone is not scored)', rows)


# ---- parse-torrent-name / parse-torrent-title ------------------------------------------------------
PTN_SOURCE = [(r'remux', 'Remux'), (r'^(?:hd)?cam', 'CAM'), (r'^(?:hd)?ts$|telesync', 'TS'), (r'scr', 'SCR'),
              (r'web[ .-]?rip', 'WEBRip'), (r'web', 'WEB-DL'), (r'b[dr][ .-]?rip|blu[ .-]?ray', 'BluRay'),
              (r'^[hps]d[ .-]?tv|dsrip', 'HDTV'), (r'dvd[ .-]?rip|^dvd$', 'DVD')]
PTN_CODEC = [(r'[xh]\.?264|avc', 'H.264'), (r'[xh]\.?265|hevc', 'H.265'), (r'xvid', 'XviD'), (r'divx', 'DivX')]
PTN_AUDIO = [(r'truehd', 'TrueHD'), (r'dts[ .-]?hd[ .-]?ma', 'DTS-HD MA'), (r'^dts', 'DTS'), (r'dd\+|ddp|e-?ac-?3', 'EAC3'),
             (r'^dd|ac-?3|dolby digital', 'AC3'), (r'aac', 'AAC'), (r'mp3', 'MP3'), (r'flac', 'FLAC')]


def first(patterns, text):
    for pattern, value in patterns:
        if re.search(pattern, text, re.I):
            return value
    return None


def ptn_row(name, exp):
    f = {'title': exp['title']} if exp.get('title') else {}
    for key in ('year', 'season'):
        if isinstance(exp.get(key), int):
            f[key] = exp[key]
    if 'episode' in exp:
        eps = listify(exp['episode'])
        if all(isinstance(e, int) for e in eps):
            f['episodes'] = ','.join(str(e) for e in eps)
    if isinstance(exp.get('season'), list) and exp['season']:
        f['season'] = exp['season'][0]
    if (m := re.fullmatch(r'(?i)(?:\d+x)?(480|576|720|1080|2160)[pi]?', str(exp.get('resolution', '')))):
        f['resolution'] = int(m.group(1))
    if isinstance(exp.get('quality'), str):
        q = exp['quality']
        if not re.search(r'(?i)hdrip|ppv|\s', q):
            if src := first(PTN_SOURCE, q):
                f['source'] = 'Remux' if exp.get('remux') and src == 'BluRay' else src
    if isinstance(exp.get('codec'), str) and (c := first(PTN_CODEC, exp['codec'])):
        f['codec'] = c
    if isinstance(exp.get('audio'), str) and (a := first(PTN_AUDIO, exp['audio'])):
        f['audio'] = a
        if (m := re.search(r'([1-7])[ .]?([01])$', exp['audio'])):
            f['channels'] = f'{m.group(1)}.{m.group(2)}'
    if 'language' in exp and (codes := lang_codes([l for part in listify(exp['language']) for l in re.split(r'[.]', str(part))])):
        f['languages'] = ','.join(codes)
    if 'subtitles' in exp and (codes := lang_codes(listify(exp['subtitles']))):
        f['subtitles'] = ','.join(codes)
    for flag in ('proper', 'repack'):
        if exp.get(flag):
            f[flag] = 'true'
    if exp.get('extended'):
        f['edition'] = 'Extended'
    if exp.get('unrated'):
        f['edition'] = 'Unrated'
    if isinstance(exp.get('month'), int) and isinstance(exp.get('day'), int) and isinstance(exp.get('year'), int):
        f['airdate'] = f'{exp["year"]:04}-{exp["month"]:02}-{exp["day"]:02}'
    return f


def ptn(repo, output, out):
    names = json.loads(show(repo, 'tests/files/input.json'))
    expected = json.loads(show(repo, f'tests/files/{output}'))
    rows = [(n, ptn_row(n, e), output) for n, e in zip(names, expected)]
    write(out, f'{repo.replace("+", "/")} @ {commit(repo)}, tests/files/input.json + {output}', rows)


def write(out, origin, rows):
    seen = set()
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as fh:
        fh.write(f'# Release names and the answers a peer expects, extracted as data by scripts/extract-peer-cases.py.\n')
        fh.write(f'# Origin: {origin}\n')
        fh.write('# Columns: name, then field=value (only the fields the peer asserts; lists comma-separated).\n')
        for name, f, _ in rows:
            name = name.replace('\t', ' ').replace('\n', ' ')
            cells = [f'{k}={v}' for k, v in f.items() if v is not None]
            if not cells or (name, tuple(cells)) in seen:
                continue
            seen.add((name, tuple(cells)))
            fh.write(name + '\t' + '\t'.join(c.replace('\t', ' ') for c in cells) + '\n')


arr('Sonarr+Sonarr', ['SingleEpisodeParserFixture', 'MultiEpisodeParserFixture', 'AbsoluteEpisodeNumberParserFixture',
                      'DailyEpisodeParserFixture', 'SeasonParserFixture', 'QualityParserFixture', 'LanguageParserFixture'],
    'sonarr.tsv')
arr('Radarr+Radarr', ['ParserFixture', 'QualityParserFixture', 'LanguageParserFixture', 'EditionParserFixture'], 'radarr.tsv')
guessit('guessit.tsv')
ptn('divijbindlish+parse-torrent-name', 'output.json', 'parse-torrent-name.tsv')
ptn('platelminto+parse-torrent-title', 'output_raw.json', 'parse-torrent-title.tsv')
