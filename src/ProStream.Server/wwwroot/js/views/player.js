// The player: resume-or-start-over, POST /api/play (best release, or the one chosen), hls.js on the session's
// master playlist behind the page's own controls (js/player/), audio, subtitle, speed and release menus,
// keyboard shortcuts on the whole page, the next episode after a TV episode ends, progress every 10 s and on
// pause/leave, and the session ended (DELETE) when the viewer leaves or switches release.
import { api, ApiError, query } from '../api.js';
import { session } from '../session.js';
import { toUrl } from '../base.js';
import { formatDuration, h } from '../dom.js';
import { errorNotice, qualityBadges } from '../components.js';
import { loadHls } from '../hls-loader.js';
import { clientProfile, clientProfileQuery } from '../client-profile.js';
import { createControls } from '../player/controls.js';
import { menuButton } from '../player/menu.js';
import { bindShortcuts } from '../player/shortcuts.js';
import { createSubtitleOverlay } from '../player/subtitles.js';
import { episodeCode, nextEpisodeAfter, withListedEpisodes } from '../player/episodes.js';
import { describePlayback } from '../player/playback-words.js';

export const name = 'player';

const progressEveryMs = 10_000;
const nextEpisodeCountdownSeconds = 10;
// Less than this into a title is not worth asking "resume or start over".
const resumeFromSeconds = 3;
const speeds = [0.5, 0.75, 1, 1.25, 1.5, 2];

export function render(main, { params, search, navigate }) {
  const type = params.type;
  const tmdbId = Number(params.id);
  const season = intOrUndefined(search.get('season'));
  const episode = intOrUndefined(search.get('episode'));
  const start = search.get('start');
  const isEpisode = type === 'tv' && season !== undefined && episode !== undefined;
  const controller = new AbortController();
  const titleHref = `/title/${type}/${tmdbId}${isEpisode ? `?season=${season}` : ''}`;

  const heading = h('h1', {}, isEpisode ? `Episode ${episodeCode(season, episode)}` : 'Now playing');
  const video = h('video', { class: 'player-video', playsinline: true, preload: 'auto', 'aria-label': 'Video' });
  const overlay = h('div', { class: 'player-overlay' });
  const subtitles = createSubtitleOverlay(video);
  const stage = h('div', { class: 'player-stage loading' }, h('div', { class: 'player-screen' }, video, subtitles.element, overlay));
  const playback = { session: null, hls: null, timer: null, lastReported: null, named: false, countdown: null, releaseId: search.get('release') || undefined };
  const controls = createControls(video, stage, { duration: () => playback.session?.duration ?? 0 });
  const menus = {
    audio: menuButton({ label: 'Audio', text: 'Audio' }),
    subtitles: menuButton({ label: 'Subtitles', text: 'CC' }),
    speed: menuButton({ label: 'Speed', text: '1×' }),
    release: menuButton({ label: 'Release', text: 'Release' }),
  };
  controls.menus.append(...Object.values(menus).map(m => m.element));
  stage.append(controls.element);
  const notes = h('div', { class: 'player-notes' });

  main.append(h('section', { class: 'player' },
    h('div', { class: 'player-head' }, h('a', { class: 'button subtle', href: titleHref, 'data-nav': true }, '← Back'), heading),
    stage,
    notes));

  // The title's name, poster and seasons: "continue watching" shows them, the next episode is found in them.
  const titleDetails = api(type === 'movie' ? `/api/catalog/movies/${tmdbId}` : `/api/catalog/tv/${tmdbId}`, { signal: controller.signal })
    .then(details => {
      heading.textContent = isEpisode ? `${details.title} · ${episodeCode(season, episode)}` : details.title;
      document.title = `${heading.textContent} · ProStream`;
      return details;
    })
    .catch(() => null);

  const show = (content, state) => {
    stage.className = `player-stage ${state}`;
    overlay.replaceChildren(...[content].flat().filter(Boolean));
  };
  const showLoading = label => show(h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label), 'loading');

  const subtitleState = { tracks: [], index: -1, choose: null };
  const view = {
    type, tmdbId, season, episode, video, stage, subtitles, subtitleState, menus, notes, controller, playback, titleHref,
    show, showLoading,
    fail: (error, what) => fail(view, error, what),
    playRelease: options => playRelease(view, options),
  };

  showLoading('Checking where you stopped…');
  (start !== null ? Promise.resolve(Number(start)) : askResume(view))
    .then(position => position === undefined || view.playRelease({ releaseId: playback.releaseId, startPosition: position }));

  video.addEventListener('playing', async () => {
    clearInterval(playback.countdown);
    stage.classList.remove('buffering');
    if (!stage.classList.contains('playing')) show(null, 'playing');
    if (!playback.named) {
      playback.named = true;
      nameInHistory(playback, await titleDetails, view, video);
    }
  });
  video.addEventListener('waiting', () => stage.classList.add('buffering'));
  video.addEventListener('pause', () => reportProgress(playback, video));
  video.addEventListener('ended', async () => {
    await reportProgress(playback, video);
    if (isEpisode) offerNextEpisode(view, await titleDetails, navigate);
  });
  playback.timer = setInterval(() => {
    if (!video.paused) reportProgress(playback, video);
  }, progressEveryMs);

  const unbind = bindShortcuts({
    togglePlay: controls.togglePlay,
    skip: controls.skip,
    volume: delta => controls.setVolume(video.volume + delta),
    fullscreen: controls.toggleFullscreen,
    mute: controls.toggleMute,
    cycleSubtitles: () => cycleSubtitles(subtitleState),
    escape: () => {
      const open = Object.values(menus).find(m => m.isOpen);
      if (open) open.close();
      else if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    },
  });

  // Closing the tab: a last report and the session's end, sent even as the page goes away.
  const onPageHide = () => {
    if (!playback.session) return;
    reportProgress(playback, video, { keepalive: true });
    endSession(playback.session.id, { keepalive: true });
  };
  window.addEventListener('pagehide', onPageHide);

  return async () => {
    controller.abort();
    unbind();
    clearInterval(playback.countdown);
    window.removeEventListener('pagehide', onPageHide);
    clearInterval(playback.timer);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    await stopSession(playback, video);
  };
}

