// Lists that lead to the map: unconnected natural villages (≥ 30 households) ranked by households, relocation sites
// behind schedule, poor natural villages with no industrial base within 10 km. Each row flies the map to its feature.
import { analytics } from './api.js';
import { formatNumber, t } from './i18n.js';
import { el } from './panel.js';

const definitions = {
  unconnected: {
    title: 'lists.unconnected',
    columns: ['col.rank', 'col.name', 'col.households', 'col.distance'],
    async load(within) {
      const report = await analytics('road-coverage', { within, minHouseholds: 30, travelTime: false });
      return report.unconnected.map((v) => ({
        kind: 'natural-village', id: v.id, name: v.name, villageCode: v.villageCode,
        cells: [v.rank, v.name, v.households, v.nearestRoadDistanceM === null ? '' : Math.round(v.nearestRoadDistanceM)],
        sort: v.households,
      }));
    },
  },
  behind: {
    title: 'lists.behind',
    columns: ['col.name', 'col.status', 'col.progress', 'col.expected', 'col.movedIn'],
    async load(within) {
      const report = await analytics('relocation-progress', { within });
      return report.sites.filter((s) => s.behindSchedule).map((s) => ({
        kind: 'relocation-site', id: s.id, name: s.name, villageCode: s.villageCode,
        cells: [s.name, t(`status.${s.status}`), s.progressPct, s.expectedProgressPct ?? '', `${s.movedInHouseholds}/${s.plannedHouseholds}`],
        sort: (s.expectedProgressPct ?? 0) - s.progressPct,
      }));
    },
  },
  noJobs: {
    title: 'lists.noJobs',
    columns: ['col.name', 'col.poor', 'col.nearestBase'],
    async load(within) {
      const report = await analytics('job-access', { within });
      return report.villages.filter((v) => v.basesWithinReach === 0).map((v) => ({
        kind: 'natural-village', id: v.id, name: v.name, villageCode: v.villageCode,
        cells: [v.name, v.demand, v.nearestBaseM === null ? '' : Math.round(v.nearestBaseM)],
        sort: v.demand,
      }));
    },
  },
};

export const listNames = Object.keys(definitions);

export class ListsPanel {
  constructor(root, { onRow }) {
    this.root = root;
    this.onRow = onRow;
    this.table = null;
    this.generation = 0;
  }

  currentTable() {
    return this.table;
  }

  /** Shows list `name` within the selected unit, or within each county when none is selected. */
  async show(name, scopes, scopeName) {
    const generation = ++this.generation;
    const definition = definitions[name];
    const target = this.root.querySelector('.list-body');
    target.replaceChildren(el('p', { class: 'muted' }, t('panel.loading')));
    let rows;
    let failure = null;
    try {
      rows = (await Promise.all(scopes.map((s) => definition.load(s)))).flat().sort((a, b) => b.sort - a.sort);
    } catch (error) {
      rows = [];
      failure = error;
    }
    if (generation !== this.generation) return;
    this.table = { name, columns: definition.columns.map((c) => t(c)), rows: rows.map((r) => r.cells) };
    const body = el('tbody');
    for (const row of rows) {
      const activate = () => this.onRow(row);
      body.append(el('tr', { tabindex: '0', 'data-id': row.id, onclick: activate, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); } } },
        row.cells.map((cell) => el('td', { class: typeof cell === 'number' ? 'num' : undefined }, typeof cell === 'number' ? formatNumber(cell, Number.isInteger(cell) ? 0 : 1) : cell))));
    }
    target.replaceChildren(...[
      el('p', { class: 'muted' }, t('lists.scope', { scope: scopeName }), ' · ', failure ? t('panel.unavailable', { message: failure.message }) : t('lists.rowHint')),
      rows.length === 0 && !failure ? el('p', {}, t('lists.empty')) : null,
      el('div', { class: 'table-wrap' }, el('table', { class: 'list', 'data-testid': `list-${name}`, 'aria-label': t(definition.title) },
        el('thead', {}, el('tr', {}, definition.columns.map((c) => el('th', { scope: 'col' }, t(c))))), body)),
    ].filter(Boolean));
    target.dataset.ready = 'true';
  }
}
