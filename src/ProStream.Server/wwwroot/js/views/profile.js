// The account: display name, preferences (catalogue language, audio/subtitle languages, maximum
// resolution), password and API keys.
import { api } from '../api.js';
import { session } from '../session.js';
import { h } from '../dom.js';
import { field, onSubmit, showFormErrors, toast } from '../components.js';
import { ownKeysPanel } from './api-keys.js';
import { catalogueLanguageField, languageChoiceField, pickedLanguages } from '../language-picker.js';

export const name = 'profile';

export function title() {
  return 'Profile';
}

const resolutions = [
  { value: '', label: 'No limit' },
  { value: '2160', label: '2160p (4K)' },
  { value: '1080', label: '1080p' },
  { value: '720', label: '720p' },
  { value: '576', label: '576p' },
  { value: '480', label: '480p' },
];

export function render(main) {
  const user = session.user;
  const preferences = user.preferences ?? {};
  const controller = new AbortController();
  main.append(h('h1', {}, 'Profile'),
    h('p', { class: 'muted' }, `${user.email} · ${user.roles.join(', ')}`),
    preferencesForm(user, preferences),
    passwordForm(),
    ownKeysPanel(controller.signal));
  return () => controller.abort();
}

function preferencesForm(user, preferences) {
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Save');
  const resolution = h('select', { id: 'field-maxResolution', name: 'maxResolution' },
    resolutions.map(r => h('option', { value: r.value, selected: String(preferences.maxResolution ?? '') === r.value }, r.label)));
  const form = h('form', { class: 'panel', novalidate: true },
    h('h2', {}, 'Preferences'),
    h('p', { class: 'form-error notice error', role: 'alert', hidden: true }),
    field({ label: 'Display name', name: 'displayName', value: user.displayName, required: true, maxlength: 100, autocomplete: 'nickname' }),
    catalogueLanguageField(preferences.language ?? ''),
    languageChoiceField({ label: 'Audio languages', name: 'audioLanguages', current: preferences.audioLanguages ?? [], hint: 'Releases with these languages rank higher.' }),
    languageChoiceField({ label: 'Subtitle languages', name: 'subtitleLanguages', current: preferences.subtitleLanguages ?? [], hint: 'Turned on automatically when a film has them.' }),
    h('div', { class: 'field' }, h('label', { for: 'field-maxResolution' }, 'Maximum resolution'), resolution),
    submit);

  onSubmit(form, submit, async values => {
    const body = {
      displayName: values.displayName.trim(),
      preferences: {
        language: values.language || null,
        audioLanguages: pickedLanguages(form, 'audioLanguages'),
        subtitleLanguages: pickedLanguages(form, 'subtitleLanguages'),
        maxResolution: values.maxResolution ? Number(values.maxResolution) : null,
      },
    };
    session.setUser(await api('/api/me', { method: 'PATCH', body }));
    toast('Preferences saved.');
  }, error => showFormErrors(form, renamePreferenceErrors(error)));
  return form;
}

function passwordForm() {
  const submit = h('button', { type: 'submit', class: 'button' }, 'Change password');
  const form = h('form', { class: 'panel', novalidate: true },
    h('h2', {}, 'Password'),
    h('p', { class: 'form-error notice error', role: 'alert', hidden: true }),
    field({ label: 'Current password', name: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true }),
    field({ label: 'New password', name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 8 characters. Other signed-in devices will have to sign in again.' }),
    submit);
  onSubmit(form, submit, async values => {
    const token = await api('/api/me/password', { method: 'POST', body: values });
    session.signIn(token.accessToken);
    form.reset();
    toast('Password changed.');
  }, error => showFormErrors(form, error));
  return form;
}

// The server names nested fields "preferences.language"; the inputs are named "language".
function renamePreferenceErrors(error) {
  const renamed = {};
  for (const [key, messages] of Object.entries(error.errors ?? {})) renamed[key.replace(/^preferences\./, '')] = messages;
  return Object.assign(Object.create(Object.getPrototypeOf(error)), error, { message: error.message, problem: { ...error.problem, errors: renamed } });
}