/** The saved position when there is one worth resuming: asks "resume or start over"; 0 otherwise. */
async function askResume({ type, tmdbId, season, episode, controller, show }) {
  let saved = 0;
  try {
    if (type === 'tv') {
      const episodes = await api(`/api/history/tv/${tmdbId}/episodes`, { signal: controller.signal });
      const entry = episodes.find(e => e.season === season && e.episode === episode);
      saved = entry && !entry.finished ? entry.position : 0;
    } else {
      const entries = await api('/api/history', { signal: controller.signal });
      const entry = entries.find(e => e.type === type && e.tmdbId === tmdbId);
      saved = entry && !entry.finished ? entry.position : 0;
    }
  } catch (error) {
    if (error.name === 'AbortError') return undefined;
    return 0; // No history to read: start at the beginning rather than not at all.
  }
  if (!(saved >= resumeFromSeconds)) return 0;

  return new Promise(resolve => {
    const resume = h('button', { type: 'button', class: 'button primary', onclick: () => resolve(saved) }, `▶ Resume from ${formatDuration(saved)}`);
    show(h('div', { class: 'prompt', role: 'group', 'aria-label': 'Resume or start over' },
      h('p', {}, `You stopped at ${formatDuration(saved)}.`),
      h('div', { class: 'actions' }, resume, h('button', { type: 'button', class: 'button', onclick: () => resolve(0) }, '↺ Start over'))), 'prompt');
    resume.focus();
  });
}

/** Starts a release (the best when releaseId is undefined) at a position; a switch replaces the session playing. */
async function playRelease(view, { releaseId, startPosition, switching = false }) {
  const { type, tmdbId, season, episode, controller, playback, video, notes } = view;
  view.showLoading(switching ? 'Switching to the other release…' : releaseId ? 'Preparing this release…' : 'Finding the best release for you…');
  if (switching) {
    video.pause();
    await stopSession(playback, video);
  }
  let played;
  try {
    played = await api('/api/play', {
      method: 'POST', signal: controller.signal,
      body: { tmdbId, type, season, episode, releaseId, startPosition, ...clientProfile() },
    });
  } catch (error) {
    if (error.name !== 'AbortError') view.fail(error, 'Could not play');
    return;
  }
  if (controller.signal.aborted) {
    await endSession(played.id);
    return;
  }
  playback.session = played;
  playback.releaseId = played.release.id;
  playback.lastReported = null;
  // The URL names the release playing, so that a reload plays it again.
  history.replaceState(null, '', `${location.pathname}${query({ season, episode, release: played.release.id })}`);
  notes.replaceChildren(...fallbackNote(played.fallbacks), releaseInfo(played));
  view.showLoading(played.startPosition > 0 ? `Resuming at ${formatDuration(played.startPosition)}…` : 'Starting…');
  await startPlayer(view, played);
  fillReleaseMenu(view, played);
}

