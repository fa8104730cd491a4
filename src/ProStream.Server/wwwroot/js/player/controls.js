// The player's own controls over a <video>: play/pause, ±10 s, a seek bar (a slider showing what is buffered,
// with the time under the pointer), volume and mute, the time, and fullscreen of the whole stage.
import { formatDuration, h } from '../dom.js';
import { icon } from './icons.js';

export const skipSeconds = 10;

export function createControls(video, stage, { duration }) {
  const length = () => (Number.isFinite(video.duration) && video.duration > 0 ? video.duration : duration());

  const playButton = h('button', { type: 'button', class: 'control play-toggle', 'aria-label': 'Play' }, icon('play'));
  const back = h('button', { type: 'button', class: 'control', 'aria-label': `Back ${skipSeconds} seconds` }, `↺ ${skipSeconds}`);
  const forward = h('button', { type: 'button', class: 'control', 'aria-label': `Forward ${skipSeconds} seconds` }, `${skipSeconds} ↻`);
  const muteButton = h('button', { type: 'button', class: 'control', 'aria-label': 'Mute' }, icon('volume'));
  const volume = h('input', { type: 'range', class: 'volume', min: '0', max: '1', step: '0.05', value: String(video.volume), 'aria-label': 'Volume' });
  const time = h('span', { class: 'time', 'aria-hidden': 'true' }, '0:00 / 0:00');
  const fullscreenButton = h('button', { type: 'button', class: 'control', 'aria-label': 'Fullscreen' }, icon('fullscreen'));

  const buffered = h('div', { class: 'seek-buffered' });
  const played = h('div', { class: 'seek-played' });
  const tooltip = h('div', { class: 'seek-tooltip', hidden: true });
  const seek = h('div', { class: 'seek', role: 'slider', tabindex: '0', 'aria-label': 'Seek', 'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0', 'aria-valuetext': '0:00' },
    h('div', { class: 'seek-track' }, buffered, played), tooltip);

  const menus = h('div', { class: 'control-menus' });
  const element = h('div', { class: 'player-controls' },
    seek,
    h('div', { class: 'control-row' }, playButton, back, forward, muteButton, volume, time, h('span', { class: 'control-spacer' }), menus, fullscreenButton));

  const togglePlay = () => (video.paused || video.ended ? video.play().catch(() => {}) : video.pause());
  const seekTo = seconds => {
    const end = length();
    if (!Number.isFinite(end) || end <= 0) return;
    video.currentTime = Math.max(0, Math.min(seconds, end - 0.1));
    update();
  };
  const skip = seconds => seekTo(video.currentTime + seconds);
  const setVolume = value => {
    video.volume = Math.max(0, Math.min(1, value));
    if (video.volume > 0) video.muted = false;
  };
  const toggleMute = () => { video.muted = !video.muted; };
  const toggleFullscreen = () => (document.fullscreenElement ? document.exitFullscreen() : stage.requestFullscreen?.())?.catch?.(() => {});

  const timeAt = clientX => {
    const box = seek.getBoundingClientRect();
    return Math.max(0, Math.min(1, (clientX - box.left) / box.width)) * length();
  };

  function update() {
    const end = length();
    const now = video.currentTime;
    const share = end > 0 ? Math.min(1, now / end) : 0;
    played.style.width = `${share * 100}%`;
    seek.setAttribute('aria-valuemax', String(Math.round(end || 0)));
    seek.setAttribute('aria-valuenow', String(Math.round(now)));
    seek.setAttribute('aria-valuetext', `${formatDuration(now)} of ${formatDuration(end || 0)}`);
    time.textContent = `${formatDuration(now) || '0:00'} / ${formatDuration(end) || '0:00'}`;
  }

  function updateBuffered() {
    const end = length();
    buffered.replaceChildren(...(end > 0 ? [...Array(video.buffered.length).keys()].map(i => {
      const range = h('span', { class: 'seek-range' });
      range.style.left = `${(video.buffered.start(i) / end) * 100}%`;
      range.style.width = `${((video.buffered.end(i) - video.buffered.start(i)) / end) * 100}%`;
      return range;
    }) : []));
  }

  function updatePlaying() {
    const paused = video.paused || video.ended;
    playButton.replaceChildren(icon(paused ? 'play' : 'pause'));
    playButton.setAttribute('aria-label', paused ? 'Play' : 'Pause');
    stage.classList.toggle('paused', paused);
  }

  function updateVolume() {
    const silent = video.muted || video.volume === 0;
    muteButton.replaceChildren(icon(silent ? 'muted' : 'volume'));
    muteButton.setAttribute('aria-label', silent ? 'Unmute' : 'Mute');
    volume.value = String(video.muted ? 0 : video.volume);
  }

  playButton.addEventListener('click', togglePlay);
  back.addEventListener('click', () => skip(-skipSeconds));
  forward.addEventListener('click', () => skip(skipSeconds));
  muteButton.addEventListener('click', toggleMute);
  volume.addEventListener('input', () => setVolume(Number(volume.value)));
  fullscreenButton.addEventListener('click', toggleFullscreen);
  video.addEventListener('click', togglePlay);
  video.addEventListener('dblclick', toggleFullscreen);

  seek.addEventListener('pointermove', event => {
    tooltip.hidden = false;
    tooltip.textContent = formatDuration(timeAt(event.clientX));
    tooltip.style.left = `${event.clientX - seek.getBoundingClientRect().left}px`;
  });
  seek.addEventListener('pointerleave', () => { tooltip.hidden = true; });
  seek.addEventListener('click', event => seekTo(timeAt(event.clientX)));
  seek.addEventListener('keydown', event => {
    const keys = { Home: 0, End: length() - 1, PageUp: video.currentTime + 60, PageDown: video.currentTime - 60 };
    if (event.key in keys) {
      event.preventDefault();
      seekTo(keys[event.key]);
    }
  });

  for (const name of ['timeupdate', 'durationchange', 'seeked', 'loadedmetadata']) video.addEventListener(name, update);
  video.addEventListener('progress', updateBuffered);
  video.addEventListener('timeupdate', updateBuffered);
  for (const name of ['play', 'pause', 'ended', 'playing']) video.addEventListener(name, updatePlaying);
  video.addEventListener('volumechange', updateVolume);
  document.addEventListener('fullscreenchange', () => {
    const full = document.fullscreenElement === stage;
    fullscreenButton.setAttribute('aria-label', full ? 'Exit fullscreen' : 'Fullscreen');
    fullscreenButton.replaceChildren(icon(full ? 'exitFullscreen' : 'fullscreen'));
  });
  updatePlaying();
  updateVolume();

  return { element, menus, togglePlay, skip, seekTo, setVolume, toggleMute, toggleFullscreen, update };
}
