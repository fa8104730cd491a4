// Keyboard shortcuts on the whole player page, whatever has focus, except where a key already means
// something: typing in a field, Space/Enter on a button, arrows in a menu or on the volume slider.
const typing = element => element?.matches?.('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
const native = element => element?.matches?.('button, a[href], [role=menuitemradio], summary');

/** actions: { togglePlay, skip(s), volume(delta), fullscreen, mute, cycleSubtitles, escape }; returns the unbinding. */
export function bindShortcuts(actions) {
  const keys = {
    ' ': actions.togglePlay, k: actions.togglePlay,
    j: () => actions.skip(-10), ArrowLeft: () => actions.skip(-10),
    l: () => actions.skip(10), ArrowRight: () => actions.skip(10),
    ArrowUp: () => actions.volume(0.1), ArrowDown: () => actions.volume(-0.1),
    f: actions.fullscreen, m: actions.mute, c: actions.cycleSubtitles, Escape: actions.escape,
  };
  const onKey = event => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = keys[key];
    const target = event.target;
    if (!action || typing(target)) return;
    if ((key === ' ' || key === 'Enter') && native(target)) return;
    if (key.startsWith('Arrow') && target?.closest?.('[role=menu]')) return;
    event.preventDefault();
    action();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
