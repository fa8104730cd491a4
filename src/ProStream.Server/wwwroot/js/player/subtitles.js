// Subtitles drawn by the page: hls.js hands over the parsed WebVTT cues (renderTextTracksNatively: false), so
// no <track> element is created (hls.js gives those a data: URL, which the UI's CSP rightly refuses in media-src).
import { h } from '../dom.js';

export function createSubtitleOverlay(video) {
  const element = h('div', { class: 'subtitle-overlay', 'aria-hidden': 'true' });
  const cuesByTrack = new Map();
  let shown = null;
  let lastText = '';

  const render = () => {
    const now = video.currentTime;
    const cues = shown ? cuesByTrack.get(shown) ?? [] : [];
    const text = cues.filter(cue => cue.startTime <= now && now < cue.endTime).map(cue => plain(cue.text)).join('\n');
    if (text === lastText) return;
    lastText = text;
    element.replaceChildren(...(text ? text.split('\n').map(line => h('span', { class: 'subtitle-line' }, line)) : []));
  };
  video.addEventListener('timeupdate', render);
  video.addEventListener('seeked', render);

  return {
    element,
    /** Cues parsed for a track (its key: the hls.js subtitle track object). */
    add(track, cues) {
      const list = cuesByTrack.get(track) ?? [];
      for (const cue of cues) {
        if (!list.some(c => c.startTime === cue.startTime && c.text === cue.text)) list.push(cue);
      }
      cuesByTrack.set(track, list);
      render();
    },
    show(track) {
      shown = track;
      render();
    },
  };
}

// WebVTT cue text may carry <i>, <b>, <c.x>, <v Name> tags: shown as plain text, never parsed as HTML.
function plain(text) {
  return String(text ?? '').replace(/<[^>]*>/g, '');
}