async function startPlayer(view, played) {
  const { video, playback, menus, subtitles, subtitleState } = view;
  const Hls = await loadHls().catch(() => null);
  if (Hls?.isSupported()) {
    // Subtitles are drawn by the page (see subtitles.js); metadata cues would need <track> elements too.
    const hls = new Hls({
      startPosition: played.startPosition > 0 ? played.startPosition : -1,
      renderTextTracksNatively: false, enableID3MetadataCues: false, enableEmsgMetadataCues: false,
    });
    playback.hls = hls;
    let recoveredMedia = false;
    hls.on(Hls.Events.ERROR, (_, data) => {
      if (!data.fatal) return;
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && !recoveredMedia) {
        recoveredMedia = true;
        hls.recoverMediaError();
        return;
      }
      view.fail(new Error(`Playback stopped (${data.details}).`), 'Playback stopped');
    });
    // One audio group per codec: the menu lists every group's tracks, and choosing one in another group
    // makes hls.js switch to that group's variant.
    const fillAudio = () => {
      const tracks = audioMenuTracks(hls);
      const current = currentAudioIndex(hls, tracks);
      menus.audio.setChoices(tracks.map((track, index) => ({ label: track.name || track.lang || `Track ${index + 1}`, value: index, checked: index === current })), index => {
        if (hls.setAudioOption && tracks !== hls.audioTracks) hls.setAudioOption(tracks[index]);
        else hls.audioTrack = index;
      });
    };
    hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, fillAudio);
    hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, fillAudio);
    hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, (_, data) => {
      subtitleState.tracks = data.subtitleTracks;
      subtitleState.choose = index => {
        subtitleState.index = index;
        hls.subtitleTrack = index;
        subtitles.show(index >= 0 ? trackKey(data.subtitleTracks[index]) : null);
        fillSubtitleMenu(menus.subtitles, subtitleState);
      };
      fillSubtitleMenu(menus.subtitles, subtitleState);
      preferSubtitles(video, subtitleState);
    });
    hls.on(Hls.Events.CUES_PARSED, (_, data) => {
      if (data.type === 'subtitles') subtitles.add(trackKey(data.subtitleTrack), data.cues);
    });
    hls.on(Hls.Events.MANIFEST_PARSED, () => play(view));
    fillSpeedMenu(menus.speed, video);
    hls.attachMedia(video);
    hls.loadSource(played.masterPlaylistUrl);
    return;
  }

  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    // Safari plays HLS itself; its tracks are in the system's own menus.
    video.src = played.masterPlaylistUrl;
    video.addEventListener('loadedmetadata', () => {
      if (played.startPosition > 0) video.currentTime = played.startPosition;
      play(view);
    }, { once: true });
    fillSpeedMenu(menus.speed, video);
    return;
  }

  view.fail(new Error('This browser cannot play HLS video (it has no Media Source Extensions).'), 'Cannot play here');
}

function play({ video, show }) {
  video.play().catch(() => {
    show(h('button', { type: 'button', class: 'button primary big-play', onclick: () => video.play().catch(() => {}) }, '▶ Play'), 'paused-start');
  });
}

/** The error in place of the video: what happened, what was tried, and what the viewer can do. */
async function fail(view, error, what) {
  const { playback, video, show, titleHref } = view;
  clearInterval(playback.countdown);
  for (const menu of Object.values(view.menus)) menu.close({ focus: false });
  await stopSession(playback, video);
  const attempts = error instanceof ApiError ? error.problem?.attempts : null;
  // Nothing was tried: no release fits yet, so trying again now or picking another would not help.
  const nothingToPlay = error instanceof ApiError && error.status === 422 && Array.isArray(attempts) && attempts.length === 0;
  const retry = nothingToPlay ? null : h('button', { type: 'button', class: 'button primary', onclick: () => view.playRelease({ releaseId: playback.releaseId, startPosition: playback.lastReported ?? 0 }) }, '↻ Try again');
  show(h('div', { class: 'player-error' },
    errorNotice(error, { what }),
    Array.isArray(attempts) && attempts.length
      ? h('details', { class: 'attempts' }, h('summary', {}, `What was tried (${attempts.length})`),
        h('ul', {}, attempts.map(a => h('li', {}, h('strong', {}, a.title), ` — ${a.outcome}: ${a.reason}`))))
      : null,
    h('p', { class: 'muted' }, nothingToPlay ? 'Try again later, when the indexers have a release of it.' : 'Try again, or go back and choose another release.'),
    h('div', { class: 'actions' }, retry,
      h('a', { class: 'button', href: titleHref, 'data-nav': true }, nothingToPlay ? 'Back to the title' : 'Choose another release'))), 'failed');
  view.notes.replaceChildren();
}

