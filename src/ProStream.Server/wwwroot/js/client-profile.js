// What this browser plays, asked once and sent with every play and release list, so that the server copies
// what the browser decodes and re-encodes only the rest. Segments are fMP4 (CMAF): MSE is asked about
// video/mp4 and audio/mp4; a browser without MSE but with native HLS (Safari on iPhone) is asked through
// canPlayType.
const videoTests = {
  // H.264 High is what the server's transcode produces; Main and Baseline are implied by it.
  h264: ['avc1.64001F', 'avc1.640028'],
  // HEVC Main and Main 10: a 10-bit release is the usual HEVC release.
  hevc: ['hvc1.1.6.L93.B0', 'hvc1.2.4.L120.B0'],
  av1: ['av01.0.08M.08', 'av01.0.08M.10'],
};

const audioTests = {
  aac: ['mp4a.40.2'],
  ac3: ['ac-3'],
  eac3: ['ec-3'],
  opus: ['opus'],
  flac: ['fLaC', 'flac'],
};

let detected = null;

/** { clientCodecs, multichannel, nativeHls } for this browser, computed once. */
export function clientProfile() {
  detected ??= detect();
  return detected;
}

/** The profile as query parameters for GET /api/releases. */
export function clientProfileQuery() {
  const { clientCodecs, multichannel, nativeHls } = clientProfile();
  return { clientCodecs: clientCodecs.join(','), multichannel, nativeHls };
}

function detect() {
  const video = document.createElement('video');
  const nativeHls = video.canPlayType('application/vnd.apple.mpegurl') !== '';
  const mediaSource = window.ManagedMediaSource ?? window.MediaSource;
  const plays = mediaSource?.isTypeSupported
    ? (mime) => mediaSource.isTypeSupported(mime)
    : (mime) => video.canPlayType(mime) === 'probably' || (nativeHls && video.canPlayType(mime) === 'maybe');
  const supported = (kind, codecs) => codecs.every(codec => plays(`${kind}/mp4; codecs="${codec}"`));
  // A codec counts when every variant tested plays: for HEVC and AV1 that means 10-bit too.
  const clientCodecs = [
    ...Object.entries(videoTests).filter(([, codecs]) => supported('video', codecs)).map(([name]) => name),
    ...Object.entries(audioTests).filter(([, codecs]) => codecs.some(codec => supported('audio', [codec]))).map(([name]) => name),
  ];
  return { clientCodecs, multichannel: multichannel(), nativeHls };
}

// The audio output's channel count, as the browser reports it (2 on headphones and laptop speakers, 6 or 8
// on a home cinema); unknown counts as stereo, so that 5.1 is downmixed rather than lost.
function multichannel() {
  try {
    const AudioContextType = window.AudioContext ?? window.webkitAudioContext;
    if (AudioContextType) {
      const context = new AudioContextType();
      const channels = context.destination.maxChannelCount;
      context.close?.();
      if (channels > 0) return channels >= 6;
    }
  } catch {
    // No audio output (a headless browser): fall through.
  }
  return false;
}
