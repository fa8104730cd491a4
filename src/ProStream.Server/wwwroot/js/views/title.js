// A film or a show: details, cast, trailer, watchlist, and the releases ranked for this viewer, each with its
// own Play button. A film has "Play best"; a show has Play/Continue (the next unfinished episode), its seasons
// and episodes with watched and progress marks (mark watched/unwatched), and an episode's releases under it.
import { api, query } from '../api.js';
import { toUrl } from '../base.js';
import { clientProfileQuery } from '../client-profile.js';
import { h } from '../dom.js';
import { emptyNotice, errorNotice, loadInto, loading, qualityBadges, sizeAndSeeders, toast } from '../components.js';
import { describePlayback } from '../player/playback-words.js';
import { episodeCode, nextUp, withListedEpisodes } from '../player/episodes.js';

export const name = 'title';

export function render(main, { params, search, navigate }) {
  const { type } = params;
  const id = Number(params.id);
  const controller = new AbortController();
  const { signal } = controller;

  main.append(loading());
  const detailsPath = type === 'movie' ? `/api/catalog/movies/${id}` : `/api/catalog/tv/${id}`;
  api(detailsPath, { signal }).then(details => {
    main.replaceChildren();
    showTitle(main, details, { type, id, search, navigate, signal });
    document.title = `${details.title} · ProStream`;
  }).catch(error => {
    if (error.name !== 'AbortError') main.replaceChildren(h('h1', {}, 'Title'), errorNotice(error));
  });

  return () => controller.abort();
}

function showTitle(main, details, context) {
  const { type, id } = context;
  const hero = h('section', { class: 'hero' });
  if (details.backdropUrl) {
    const backdrop = h('img', { class: 'hero-backdrop', src: details.backdropUrl, alt: '', onerror: event => event.target.remove() });
    hero.append(backdrop);
  }

  const poster = details.posterUrl
    ? h('img', { class: 'hero-poster', src: details.posterUrl, alt: `Poster of ${details.title}`, onerror: event => event.target.remove() })
    : null;
  const facts = [
    details.year,
    details.runtime ? `${Math.floor(details.runtime / 60)} h ${details.runtime % 60} min` : null,
    type === 'tv' && details.numberOfSeasons ? `${details.numberOfSeasons} season${details.numberOfSeasons === 1 ? '' : 's'}` : null,
    details.genres?.map(g => g.name).join(', '),
    Number.isFinite(details.voteAverage) && details.voteCount ? `★ ${details.voteAverage.toFixed(1)}` : null,
  ].filter(Boolean);
  const directors = (details.credits?.crew ?? []).filter(c => c.job === 'Director' || c.job === 'Creator').map(c => c.name);
  const trailer = (details.videos ?? []).find(v => v.url);

  const playBest = type === 'movie'
    ? h('a', { class: 'button primary play-best', href: `/watch/movie/${id}`, 'data-nav': true }, '▶ Play best')
    : h('a', { class: 'button primary continue', href: `/title/tv/${id}`, 'data-nav': true, hidden: true }, '▶ Play');
  const watchlistButton = h('button', { type: 'button', class: 'button subtle watchlist-toggle', 'aria-pressed': 'false', disabled: true }, '+ Watchlist');

  hero.append(h('div', { class: 'hero-content' },
    poster,
    h('div', { class: 'hero-text' },
      h('h1', {}, details.title),
      details.originalTitle && details.originalTitle !== details.title ? h('p', { class: 'muted' }, details.originalTitle) : null,
      h('p', { class: 'facts muted' }, facts.join(' · ')),
      details.tagline ? h('p', { class: 'tagline' }, details.tagline) : null,
      details.overview ? h('p', { class: 'overview' }, details.overview) : null,
      directors.length ? h('p', { class: 'muted' }, `${type === 'movie' ? 'Directed by' : 'Created by'} ${directors.join(', ')}`) : null,
      h('div', { class: 'actions' },
        playBest,
        watchlistButton,
        trailer ? h('a', { class: 'button subtle', href: trailer.url, target: '_blank', rel: 'noopener noreferrer' }, `${trailer.type || 'Trailer'} ↗`) : null))));
  main.append(hero);

  setUpWatchlist(watchlistButton, details, context);

  if (details.credits?.cast?.length) {
    main.append(h('section', { class: 'cast', 'aria-labelledby': 'cast-heading' },
      h('h2', { id: 'cast-heading' }, 'Cast'),
      h('ul', { class: 'cast-list' }, details.credits.cast.slice(0, 12).map(person => h('li', { class: 'person' },
        person.profileUrl
          ? h('img', { src: person.profileUrl, alt: '', loading: 'lazy', onerror: event => event.target.remove() })
          : h('span', { class: 'person-placeholder', 'aria-hidden': 'true' }, person.name.charAt(0)),
        h('span', { class: 'person-name' }, person.name),
        person.character ? h('span', { class: 'muted' }, person.character) : null)))));
  }

  if (type === 'tv') {
    main.append(episodesSection(details, { ...context, continueLink: playBest }));
  } else {
    const releases = h('section', { class: 'releases', 'aria-labelledby': 'releases-heading' });
    // "Play best" only while there is something to play: no playable release, no promise of one.
    const offerPlayBest = data => { playBest.hidden = !data.results.some(release => release.rank !== null && release.rank !== undefined); };
    showReleases(releases, { type, id }, context, false, offerPlayBest);
    main.append(releases);
  }
}

