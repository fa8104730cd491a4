// The choices in the player's menus: audio tracks (every codec group's), subtitles (off or a track, with
// the viewer's preferred language chosen once playing), speed, and the title's other releases.
import { api, query } from '../api.js';
import { session } from '../session.js';
import { clientProfileQuery } from '../client-profile.js';

const speeds = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** A subtitle track's identity across hls.js events (the cues parsed and the track chosen). */
export const trackKey = track => track?.url ?? track?.name ?? null;

// One audio group per codec: the menu lists every group's tracks, and choosing one in another group
// makes hls.js switch to that group's variant.
export function fillAudioMenu(menu, hls) {
  const tracks = hls.allAudioTracks?.length > hls.audioTracks.length ? hls.allAudioTracks : hls.audioTracks;
  const active = hls.audioTracks[hls.audioTrack];
  const found = tracks.indexOf(active);
  const current = found >= 0 ? found : tracks.findIndex(t => active && t.url === active.url);
  menu.setChoices(tracks.map((track, index) => ({ label: track.name || track.lang || `Track ${index + 1}`, value: index, checked: index === current })), index => {
    if (hls.setAudioOption && tracks !== hls.audioTracks) hls.setAudioOption(tracks[index]);
    else hls.audioTrack = index;
  });
}

export function fillSubtitleMenu(menu, state) {
  menu.setChoices([{ label: 'Off', value: -1, checked: state.index === -1 },
    ...state.tracks.map((track, index) => ({ label: track.name || track.lang || `Subtitles ${index + 1}`, value: index, checked: index === state.index }))],
  index => state.choose?.(index));
}

/** The C key: off → each track in turn → off. */
export function cycleSubtitles(state) {
  if (!state.choose || !state.tracks.length) return;
  state.choose(state.index + 1 < state.tracks.length ? state.index + 1 : -1);
}

// The viewer's preferred subtitle language, once playback runs (hls.js then loads the WebVTT around the position).
export function preferSubtitles(video, state) {
  const preferred = session.user?.preferences?.subtitleLanguages ?? [];
  const match = preferred.length ? state.tracks.findIndex(t => preferred.includes((t.lang ?? '').slice(0, 2))) : -1;
  if (match < 0) return;
  video.addEventListener('playing', () => {
    if (state.index === -1) state.choose(match);
  }, { once: true });
}

export function fillSpeedMenu(menu, video) {
  const fill = () => {
    menu.button.textContent = `${video.playbackRate}×`;
    menu.setChoices(speeds.map(speed => ({ label: speed === 1 ? 'Normal' : `${speed}×`, value: speed, checked: speed === video.playbackRate })), speed => {
      video.playbackRate = speed;
      fill();
    });
  };
  fill();
}

/** The title's ranked releases; choosing another switches to it at the current position. */
export async function fillReleaseMenu(view, played) {
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
