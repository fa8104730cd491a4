// What the player tells the server about the session playing: progress (every 10 s, on pause, on leaving),
// the title for the history entry, and the session's end.
import { api } from '../api.js';

/** The session playing ends: last progress, hls.js detached, the video emptied, the server told. */
export async function stopSession(playback, video) {
  const current = playback.session;
  if (current) await reportProgress(playback, video);
  playback.session = null;
  playback.hls?.destroy();
  playback.hls = null;
  video.removeAttribute('src');
  video.load();
  if (current) await endSession(current.id);
}

/** The position, when it moved since the last report; keepalive when the page is going away. */
export async function reportProgress(playback, video, { keepalive = false } = {}) {
  const current = playback.session;
  const position = video.currentTime;
  if (!current || !Number.isFinite(position) || position <= 0 || position === playback.lastReported) return;
  playback.lastReported = position;
  try {
    await api(`/api/playback/sessions/${current.id}/progress`, { method: 'POST', body: { position: Math.min(position, current.duration) }, keepalive });
  } catch {
    // The session may have ended (idle timeout); the next report or a new session will do.
  }
}

// Progress reports name no title; one PUT gives the history entry a title and a poster.
export async function nameInHistory(playback, details, { type, tmdbId, season, episode }, video) {
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

export async function endSession(id, { keepalive = false } = {}) {
  try {
    await api(`/api/playback/sessions/${id}`, { method: 'DELETE', keepalive });
  } catch {
    // Already gone (idle timeout or server restart).
  }
}
