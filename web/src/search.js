// Search by name (Chinese, or pinyin initials such as "jp" for 锦屏) or by NBS code, over every administrative unit.
import { pinyin } from 'pinyin-pro';
import { getJson } from './api.js';
import { t } from './i18n.js';

const levelRank = { 3: 0, 4: 1, 5: 2 };

export class UnitSearch {
  constructor(input, results, { onChoose }) {
    this.input = input;
    this.results = results;
    this.onChoose = onChoose;
    this.units = [];
    this.active = -1;
    input.addEventListener('input', () => this.render());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  async load() {
    const units = await getJson('/api/v1/admin-units', { limit: 10000 });
    this.units = units.filter((u) => u.level >= 3).map((u) => ({
      ...u,
      initials: pinyin(u.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase(),
    }));
  }

  matches(text) {
    const query = text.trim().toLowerCase();
    if (!query) return [];
    return this.units
      .filter((u) => u.name.includes(query) || u.code.startsWith(query) || u.initials.startsWith(query))
      .sort((a, b) => levelRank[a.level] - levelRank[b.level] || a.code.localeCompare(b.code))
      .slice(0, 12);
  }

  render() {
    this.found = this.matches(this.input.value);
    this.active = this.found.length ? 0 : -1;
    this.results.replaceChildren();
    if (!this.input.value.trim()) { this.close(); return; }
    if (!this.found.length) {
      const li = document.createElement('li');
      li.textContent = t('search.none');
      li.className = 'muted';
      this.results.append(li);
    }
    this.found.forEach((u, i) => {
      const li = document.createElement('li');
      li.id = `search-option-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.code = u.code;
      li.textContent = `${u.name} · ${u.code}`;
      li.addEventListener('mousedown', (e) => { e.preventDefault(); this.choose(u); });
      this.results.append(li);
    });
    this.results.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  highlight() {
    [...this.results.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  key(e) {
    if (!this.found?.length) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); this.active = (this.active + 1) % this.found.length; this.highlight(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); this.active = (this.active - 1 + this.found.length) % this.found.length; this.highlight(); }
    if (e.key === 'Enter' && this.active >= 0) { e.preventDefault(); this.choose(this.found[this.active]); }
    if (e.key === 'Escape') this.close();
  }

  choose(unit) {
    this.input.value = unit.name;
    this.close();
    this.onChoose(unit.code);
  }

  close() {
    this.results.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
