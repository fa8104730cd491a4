// The session's master playlist into the <video>: hls.js where Media Source Extensions exist (menus filled
// from its tracks, subtitles drawn by the page), the browser's own HLS otherwise (Safari).
import { h } from '../dom.js';
import { loadHls } from '../hls-loader.js';
import { fillAudioMenu, fillSpeedMenu, fillSubtitleMenu, preferSubtitles, trackKey } from './track-menus.js';

export async function startVideo(view, played) {
  const { video, playback, menus } = view;
  const Hls = await loadHls().catch(() => null);
  if (Hls?.isSupported()) {
    playback.hls = startHls(Hls, view, played);
    fillSpeedMenu(menus.speed, video);
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

function startHls(Hls, view, played) {
  const { video, menus, subtitles, subtitleState } = view;
  // Subtitles are drawn by the page (see subtitles.js); metadata cues would need <track> elements too.
  const hls = new Hls({
    startPosition: played.startPosition > 0 ? played.startPosition : -1,
    renderTextTracksNatively: false, enableID3MetadataCues: false, enableEmsgMetadataCues: false,
  });
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
  hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, () => fillAudioMenu(menus.audio, hls));
  hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, () => fillAudioMenu(menus.audio, hls));
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
  hls.attachMedia(video);
  hls.loadSource(played.masterPlaylistUrl);
  return hls;
}

// Autoplay may be refused (no gesture yet): then a big Play button.
function play({ video, show }) {
  video.play().catch(() => {
    show(h('button', { type: 'button', class: 'button primary big-play', onclick: () => video.play().catch(() => {}) }, '▶ Play'), 'paused-start');
  });
}
