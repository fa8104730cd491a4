// Under the video: what plays and how, and which better-ranked releases Play passed over and why.
import { formatDuration, h } from '../dom.js';
import { qualityBadges } from '../components.js';
import { describePlayback } from './playback-words.js';

/** What plays and how: the release, its quality, and what the session really does with it. */
export function releaseInfo(played) {
  const release = played.release;
  return h('div', { class: 'release-info' },
    h('h2', { class: 'small-heading' }, 'Playing'),
    h('p', { class: 'release-title' }, release.title),
    qualityBadges(release),
    release.why ? h('p', { class: 'why small' }, release.why) : null,
    h('p', { class: 'muted small playback-path' }, [describePlayback(played.playback), formatDuration(played.duration)].filter(Boolean).join(' · ')));
}

/** When Play passed over better-ranked releases: which, and why, so the viewer knows what they are watching. */
export function fallbackNote(fallbacks) {
  if (!Array.isArray(fallbacks) || !fallbacks.length) return [];
  return [h('div', { class: 'fallback-note', role: 'note' },
    h('p', {}, fallbacks.length === 1
      ? 'The best release could not be played, so the next one is playing.'
      : `The ${fallbacks.length} best releases could not be played, so the next one is playing.`),
    h('ul', {}, fallbacks.map(f => h('li', {}, h('strong', {}, f.title), ` — ${f.reason}`))))];
}