async function setUpWatchlist(button, details, { type, id, signal }) {
  let listed = false;
  const update = () => {
    button.setAttribute('aria-pressed', String(listed));
    button.textContent = listed ? '✓ In watchlist' : '+ Watchlist';
  };
  try {
    const items = await api('/api/watchlist', { signal });
    listed = items.some(item => item.type === type && item.tmdbId === id);
    update();
    button.disabled = false;
  } catch {
    button.hidden = true;
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (listed) {
        await api(`/api/watchlist/${type}/${id}`, { method: 'DELETE' });
      } else {
        await api('/api/watchlist', { method: 'POST', body: { tmdbId: id, type, title: details.title, posterPath: details.posterUrl } });
      }
      listed = !listed;
      update();
      toast(listed ? 'Added to your watchlist.' : 'Removed from your watchlist.');
    } catch (error) {
      toast(error.message, 'error');
    } finally {
      button.disabled = false;
    }
  });
}

function episodesSection(details, context) {
  const seasons = (details.seasons ?? []).filter(s => (s.episodeCount ?? 1) > 0);
  const ordered = [...seasons.filter(s => s.seasonNumber > 0), ...seasons.filter(s => s.seasonNumber === 0)];
  const wanted = Number.parseInt(context.search.get('season') ?? '', 10);
  const initial = ordered.find(s => s.seasonNumber === wanted) ?? ordered[0];
  const episodes = h('div', { class: 'episodes' });
  const section = h('section', { class: 'seasons', 'aria-labelledby': 'seasons-heading' }, h('h2', { id: 'seasons-heading' }, 'Episodes'));
  if (!initial) {
    section.append(emptyNotice('No seasons listed.'));
    return section;
  }

  // The viewer's progress in this show: one entry per episode played or marked.
  const marks = { progress: [], shown: null, seasonEpisodes: [], listed: {} };
  const countOf = s => withListedEpisodes([s], marks.listed)[0].episodeCount;
  const progressOf = (season, episode) => marks.progress.find(p => p.season === season && p.episode === episode);
  const seasonLabel = s => {
    const watched = marks.progress.filter(p => p.season === s.seasonNumber && p.finished).length;
    const name = s.name || `Season ${s.seasonNumber}`;
    if (!watched) return name;
    return watched >= (countOf(s) ?? Infinity) ? `${name} · ✓ watched` : `${name} · ${watched} of ${countOf(s)} watched`;
  };

  const select = h('select', { id: 'season-select' }, ordered.map(s => h('option', { value: String(s.seasonNumber), selected: s === initial }, s.name || `Season ${s.seasonNumber}`)));
  const seasonToggle = h('button', { type: 'button', class: 'button subtle small season-watched', 'aria-pressed': 'false', disabled: true }, 'Mark season watched');
  select.addEventListener('change', () => loadSeason(Number(select.value)));
  section.append(h('div', { class: 'season-bar' }, h('div', { class: 'field inline' }, h('label', { for: 'season-select' }, 'Season'), select), seasonToggle), episodes);

  const refresh = () => {
    for (const option of select.options) option.textContent = seasonLabel(ordered.find(s => String(s.seasonNumber) === option.value));
    for (const item of episodes.querySelectorAll('.episode')) showEpisodeMarks(item, progressOf(marks.shown, Number(item.dataset.episode)));
    const allWatched = marks.seasonEpisodes.length > 0 && marks.seasonEpisodes.every(e => progressOf(marks.shown, e)?.finished);
    seasonToggle.textContent = allWatched ? 'Mark season unwatched' : 'Mark season watched';
    seasonToggle.setAttribute('aria-pressed', String(allWatched));
    seasonToggle.disabled = marks.seasonEpisodes.length === 0;
    showContinue(context, withListedEpisodes(details.seasons, marks.listed), marks.progress);
  };
  const mark = async (season, numbers, watched) => {
    try {
      marks.progress = await api(`/api/history/tv/${context.id}/episodes/watched`, { method: 'PUT', body: { season, episodes: numbers, watched } });
      refresh();
    } catch (error) {
      toast(error.message, 'error');
    }
  };
  seasonToggle.addEventListener('click', () => mark(marks.shown, marks.seasonEpisodes, seasonToggle.getAttribute('aria-pressed') !== 'true'));

  const loadSeason = season => loadInto(episodes, () => api(`/api/catalog/tv/${context.id}/seasons/${season}`, { signal: context.signal }), data => {
    marks.shown = season;
    marks.seasonEpisodes = data.episodes.map(e => e.episodeNumber);
    marks.listed[season] = data.episodes;
    const list = data.episodes.length
      ? h('ol', { class: 'episode-list' }, data.episodes.map(episode => episodeItem(episode, season, context, mark)))
      : emptyNotice('No episodes listed for this season.');
    queueMicrotask(refresh);
    return list;
  }, { what: 'Season' });

  api(`/api/history/tv/${context.id}/episodes`, { signal: context.signal })
    .then(progress => { marks.progress = progress; })
    .catch(() => {})
    .finally(() => {
      if (!context.signal.aborted) refresh();
    });
  loadSeason(initial.seasonNumber);
  return section;
}

