// At the end of an episode: the next one after a visible, cancelable countdown, or "that was the last".
import { api, query } from '../api.js';
import { h } from '../dom.js';
import { episodeCode, nextEpisodeAfter, withListedEpisodes } from './episodes.js';

const countdownSeconds = 10;

export async function offerNextEpisode(view, details, navigate) {
  const { tmdbId, season, episode, playback, show, titleHref } = view;
  const listed = await api(`/api/catalog/tv/${tmdbId}/seasons/${season}`).then(data => data.episodes ?? [], () => []);
  const next = details ? nextEpisodeAfter(withListedEpisodes(details.seasons, { [season]: listed }), season, episode) : null;
  if (!next) {
    show(h('div', { class: 'prompt' }, h('p', {}, 'That was the last episode.'), h('a', { class: 'button', href: titleHref, 'data-nav': true }, 'Back to the show')), 'ended');
    return;
  }
  const href = `/watch/tv/${tmdbId}${query({ season: next.season, episode: next.episode })}`;
  let left = countdownSeconds;
  const counter = h('span', { class: 'countdown' }, String(left));
  const name = h('p', { class: 'next-name' }, episodeCode(next.season, next.episode));
  const cancel = h('button', { type: 'button', class: 'button', onclick: () => {
    clearInterval(playback.countdown);
    show(h('div', { class: 'prompt' }, h('p', {}, `Next: ${name.textContent}`),
      h('a', { class: 'button primary', href, 'data-nav': true }, '▶ Play next episode')), 'ended');
  } }, 'Cancel');
  const playNow = h('a', { class: 'button primary', href, 'data-nav': true }, '▶ Play now');
  show(h('div', { class: 'prompt next-episode', role: 'group', 'aria-label': 'Next episode' },
    h('p', { class: 'small muted' }, 'Next episode'), name,
    h('p', {}, 'Starts in ', counter, ' s'),
    h('div', { class: 'actions' }, playNow, cancel)), 'ended');
  playNow.focus();
  playback.countdown = setInterval(() => {
    left -= 1;
    counter.textContent = String(left);
    if (left <= 0) {
      clearInterval(playback.countdown);
      navigate(href);
    }
  }, 1000);
  api(`/api/catalog/tv/${tmdbId}/seasons/${next.season}`).then(data => {
    const found = data.episodes?.find(e => e.episodeNumber === next.episode);
    if (found?.name) name.textContent = `${episodeCode(next.season, next.episode)} · ${found.name}`;
  }).catch(() => {});
}
