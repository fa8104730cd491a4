// What each playback path means for this browser, in the viewer's words: one wording for the release list
// (predicted from the release's name) and the player (what the session really does).
export const playbackWords = {
  direct: 'Plays as is in this browser',
  remux: 'Plays in this browser, audio converted',
  transcode: 'Video converted for this browser (slower to start)',
};

export function describePlayback(path) {
  return playbackWords[path] ?? path ?? '';
}