/** The show's Play/Continue button: the episode watched last if unfinished, else the one after it. */
function showContinue({ id, continueLink }, seasons, progress) {
  const next = nextUp(seasons, progress);
  if (!continueLink) return;
  continueLink.hidden = !next;
  if (!next) return;
  continueLink.setAttribute('href', toUrl(`/watch/tv/${id}${query({ season: next.season, episode: next.episode })}`));
  continueLink.textContent = `▶ ${next.started ? 'Continue' : 'Play'} ${episodeCode(next.season, next.episode)}`;
}

function episodeItem(episode, season, context, mark) {
  const number = episode.episodeNumber;
  const releases = h('div', { class: 'episode-releases', id: `episode-${season}-${number}-releases`, hidden: true });
  const releasesToggle = h('button', { type: 'button', class: 'button subtle small', 'aria-expanded': 'false', 'aria-controls': releases.id,
    'aria-label': `Releases of episode ${number}` }, 'Releases');
  releasesToggle.addEventListener('click', () => {
    const open = releases.hidden;
    releases.hidden = !open;
    releasesToggle.setAttribute('aria-expanded', String(open));
    if (open && !releases.hasChildNodes()) showReleases(releases, { type: 'tv', id: context.id, season, episode: number }, context);
  });
  const watchedToggle = h('button', { type: 'button', class: 'button subtle small watched-toggle', 'aria-pressed': 'false',
    'aria-label': `Mark watched, episode ${number}`, onclick: event => mark(season, [number], event.currentTarget.getAttribute('aria-pressed') !== 'true') }, 'Mark watched');

  return h('li', { class: 'episode', dataset: { episode: String(number) } },
    h('div', { class: 'episode-still' },
      episode.stillUrl ? h('img', { src: episode.stillUrl, alt: '', loading: 'lazy', onerror: event => event.target.remove() }) : h('span', { class: 'still-placeholder', 'aria-hidden': 'true' }),
      h('span', { class: 'episode-progress', hidden: true }, h('span', { class: 'episode-progress-bar' }))),
    h('div', { class: 'episode-text' },
      h('h3', {}, `${number}. ${episode.name || `Episode ${number}`}`, h('span', { class: 'episode-mark', hidden: true })),
      h('p', { class: 'muted' }, [episode.airDate, episode.runtime ? `${episode.runtime} min` : null].filter(Boolean).join(' · ')),
      episode.overview ? h('p', { class: 'overview' }, episode.overview) : null),
    h('div', { class: 'episode-actions' },
      h('a', { class: 'button primary small', href: `/watch/tv/${context.id}${query({ season, episode: number })}`, 'data-nav': true,
        'aria-label': `Play episode ${number}` }, '▶ Play'),
      watchedToggle,
      releasesToggle),
    releases);
}

