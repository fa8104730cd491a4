// A menu button for the player's controls: a <button> opening a list of choices (menuitemradio), usable by
// keyboard (↑/↓, Home/End, Enter/Space to choose, Esc to close and return to the button).
import { h } from '../dom.js';

let uid = 0;

export function menuButton({ label, text }) {
  const id = `player-menu-${++uid}`;
  const button = h('button', { type: 'button', class: 'control menu-toggle', 'aria-label': label, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': id, disabled: true }, text);
  const list = h('div', { class: 'player-menu', id, role: 'menu', 'aria-label': label, hidden: true });
  const element = h('div', { class: 'menu-wrap' }, button, list);
  let choose = () => {};

  const items = () => [...list.querySelectorAll('[role=menuitemradio]')];
  // A click anywhere else closes the menu.
  const onOutside = event => {
    if (!element.contains(event.target)) close({ focus: false });
  };
  const open = () => {
    for (const other of document.querySelectorAll('.player-menu:not([hidden])')) if (other !== list) other.dispatchEvent(new Event('close'));
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', onOutside);
    (items().find(i => i.getAttribute('aria-checked') === 'true') ?? items()[0])?.focus();
  };
  const close = ({ focus = true } = {}) => {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', onOutside);
    if (focus) button.focus();
  };
  list.addEventListener('close', () => close({ focus: false }));
  button.addEventListener('click', () => (list.hidden ? open() : close()));
  list.addEventListener('keydown', event => {
    const all = items();
    const at = all.indexOf(document.activeElement);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      all[(moves[event.key] + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      event.stopPropagation();
      close({ focus: event.key === 'Escape' });
    }
  });
  return {
    element,
    button,
    get isOpen() { return !list.hidden; },
    close,
    /** choices: [{ label, value, checked }]; onChoose(value) when one is picked. */
    setChoices(choices, onChoose) {
      choose = onChoose;
      list.replaceChildren(...choices.map(choice => h('button', {
        type: 'button', role: 'menuitemradio', class: 'menu-item', tabindex: '-1', 'aria-checked': String(Boolean(choice.checked)),
        onclick: () => {
          close();
          choose(choice.value);
        },
      }, choice.label)));
      button.disabled = choices.length < 2;
    },
  };
}