/** At the end of an episode: the next one after a visible, cancelable countdown. */
async function offerNextEpisode(view, details, navigate) {
  const { tmdbId, season, episode, playback, show, titleHref } = view;
  const listed = await api(`/api/catalog/tv/${tmdbId}/seasons/${season}`).then(data => data.episodes ?? [], () => []);
  const next = details ? nextEpisodeAfter(withListedEpisodes(details.seasons, { [season]: listed }), season, episode) : null;
  if (!next) {
    show(h('div', { class: 'prompt' }, h('p', {}, 'That was the last episode.'), h('a', { class: 'button', href: titleHref, 'data-nav': true }, 'Back to the show')), 'ended');
    return;
  }
  const href = `/watch/tv/${tmdbId}${query({ season: next.season, episode: next.episode })}`;
  let left = nextEpisodeCountdownSeconds;
  const counter = h('span', { class: 'countdown' }, String(left));
  const name = h('p', { class: 'next-name' }, episodeCode(next.season, next.episode));
  const cancel = h('button', { type: 'button', class: 'button', onclick: () => {
    clearInterval(playback.countdown);
    show(h('div', { class: 'prompt' }, h('p', {}, `Next: ${name.textContent}`),
      h('a', { class: 'button primary', href, 'data-nav': true }, '▶ Play next episode')), 'ended');
  } }, 'Cancel');
  const playNow = h('a', { class: 'button primary', href, 'data-nav': true }, '▶ Play now');
  show(h('div', { class: 'prompt next-episode', role: 'group', 'aria-label': 'Next episode' },
    h('p', { class: 'small muted' }, 'Next episode'), name,
    h('p', {}, 'Starts in ', counter, ' s'),
    h('div', { class: 'actions' }, playNow, cancel)), 'ended');
  playNow.focus();
  playback.countdown = setInterval(() => {
    left -= 1;
    counter.textContent = String(left);
    if (left <= 0) {
      clearInterval(playback.countdown);
      navigate(href);
    }
  }, 1000);
  api(`/api/catalog/tv/${tmdbId}/seasons/${next.season}`).then(data => {
    const found = data.episodes?.find(e => e.episodeNumber === next.episode);
    if (found?.name) name.textContent = `${episodeCode(next.season, next.episode)} · ${found.name}`;
  }).catch(() => {});
}

async function fillReleaseMenu(view, played) {
  const { type, tmdbId, season, episode, menus, video, controller, playback } = view;
  let results = [];
  try {
    const data = await api(`/api/releases${query({ tmdbId, type, season, episode, ...clientProfileQuery() })}`, { signal: controller.signal });
    results = data.results.filter(r => r.rank !== null && r.rank !== undefined);
  } catch {
    // Without the list, the menu offers only what plays.
  }
  if (!results.some(r => r.id === played.release.id)) results.unshift({ ...played.release, rank: null });
  menus.release.setChoices(results.map(r => ({ label: releaseLabel(r), value: r.id, checked: r.id === played.release.id })), id => {
    if (id !== playback.releaseId) view.playRelease({ releaseId: id, startPosition: video.currentTime, switching: true });
  });
}

function releaseLabel(release) {
  const q = release.quality ?? {};
  const quality = [q.resolution ? (q.resolution >= 2160 ? '4K' : `${q.resolution}p`) : null, q.source, q.videoCodec].filter(Boolean).join(' ');
  return `${release.rank ? `#${release.rank} ` : ''}${quality ? `${quality} · ` : ''}${release.title}`;
}

function fillSubtitleMenu(menu, state) {
  menu.setChoices([{ label: 'Off', value: -1, checked: state.index === -1 },
    ...state.tracks.map((track, index) => ({ label: track.name || track.lang || `Subtitles ${index + 1}`, value: index, checked: index === state.index }))],
  index => state.choose?.(index));
}

function cycleSubtitles(state) {
  if (!state.choose || !state.tracks.length) return;
  state.choose(state.index + 1 < state.tracks.length ? state.index + 1 : -1);
}

