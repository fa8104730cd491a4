// The player: resume-or-start-over, POST /api/play (best release, or the one chosen), hls.js on the session's
// master playlist behind the page's own controls (js/player/), audio, subtitle, speed and release menus,
// keyboard shortcuts on the whole page, the next episode after a TV episode ends, progress every 10 s and on
// pause/leave, and the session ended (DELETE) when the viewer leaves or switches release.
import { api, ApiError, query } from '../api.js';
import { formatDuration, h } from '../dom.js';
import { errorNotice } from '../components.js';
import { clientProfile } from '../client-profile.js';
import { createControls } from '../player/controls.js';
import { menuButton } from '../player/menu.js';
import { bindShortcuts } from '../player/shortcuts.js';
import { createSubtitleOverlay } from '../player/subtitles.js';
import { episodeCode } from '../player/episodes.js';
import { offerNextEpisode } from '../player/next-episode.js';
import { fallbackNote, releaseInfo } from '../player/release-notes.js';
import { endSession, nameInHistory, reportProgress, stopSession } from '../player/session-reports.js';
import { startVideo } from '../player/start-video.js';
import { cycleSubtitles, fillReleaseMenu } from '../player/track-menus.js';

export const name = 'player';

const progressEveryMs = 10_000;
// Less than this into a title is not worth asking "resume or start over".
const resumeFromSeconds = 3;

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
  await startVideo(view, played);
  fillReleaseMenu(view, played);
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

function intOrUndefined(value) {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) ? number : undefined;
}

export function title() {
  return 'Player';
}
