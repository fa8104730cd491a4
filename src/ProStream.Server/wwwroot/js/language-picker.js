// Language pickers with names ("French"), not typed ISO codes: the server still stores the codes.
import { h } from './dom.js';

const names = new Intl.DisplayNames(['en'], { type: 'language' });

// ISO 639-1 languages releases and subtitles commonly carry.
const spoken = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs', 'hu', 'ro', 'el', 'tr', 'ru', 'uk',
  'ar', 'he', 'hi', 'th', 'vi', 'id', 'zh', 'ja', 'ko'];

// TMDB catalogue languages (language-REGION).
const catalogue = ['en-US', 'en-GB', 'fr-FR', 'fr-CA', 'de-DE', 'es-ES', 'es-MX', 'it-IT', 'pt-PT', 'pt-BR', 'nl-NL', 'sv-SE', 'da-DK',
  'nb-NO', 'fi-FI', 'pl-PL', 'cs-CZ', 'hu-HU', 'ro-RO', 'el-GR', 'tr-TR', 'ru-RU', 'uk-UA', 'ar-SA', 'he-IL', 'hi-IN', 'th-TH',
  'vi-VN', 'id-ID', 'zh-CN', 'zh-TW', 'ja-JP', 'ko-KR'];

export function languageName(code) {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** One select: the catalogue language, or the server's default. */
export function catalogueLanguageField(current) {
  const codes = current && !catalogue.includes(current) ? [current, ...catalogue] : catalogue;
  return h('div', { class: 'field' },
    h('label', { for: 'field-language' }, 'Catalogue language'),
    h('select', { id: 'field-language', name: 'language', 'aria-describedby': 'field-language-hint' },
      h('option', { value: '', selected: !current }, 'Server default'),
      sortByName(codes).map(code => h('option', { value: code, selected: code === current }, languageName(code)))),
    h('p', { class: 'hint muted', id: 'field-language-hint' }, 'Titles and overviews from TMDB in this language.'));
}

/**
 * An ordered choice of up to three languages (first choice first), as a fieldset of selects named
 * `${name}.0`, `${name}.1`…; read it back with {@link pickedLanguages}.
 */
export function languageChoiceField({ label, name, current = [], hint }) {
  const codes = [...new Set([...current.filter(c => !spoken.includes(c)), ...spoken])];
  const ordinal = ['First choice', 'Second choice', 'Third choice'];
  const count = Math.max(ordinal.length, current.length);
  const selects = Array.from({ length: count }, (_, index) => {
    const id = `field-${name}-${index}`;
    return h('div', { class: 'language-choice' },
      h('label', { for: id }, ordinal[index] ?? `Choice ${index + 1}`),
      h('select', { id, name: `${name}.${index}` },
        h('option', { value: '', selected: !current[index] }, 'None'),
        sortByName(codes).map(code => h('option', { value: code, selected: code === current[index] }, languageName(code)))));
  });
  return h('fieldset', { class: 'field language-choices', name },
    h('legend', {}, label),
    hint ? h('p', { class: 'hint muted' }, hint) : null,
    h('div', { class: 'language-choice-row' }, selects));
}

/** The picked codes of a language choice field, in order, without repeats. */
export function pickedLanguages(form, name) {
  const picked = [...form.querySelectorAll(`select[name^="${CSS.escape(name)}."]`)].map(s => s.value).filter(Boolean);
  return [...new Set(picked)];
}

function sortByName(codes) {
  return [...codes].sort((a, b) => languageName(a).localeCompare(languageName(b), 'en'));
}
