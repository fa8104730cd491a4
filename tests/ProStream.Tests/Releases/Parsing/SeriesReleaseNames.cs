using static ProStream.Tests.Releases.Parsing.ReleaseNameCase;

namespace ProStream.Tests.Releases.Parsing;

/// <summary>Real-world series and anime release names: episodes, multi-episodes, ranges, season packs.</summary>
internal static class SeriesReleaseNames
{
    public static readonly ReleaseNameCase[] Cases =
    [
        // Single episodes
        Row("Breaking.Bad.S05E14.Ozymandias.1080p.BluRay.x264-ROVERS", "Breaking Bad", null, 1080, "BluRay", "H.264", season: 5, episodes: "14", group: "ROVERS"),
        Row("S.W.A.T.2017.S01E01.720p.HDTV.x264-KILLERS", "S.W.A.T.", 2017, 720, "HDTV", "H.264", season: 1, episodes: "1", group: "KILLERS"),
        Row("9-1-1.S02E05.1080p.WEB.h264-TBS", "9-1-1", null, 1080, "WEB-DL", "H.264", season: 2, episodes: "5", group: "TBS"),
        Row("1883.S01E01.1080p.AMZN.WEB-DL.DDP5.1.H.264-GRP", "1883", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 1, episodes: "1", group: "GRP"),
        Row("9-1-1.Lone.Star.S04E01.720p.HDTV.x264-SYNCOPY", "9-1-1 Lone Star", null, 720, "HDTV", "H.264", season: 4, episodes: "1", group: "SYNCOPY"),
        Row("Game.of.Thrones.S08E03.The.Long.Night.1080p.AMZN.WEB-DL.DDP5.1.H.264-GoT", "Game of Thrones", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 8, episodes: "3", group: "GoT"),
        Row("The.Mandalorian.S02E08.Chapter.16.2160p.DSNP.WEB-DL.DDP5.1.Atmos.DV.HEVC-FLUX", "The Mandalorian", null, 2160, "WEB-DL", "H.265", "DV", audio: "EAC3 Atmos 5.1", season: 2, episodes: "8", group: "FLUX"),
        Row("The.Mandalorian.S03E01.2160p.DSNP.WEB-DL.DDP5.1.Atmos.HDR10+.HEVC-GRP", "The Mandalorian", null, 2160, "WEB-DL", "H.265", "HDR10+", audio: "EAC3 Atmos 5.1", season: 3, episodes: "1", group: "GRP"),
        Row("House.of.the.Dragon.S01E01.MULTi.1080p.WEB.H264-FW", "House of the Dragon", null, 1080, "WEB-DL", "H.264", multi: true, season: 1, episodes: "1", group: "FW"),
        Row("Lupin.S01E01.FRENCH.720p.NF.WEB-DL.DDP5.1.x264-NTG", "Lupin", null, 720, "WEB-DL", "H.264", audio: "EAC3 5.1", langs: "fr", season: 1, episodes: "1", group: "NTG"),
        Row("Shogun.2024.S01E01.VOSTFR.1080p.WEB.x264-GRP", "Shogun", 2024, 1080, "WEB-DL", "H.264", subs: "fr", season: 1, episodes: "1", group: "GRP"),
        Row("Squid.Game.S01E01.KOREAN.1080p.NF.WEBRip.DDP5.1.x264-TEPES", "Squid Game", null, 1080, "WEBRip", "H.264", audio: "EAC3 5.1", langs: "ko", season: 1, episodes: "1", group: "TEPES"),
        Row("Dark.S01E01.GERMAN.1080p.NF.WEB-DL.DDP5.1.x264-GRP", "Dark", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", langs: "de", season: 1, episodes: "1", group: "GRP"),
        Row("La.Casa.de.Papel.S01E01.SPANISH.1080p.NF.WEBRip.x264-GRP", "La Casa de Papel", null, 1080, "WEBRip", "H.264", langs: "es", season: 1, episodes: "1", group: "GRP"),
        Row("Gomorra.S01E01.iTA.720p.HDTV.x264-GRP", "Gomorra", null, 720, "HDTV", "H.264", langs: "it", season: 1, episodes: "1", group: "GRP"),
        Row("The.Witcher.S01E01.MULTi.VFF.1080p.NF.WEB-DL.DDP5.1.x264-GRP", "The Witcher", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", langs: "fr", multi: true, season: 1, episodes: "1", group: "GRP"),
        Row("The.Simpsons.S35E01.720p.HDTV.x264-SYNCOPY", "The Simpsons", null, 720, "HDTV", "H.264", season: 35, episodes: "1", group: "SYNCOPY"),
        Row("Doctor.Who.2005.S13E01.720p.HDTV.x264-GRP", "Doctor Who", 2005, 720, "HDTV", "H.264", season: 13, episodes: "1", group: "GRP"),
        Row("Doctor.Who.1x02.The.End.of.the.World.DVDRip.XviD", "Doctor Who", null, null, "DVD", "XviD", season: 1, episodes: "2"),
        Row("Dragon.Ball.Z.1x01.FRENCH.DVDRip.XviD-GRP", "Dragon Ball Z", null, null, "DVD", "XviD", langs: "fr", season: 1, episodes: "1", group: "GRP"),
        Row("The.Crown.S05E01.1080p.NF.WEB-DL.DDP5.1.Atmos.DV.H.265-GRP", "The Crown", null, 1080, "WEB-DL", "H.265", "DV", audio: "EAC3 Atmos 5.1", season: 5, episodes: "1", group: "GRP"),
        Row("Severance.S02E01.2160p.ATVP.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX", "Severance", null, 2160, "WEB-DL", "H.265", "DV,HDR10", audio: "EAC3 Atmos 5.1", season: 2, episodes: "1", group: "FLUX"),
        Row("The.Last.of.Us.S01E03.1080p.HMAX.WEB-DL.DDP5.1.H.264-NTb", "The Last of Us", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 1, episodes: "3", group: "NTb"),
        Row("Ted.Lasso.S03E01.720p.ATVP.WEBRip.x264-GRP", "Ted Lasso", null, 720, "WEBRip", "H.264", season: 3, episodes: "1", group: "GRP"),
        Row("The.Wire.S01E01.The.Target.480p.DVDRip.x264.AAC-GRP", "The Wire", null, 480, "DVD", "H.264", audio: "AAC", season: 1, episodes: "1", group: "GRP"),
        Row("Planet.Earth.II.S01E01.2160p.UHD.BluRay.x265.10bit.HDR.DTS-HD.MA.5.1-GRP", "Planet Earth II", null, 2160, "BluRay", "H.265", "HDR10", 10, "DTS-HD MA 5.1", season: 1, episodes: "1", group: "GRP"),
        Row("Planet.Earth.III.S01E01.2160p.iP.WEB-DL.AAC2.0.HLG.H.265-GRP", "Planet Earth III", null, 2160, "WEB-DL", "H.265", "HLG", audio: "AAC 2.0", season: 1, episodes: "1", group: "GRP"),
        Row("The.Boys.S04E01.MULTi.1080p.AMZN.WEB-DL.DDP5.1.H.264-GRP", "The Boys", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", multi: true, season: 4, episodes: "1", group: "GRP"),
        Row("Sherlock.S04E01.1080p.BluRay.x264-SHORTBREHD", "Sherlock", null, 1080, "BluRay", "H.264", season: 4, episodes: "1", group: "SHORTBREHD"),
        Row("Twin.Peaks.S03E01.1080p.AMZN.WEB-DL.DD+5.1.H.264-GRP", "Twin Peaks", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 3, episodes: "1", group: "GRP"),
        Row("Monty.Pythons.Flying.Circus.S01E01.1080i.HDTV.MPEG2-GRP", "Monty Pythons Flying Circus", null, 1080, "HDTV", "MPEG-2", season: 1, episodes: "1", group: "GRP"),
        Row("The.Office.UK.S01E01.DVDRip.XviD-GRP", "The Office UK", null, null, "DVD", "XviD", season: 1, episodes: "1", group: "GRP"),
        Row("Westworld.S01E01.PROPER.720p.HDTV.x264-GRP", "Westworld", null, 720, "HDTV", "H.264", season: 1, episodes: "1", proper: true, group: "GRP"),
        Row("Peaky.Blinders.S06E01.REPACK.1080p.NF.WEB-DL.DDP5.1.x264-GRP", "Peaky Blinders", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 6, episodes: "1", repack: true, group: "GRP"),
        Row("Top.Chef.France.S15E01.FRENCH.720p.HDTV.x264-GRP", "Top Chef France", null, 720, "HDTV", "H.264", langs: "fr", season: 15, episodes: "1", group: "GRP"),
        Row("The.English.S01E01.1080p.AMZN.WEB-DL.DDP5.1.H.264-NTb", "The English", null, 1080, "WEB-DL", "H.264", audio: "EAC3 5.1", season: 1, episodes: "1", group: "NTb"),
        Row("Plus.belle.la.vie.S01E150.FRENCH.720p.HDTV.x264-GRP", "Plus belle la vie", null, 720, "HDTV", "H.264", langs: "fr", season: 1, episodes: "150", group: "GRP"),
        Row("Frieren.Beyond.Journeys.End.S01E12.1080p.CR.WEB-DL.AAC2.0.H.264-VARYG", "Frieren Beyond Journeys End", null, 1080, "WEB-DL", "H.264", audio: "AAC 2.0", season: 1, episodes: "12", group: "VARYG"),
        Row("Show Name S01 E05 720p WEB x264", "Show Name", null, 720, "WEB-DL", "H.264", season: 1, episodes: "5"),
        Row("Friends Season 1 Episode 5 720p", "Friends", null, 720, season: 1, episodes: "5"),

        // Multi-episode files and ranges
        Row("The.Office.US.S02E01E02.720p.WEB-DL.DD5.1.H.264", "The Office US", null, 720, "WEB-DL", "H.264", audio: "AC3 5.1", season: 2, episodes: "1,2"),
        Row("Dexter.S01E01E02.720p.BluRay.x264-GRP", "Dexter", null, 720, "BluRay", "H.264", season: 1, episodes: "1,2", group: "GRP"),
        Row("Friends.S01E02-E04.1080p.BluRay.x265-GRP", "Friends", null, 1080, "BluRay", "H.265", season: 1, episodes: "2,3,4", group: "GRP"),
        Row("Bluey.S01E01-03.1080p.DSNP.WEB-DL.AAC2.0.H.264-GRP", "Bluey", null, 1080, "WEB-DL", "H.264", audio: "AAC 2.0", season: 1, episodes: "1,2,3", group: "GRP"),
        Row("Lost.S01E01E02E03.720p.BluRay.x264-GRP", "Lost", null, 720, "BluRay", "H.264", season: 1, episodes: "1,2,3", group: "GRP"),
        Row("Doctor.Who.2x12-2x13.DVDRip.XviD", "Doctor Who", null, null, "DVD", "XviD", season: 2, episodes: "12,13"),

        // Season packs
        Row("Le.Bureau.Des.Legendes.S05.FRENCH.1080p", "Le Bureau Des Legendes", null, 1080, langs: "fr", season: 5),
        Row("Some.Show.S01-S03.COMPLETE.1080p", "Some Show", null, 1080, season: 1, seasons: "1,2,3"),
        Row("Lupin.S03.MULTi.1080p.WEB.x264-FiDELiO", "Lupin", null, 1080, "WEB-DL", "H.264", multi: true, season: 3, group: "FiDELiO"),
        Row("Stranger.Things.S04.COMPLETE.1080p.NF.WEB-DL.DDP5.1.Atmos.x264-GRP", "Stranger Things", null, 1080, "WEB-DL", "H.264", audio: "EAC3 Atmos 5.1", season: 4, group: "GRP"),
        Row("Breaking.Bad.S01.COMPLETE.BluRay.1080p.x264-GRP", "Breaking Bad", null, 1080, "BluRay", "H.264", season: 1, group: "GRP"),
        Row("Seinfeld.S01.DVDRip.XviD-GRP", "Seinfeld", null, null, "DVD", "XviD", season: 1, group: "GRP"),
        Row("Friends.Season.1.1080p.BluRay.x265-GRP", "Friends", null, 1080, "BluRay", "H.265", season: 1, group: "GRP"),
        Row("Kaamelott.Saison.1.FRENCH.DVDRip.XviD-GRP", "Kaamelott", null, null, "DVD", "XviD", langs: "fr", season: 1, group: "GRP"),
        Row("The.Office.US.Seasons.1-9.COMPLETE.720p.WEB-DL", "The Office US", null, 720, "WEB-DL", season: 1, seasons: "1,2,3,4,5,6,7,8,9"),
        Row("Les Revenants Saisons 1 à 2 FRENCH 720p HDTV", "Les Revenants", null, 720, "HDTV", langs: "fr", season: 1, seasons: "1,2"),
        Row("The.Sopranos.S01-06.1080p.BluRay.x265-GRP", "The Sopranos", null, 1080, "BluRay", "H.265", season: 1, seasons: "1,2,3,4,5,6", group: "GRP"),

        // Anime (fansub style)
        Row("[SubsPlease] Frieren - 12 (1080p) [ABCD1234].mkv", "Frieren", null, 1080, episodes: "12", group: "SubsPlease"),
        Row("[Erai-raws] Sousou no Frieren - 12 [1080p][Multiple Subtitle][ABCD1234].mkv", "Sousou no Frieren", null, 1080, episodes: "12", group: "Erai-raws"),
        Row("[Judas] Jujutsu Kaisen - S02E05 [1080p][HEVC x265 10bit][Multi-Subs].mkv", "Jujutsu Kaisen", null, 1080, null, "H.265", bits: 10, season: 2, episodes: "5", group: "Judas"),
        Row("[SubsPlease] One Piece - 1071 (1080p) [E1F2A3B4].mkv", "One Piece", null, 1080, episodes: "1071", group: "SubsPlease"),
        Row("[HorribleSubs] Boku no Hero Academia - 88 [720p].mkv", "Boku no Hero Academia", null, 720, episodes: "88", group: "HorribleSubs"),
        Row("[Anime Time] Demon Slayer - 01v2 [1080p][HEVC 10bit x265][AAC][Multi Sub].mkv", "Demon Slayer", null, 1080, null, "H.265", bits: 10, audio: "AAC", episodes: "1", group: "Anime Time"),
        Row("[Golumpa] Attack on Titan - 75 [English Dub] [FuniDub 1080p x264 AAC].mkv", "Attack on Titan", null, 1080, null, "H.264", audio: "AAC", langs: "en", episodes: "75", group: "Golumpa"),
        Row("[Tsundere-Raws] Frieren - 05 VOSTFR [CR 1080p].mkv", "Frieren", null, 1080, "WEB-DL", subs: "fr", episodes: "5", group: "Tsundere-Raws"),
    ];
}
