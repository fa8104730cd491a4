// The player: POST /api/play (best release, or the one chosen), hls.js on the session's master
// playlist, audio and subtitle menus, resume, progress every 10 s and on pause/leave, and the
// session ended (DELETE) when the viewer leaves.
import { api, ApiError } from '../api.js';
import { session } from '../session.js';
import { toUrl } from '../base.js';
import { formatDuration, h } from '../dom.js';
import { errorNotice, qualityBadges } from '../components.js';
import { loadHls } from '../hls-loader.js';
import { clientProfile } from '../client-profile.js';

export const name = 'player';

const progressEveryMs = 10_000;

export function render(main, { params, search }) {
  const type = params.type;
  const tmdbId = Number(params.id);
  const season = intOrUndefined(search.get('season'));
  const episode = intOrUndefined(search.get('episode'));
  const releaseId = search.get('release') || undefined;
  const start = search.get('start');
  const controller = new AbortController();
  const backHref = `/title/${type}/${tmdbId}${type === 'tv' && season !== undefined ? `?season=${season}` : ''}`;

  const heading = h('h1', {}, type === 'tv' && season !== undefined ? `Episode S${season}E${episode}` : 'Now playing');
  const status = h('p', { class: 'player-status', role: 'status' }, releaseId ? 'Preparing this release…' : 'Finding the best release for you…');
  const video = h('video', { class: 'player-video', controls: true, playsinline: true, preload: 'auto', 'aria-label': 'Video' });
  const audioSelect = h('select', { id: 'audio-track', disabled: true }, h('option', {}, '—'));
  const subtitleSelect = h('select', { id: 'subtitle-track', disabled: true }, h('option', { value: '-1' }, 'Off'));
  const releaseInfo = h('div', { class: 'release-info' });
  const cancel = h('a', { class: 'button subtle', href: backHref, 'data-nav': true }, '← Back');

  main.append(h('section', { class: 'player' },
    h('div', { class: 'player-head' }, cancel, heading),
    h('div', { class: 'player-frame' }, video),
    status,
    h('div', { class: 'player-menus' },
      h('div', { class: 'field inline' }, h('label', { for: 'audio-track' }, 'Audio'), audioSelect),
      h('div', { class: 'field inline' }, h('label', { for: 'subtitle-track' }, 'Subtitles'), subtitleSelect)),
    releaseInfo));

  const playback = { session: null, hls: null, timer: null, lastReported: null, ended: false, named: false };

  // The title's name and poster, so that "continue watching" can show it (progress reports carry neither).
  const titleDetails = api(type === 'movie' ? `/api/catalog/movies/${tmdbId}` : `/api/catalog/tv/${tmdbId}`, { signal: controller.signal })
    .then(details => {
      heading.textContent = type === 'tv' && season !== undefined ? `${details.title} · S${season}E${episode}` : details.title;
      document.title = `${heading.textContent} · ProStream`;
      return details;
    })
    .catch(() => null);

  const body = { tmdbId, type, season, episode, releaseId, startPosition: start === null ? undefined : Number(start), ...clientProfile() };
  api('/api/play', { method: 'POST', body, signal: controller.signal })
    .then(async played => {
      if (controller.signal.aborted) {
        await endSession(played.id);
        return;
      }
      playback.session = played;
      showRelease(releaseInfo, played);
      showFallbacks(releaseInfo, played.fallbacks);
      status.textContent = played.startPosition > 0 ? `Resuming at ${formatDuration(played.startPosition)}…` : 'Starting…';
      await startPlayer(video, played, playback, { audioSelect, subtitleSelect, status });
    })
    .catch(error => {
      if (error.name === 'AbortError') return;
      status.replaceChildren(errorNotice(error, { what: 'Could not play' }));
      const attempts = error instanceof ApiError ? error.problem?.attempts : null;
      if (Array.isArray(attempts) && attempts.length) {
        status.append(h('details', { class: 'attempts' }, h('summary', {}, `What was tried (${attempts.length})`),
          h('ul', {}, attempts.map(a => h('li', {}, h('strong', {}, a.title), ` — ${a.outcome}: ${a.reason}`)))));
      }
    });

  // Progress: every 10 s while playing, and at once on pause, end and seek-then-pause.
  video.addEventListener('playing', async () => {
    status.textContent = '';
    if (!playback.named) {
      playback.named = true;
      const details = await titleDetails;
      nameInHistory(playback, details, { type, tmdbId, season, episode }, video);
    }
  });
  video.addEventListener('pause', () => reportProgress(playback, video));
  video.addEventListener('ended', () => reportProgress(playback, video));
  playback.timer = setInterval(() => {
    if (!video.paused) reportProgress(playback, video);
  }, progressEveryMs);

  // Closing the tab: a last report and the session's end, sent even as the page goes away.
  const onPageHide = () => {
    if (!playback.session) return;
    reportProgress(playback, video, { keepalive: true });
    endSession(playback.session.id, { keepalive: true });
  };
  window.addEventListener('pagehide', onPageHide);

  return async () => {
    controller.abort();
    window.removeEventListener('pagehide', onPageHide);
    clearInterval(playback.timer);
    const current = playback.session;
    if (current) {
      await reportProgress(playback, video);
    }
    playback.hls?.destroy();
    video.removeAttribute('src');
    video.load();
    if (current) {
      await endSession(current.id);
    }
  };
}

