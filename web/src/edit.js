// Edits for a signed-in editor: the token is pasted once and kept in sessionStorage (gone with the tab). Every edit
// reads the feature with its ETag and writes it back whole with If-Match (the layers API replaces features); a refusal
// is shown with the message the API wrote.
import { getWithETag, putJson, setToken, token } from './api.js';
import { t } from './i18n.js';
import { el } from './panel.js';

/**
 * Opens a modal <dialog> with a form. On submit it awaits `save(values)`: success closes it (resolves true); an error
 * stays in the dialog with the API's message, for the editor to correct or cancel (resolves false).
 */
function formDialog(title, fields, submitLabel, save) {
  return new Promise((resolve) => {
    const error = el('p', { class: 'error', role: 'alert', 'data-testid': 'dialog-error' });
    const inputs = fields.map((f) => {
      const input = el('input', { id: `edit-${f.name}`, name: f.name, type: f.type ?? 'text', value: f.value ?? '', required: 'required', ...(f.attrs ?? {}) });
      return { f, input, row: el('div', { class: 'field' }, el('label', { for: `edit-${f.name}` }, f.label), input) };
    });
    const dialog = el('dialog', { class: 'edit-dialog', 'aria-labelledby': 'edit-title' });
    let saved = false;
    const form = el('form', {},
      el('h2', { id: 'edit-title' }, title),
      inputs.map((i) => i.row),
      error,
      el('div', { class: 'buttons' },
        el('button', { type: 'button', onclick: () => dialog.close() }, t('edit.cancel')),
        el('button', { type: 'submit', class: 'primary' }, submitLabel)));
    dialog.append(form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => { dialog.remove(); resolve(saved); });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        await save(Object.fromEntries(inputs.map((i) => [i.f.name, i.input.value])));
        saved = true;
        dialog.close();
      } catch (failure) {
        error.textContent = failure.message;
      }
    });
    dialog.showModal();
  });
}

export class Editor {
  constructor(button, status, { onChange, notify }) {
    this.button = button;
    this.status = status;
    this.onChange = onChange;
    this.notify = notify;
    button.addEventListener('click', () => this.toggle());
    this.render();
  }

  signedIn() {
    return Boolean(token());
  }

  render() {
    this.button.textContent = t(this.signedIn() ? 'edit.signOut' : 'edit.signIn');
    this.status.textContent = this.signedIn() ? t('edit.signedIn') : '';
  }

  async toggle() {
    if (this.signedIn()) { setToken(null); this.render(); return; }
    await formDialog(t('edit.signIn'), [{ name: 'token', label: t('edit.tokenLabel'), type: 'password', attrs: { autocomplete: 'off' } }],
      t('edit.save'), async (values) => setToken(values.token));
    this.render();
  }

  /** Edit a relocation site's moved-in households and construction progress. */
  async editSite(id, name) {
    if (!this.signedIn()) { this.notify(t('edit.needToken'), true); return; }
    let current;
    try {
      current = await getWithETag(`/api/v1/relocation-sites/${encodeURIComponent(id)}`);
    } catch (error) { this.notify(error.message, true); return; }
    const fields = [
      { name: 'movedInHouseholds', label: t('edit.movedIn'), type: 'number', value: current.body.movedInHouseholds, attrs: { min: '0', step: '1' } },
      { name: 'progressPct', label: t('edit.progress'), type: 'number', value: current.body.progressPct, attrs: { min: '0', max: '100', step: '0.1' } },
    ];
    const saved = await formDialog(t('edit.site', { name }), fields, t('edit.save'), async (values) => {
      const fresh = await getWithETag(`/api/v1/relocation-sites/${encodeURIComponent(id)}`);
      const body = { ...fresh.body, movedInHouseholds: Number(values.movedInHouseholds), progressPct: Number(values.progressPct) };
      await putJson(`/api/v1/relocation-sites/${encodeURIComponent(id)}`, body, fresh.etag);
    });
    if (saved) { this.notify(t('edit.saved')); this.onChange(); }
  }

  /** Marks a road as built (status existing, built this year). */
  async markRoadBuilt(id) {
    if (!this.signedIn()) { this.notify(t('edit.needToken'), true); return; }
    try {
      const fresh = await getWithETag(`/api/v1/roads/${encodeURIComponent(id)}`);
      const body = { ...fresh.body, status: 'existing', yearBuilt: fresh.body.yearBuilt ?? new Date().getFullYear() };
      await putJson(`/api/v1/roads/${encodeURIComponent(id)}`, body, fresh.etag);
      this.notify(t('edit.saved'));
      this.onChange();
    } catch (error) {
      this.notify(error.message, true);
    }
  }
}