// The viewer's preferred subtitle language, once playback runs (hls.js then loads the WebVTT around the position).
function preferSubtitles(video, state) {
  const preferred = session.user?.preferences?.subtitleLanguages ?? [];
  const match = preferred.length ? state.tracks.findIndex(t => preferred.includes((t.lang ?? '').slice(0, 2))) : -1;
  if (match < 0) return;
  video.addEventListener('playing', () => {
    if (state.index === -1) state.choose(match);
  }, { once: true });
}

function fillSpeedMenu(menu, video) {
  const fill = () => {
    menu.button.textContent = `${video.playbackRate}×`;
    menu.setChoices(speeds.map(speed => ({ label: speed === 1 ? 'Normal' : `${speed}×`, value: speed, checked: speed === video.playbackRate })), speed => {
      video.playbackRate = speed;
      fill();
    });
  };
  fill();
}

const trackKey = track => track?.url ?? track?.name ?? null;

function audioMenuTracks(hls) {
  return hls.allAudioTracks?.length > hls.audioTracks.length ? hls.allAudioTracks : hls.audioTracks;
}

function currentAudioIndex(hls, tracks) {
  const active = hls.audioTracks[hls.audioTrack];
  const index = tracks.indexOf(active);
  return index >= 0 ? index : tracks.findIndex(t => active && t.url === active.url);
}

/** What plays and how: the release, its quality, and what the session really does with it. */
function releaseInfo(played) {
  const release = played.release;
  return h('div', { class: 'release-info' },
    h('h2', { class: 'small-heading' }, 'Playing'),
    h('p', { class: 'release-title' }, release.title),
    qualityBadges(release),
    release.why ? h('p', { class: 'why small' }, release.why) : null,
    h('p', { class: 'muted small playback-path' }, [describePlayback(played.playback), formatDuration(played.duration)].filter(Boolean).join(' · ')));
}

/** When Play passed over better-ranked releases: which, and why, so the viewer knows what they are watching. */
function fallbackNote(fallbacks) {
  if (!Array.isArray(fallbacks) || !fallbacks.length) return [];
  return [h('div', { class: 'fallback-note', role: 'note' },
    h('p', {}, fallbacks.length === 1
      ? 'The best release could not be played, so the next one is playing.'
      : `The ${fallbacks.length} best releases could not be played, so the next one is playing.`),
    h('ul', {}, fallbacks.map(f => h('li', {}, h('strong', {}, f.title), ` — ${f.reason}`))))];
}

/** The session playing ends: last progress, hls.js detached, the video emptied, the server told. */
async function stopSession(playback, video) {
  const current = playback.session;
  if (current) await reportProgress(playback, video);
  playback.session = null;
  playback.hls?.destroy();
  playback.hls = null;
  video.removeAttribute('src');
  video.load();
  if (current) await endSession(current.id);
}

async function reportProgress(playback, video, { keepalive = false } = {}) {
  const current = playback.session;
  const position = video.currentTime;
  if (!current || !Number.isFinite(position) || position <= 0 || position === playback.lastReported) return;
  playback.lastReported = position;
  try {
    await send(`/api/playback/sessions/${current.id}/progress`, 'POST', { position: Math.min(position, current.duration) }, keepalive);
  } catch {
    // The session may have ended (idle timeout); the next report or a new session will do.
  }
}

// Progress reports name no title; one PUT gives the history entry a title and a poster.
async function nameInHistory(playback, details, { type, tmdbId, season, episode }, video) {
  const current = playback.session;
  if (!current || !details) return;
  try {
    await api(`/api/history/${type}/${tmdbId}`, {
      method: 'PUT',
      body: { position: Math.max(0, video.currentTime), duration: current.duration, season, episode, title: details.title, posterPath: details.posterUrl },
    });
  } catch {
    // Naming is a nicety; progress still goes through the session.
  }
}

async function endSession(id, { keepalive = false } = {}) {
  try {
    await send(`/api/playback/sessions/${id}`, 'DELETE', undefined, keepalive);
  } catch {
    // Already gone (idle timeout or server restart).
  }
}

// fetch with keepalive survives the page closing; api() is used otherwise for its error handling.
function send(path, method, body, keepalive) {
  if (!keepalive) return api(path, { method, body });
  return fetch(toUrl(path), {
    method,
    keepalive: true,
    headers: { Authorization: `Bearer ${session.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

function intOrUndefined(value) {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) ? number : undefined;
}

export function title() {
  return 'Player';
}