async function startPlayer(video, played, playback, { audioSelect, subtitleSelect, status }) {
  const url = played.masterPlaylistUrl;
  const Hls = await loadHls();
  if (Hls?.isSupported()) {
    const hls = new Hls({ startPosition: played.startPosition > 0 ? played.startPosition : -1 });
    playback.hls = hls;
    let recoveredMedia = false;
    hls.on(Hls.Events.ERROR, (_, data) => {
      if (!data.fatal) return;
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && !recoveredMedia) {
        recoveredMedia = true;
        hls.recoverMediaError();
        return;
      }
      status.replaceChildren(errorNotice(new Error(`Playback stopped (${data.details}). Go back and try another release.`)));
    });
    // The track lists are final once hls.js has read the master playlist's alternate renditions.
    // One audio group per codec: the menu lists every group's tracks, and choosing one in another group
    // makes hls.js switch to that group's variant.
    hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, () => {
      const tracks = audioMenuTracks(hls);
      fillAudioMenu(audioSelect, tracks, currentAudioIndex(hls, tracks), index => {
        if (hls.setAudioOption && tracks !== hls.audioTracks) hls.setAudioOption(tracks[index]);
        else hls.audioTrack = index;
      });
    });
    hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, (_, data) => {
      fillSubtitleMenu(subtitleSelect, video, data.subtitleTracks, id => {
        hls.subtitleDisplay = id >= 0;
        hls.subtitleTrack = id;
      });
    });
    hls.on(Hls.Events.MANIFEST_PARSED, () => play(video, status));
    hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, () => { audioSelect.value = String(currentAudioIndex(hls, audioMenuTracks(hls))); });
    hls.attachMedia(video);
    hls.loadSource(url);
    return;
  }

  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    // Safari plays HLS itself; tracks are in its own menus.
    video.src = url;
    video.addEventListener('loadedmetadata', () => {
      if (played.startPosition > 0) video.currentTime = played.startPosition;
      play(video, status);
    }, { once: true });
    return;
  }

  status.replaceChildren(errorNotice(new Error('This browser cannot play HLS (no Media Source Extensions).')));
}

function play(video, status) {
  video.play().catch(() => {
    status.textContent = 'Press play to start.';
  });
}

function audioMenuTracks(hls) {
  return hls.allAudioTracks?.length > hls.audioTracks.length ? hls.allAudioTracks : hls.audioTracks;
}

function currentAudioIndex(hls, tracks) {
  const active = hls.audioTracks[hls.audioTrack];
  const index = tracks.indexOf(active);
  return index >= 0 ? index : tracks.findIndex(t => active && t.url === active.url);
}

function fillAudioMenu(select, tracks, current, choose) {
  select.replaceChildren(...tracks.map((track, index) => h('option', { value: String(index), selected: index === current },
    track.name || track.lang || `Track ${index + 1}`)));
  select.disabled = tracks.length < 2;
  select.onchange = () => choose(Number(select.value));
}

// Subtitles are chosen once playback runs: hls.js then loads the WebVTT around the current position.
function fillSubtitleMenu(select, video, tracks, choose) {
  select.replaceChildren(h('option', { value: '-1' }, 'Off'),
    ...tracks.map((track, index) => h('option', { value: String(index) }, track.name || track.lang || `Subtitles ${index + 1}`)));
  select.disabled = tracks.length === 0;
  select.onchange = () => choose(Number(select.value));
  const preferred = session.user?.preferences?.subtitleLanguages ?? [];
  const match = preferred.length ? tracks.findIndex(t => preferred.includes((t.lang ?? '').slice(0, 2))) : -1;
  if (match >= 0) {
    video.addEventListener('playing', () => {
      if (select.value === '-1') {
        select.value = String(match);
        choose(match);
      }
    }, { once: true });
  }
}

function showRelease(container, played) {
  const release = played.release;
  container.replaceChildren(
    h('h2', { class: 'small-heading' }, 'Playing'),
    h('p', { class: 'release-title' }, release.title),
    qualityBadges(release),
    release.why ? h('p', { class: 'why small' }, release.why) : null,
    h('p', { class: 'muted small' }, [played.mode === 'transcode' ? 'Converted for this browser' : 'Original video', formatDuration(played.duration)].filter(Boolean).join(' · ')));
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


/** When Play passed over better-ranked releases: which, and why, so the viewer knows what they are watching. */
function showFallbacks(container, fallbacks) {
  if (!Array.isArray(fallbacks) || !fallbacks.length) return;
  container.append(h('div', { class: 'fallback-note', role: 'note' },
    h('p', {}, fallbacks.length === 1
      ? 'The best release could not be played, so the next one is playing.'
      : `The ${fallbacks.length} best releases could not be played, so the next one is playing.`),
    h('ul', {}, fallbacks.map(f => h('li', {}, h('strong', {}, f.title), ` — ${f.reason}`)))));
}
