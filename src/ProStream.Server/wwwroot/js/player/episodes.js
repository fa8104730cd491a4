// Which episode comes next: after one that ended (the player's "Next episode"), and for a show page's
// "Continue" (the next unfinished episode from the viewer's progress). Seasons are TMDB's list
// ({ seasonNumber, episodeCount }); specials (season 0) are never "next".

/** The regular seasons in order, each with its episode count. */
function regularSeasons(seasons) {
  return (seasons ?? [])
    .filter(s => s.seasonNumber > 0 && (s.episodeCount ?? 0) > 0)
    .sort((a, b) => a.seasonNumber - b.seasonNumber);
}

/** The episode after season/episode, or null after the last one. */
export function nextEpisodeAfter(seasons, season, episode) {
  const regular = regularSeasons(seasons);
  const current = regular.find(s => s.seasonNumber === season);
  if (current && episode < current.episodeCount) return { season, episode: episode + 1 };
  const following = regular.find(s => s.seasonNumber > season);
  return following ? { season: following.seasonNumber, episode: 1 } : null;
}

/**
 * What "Continue" plays: the episode watched last if it is unfinished (at its position), else the one after it;
 * the first episode when nothing was watched; null when the last watched one was the show's last.
 * progress: [{ season, episode, position, finished, updatedAt }].
 */
export function nextUp(seasons, progress) {
  const first = regularSeasons(seasons)[0];
  const latest = [...(progress ?? [])]
    .filter(p => p.season > 0)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.season - a.season || b.episode - a.episode)[0];
  if (!latest) return first ? { season: first.seasonNumber, episode: 1, position: 0, started: false } : null;
  if (!latest.finished && latest.position > 0) return { season: latest.season, episode: latest.episode, position: latest.position, started: true };
  const next = nextEpisodeAfter(seasons, latest.season, latest.episode);
  return next ? { ...next, position: 0, started: true } : null;
}

/** The seasons with the episode counts of the seasons whose episodes were listed ({ [season]: episodes }), which
 * TMDB's show summary may count otherwise. */
export function withListedEpisodes(seasons, listed) {
  return (seasons ?? []).map(s => (listed[s.seasonNumber]?.length
    ? { ...s, episodeCount: Math.max(...listed[s.seasonNumber].map(e => e.episodeNumber)) }
    : s));
}

export function episodeCode(season, episode) {
  return `S${season}E${episode}`;
}