/** Watched (✓) or how far along, on an episode row, and its toggle's state. */
function showEpisodeMarks(item, progress) {
  const number = item.dataset.episode;
  const watched = Boolean(progress?.finished);
  const percent = !watched && progress?.percent > 0 ? progress.percent : 0;
  const markText = item.querySelector('.episode-mark');
  markText.hidden = !watched && !percent;
  markText.textContent = watched ? ' ✓ Watched' : percent ? ` · ${Math.round(percent)} % watched` : '';
  markText.className = `episode-mark${watched ? ' watched' : ''}`;
  const bar = item.querySelector('.episode-progress');
  bar.hidden = !percent;
  bar.querySelector('.episode-progress-bar').style.width = `${percent}%`;
  const toggle = item.querySelector('.watched-toggle');
  toggle.setAttribute('aria-pressed', String(watched));
  toggle.setAttribute('aria-label', watched ? `Mark unwatched, episode ${number}` : `Mark watched, episode ${number}`);
  toggle.textContent = watched ? 'Mark unwatched' : 'Mark watched';
  item.classList.toggle('watched', watched);
}

/** The ranked releases of a film or an episode; rejected ones on request, with their reasons. */
function showReleases(section, title, context, includeRejected = false, onLoaded = () => {}) {
  const episodeLabel = title.type === 'tv' ? ` of S${String(title.season).padStart(2, '0')}E${String(title.episode).padStart(2, '0')}` : '';
  // Ids per list: a show may have several episodes' releases open at once.
  const key = section.id || 'releases';
  const toggle = h('input', { type: 'checkbox', id: `${key}-rejected`, checked: includeRejected });
  toggle.addEventListener('change', () => showReleases(section, title, context, toggle.checked, onLoaded));
  const list = h('div', { class: 'release-results' });
  section.replaceChildren(
    h('div', { class: 'section-head' },
      h(title.type === 'tv' ? 'h4' : 'h2', { id: `${key}-heading` }, `Releases${episodeLabel}`),
      h('label', { class: 'checkbox' }, toggle, ' Show rejected')),
    list);

  const path = `/api/releases${query({ tmdbId: title.id, type: title.type, season: title.season, episode: title.episode, includeRejected: includeRejected || undefined, ...clientProfileQuery() })}`;
  loadInto(list, () => api(path, { signal: context.signal }), data => {
    onLoaded(data);
    return data.results.length
      ? h('ol', { class: 'release-list' }, data.results.map(release => releaseItem(release, title)))
      : emptyNotice('No releases found. Try again later, or check the indexers in Prowlarr.');
  },
  { what: 'Releases', loadingLabel: 'Searching releases…' });
}

/** AllDebrid has this release already: it starts without waiting for a download. Text and a label, not colour alone. */
function instantMark() {
  return h('p', { class: 'instant-mark small', title: 'AllDebrid already has this release: it starts without waiting for a download.' },
    h('span', { 'aria-hidden': 'true' }, '⚡ '), 'Instant', h('span', { class: 'visually-hidden' }, ' on AllDebrid: starts without waiting'));
}

function releaseItem(release, title) {
  const rejected = release.rank === null || release.rank === undefined;
  const playHref = `/watch/${title.type}/${title.id}${query({ season: title.season, episode: title.episode, release: release.id })}`;
  return h('li', { class: `release${rejected ? ' rejected' : ''}` },
    h('div', { class: 'release-rank', 'aria-label': rejected ? 'Rejected' : `Rank ${release.rank}` }, rejected ? '—' : `#${release.rank}`),
    h('div', { class: 'release-main' },
      h('p', { class: 'release-title' }, release.title),
      release.cached === true ? instantMark() : null,
      qualityBadges(release),
      h('p', { class: 'muted small' }, sizeAndSeeders(release)),
      release.why ? h('p', { class: 'why small' }, release.why) : null,
      release.playback ? h('p', { class: 'playback small muted' }, describePlayback(release.playback)) : null,
      rejected && release.rejections?.length ? h('p', { class: 'rejections small' }, release.rejections.map(r => r.reason).join(' ')) : null),
    rejected ? null : h('a', { class: 'button primary small', href: playHref, 'data-nav': true, 'aria-label': `Play ${release.title}` }, '▶ Play'));
}
