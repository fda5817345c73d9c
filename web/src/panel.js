// The side panel of the selected unit: breadcrumbs, its figures from the analytics API, the incidence trend chart and
// the units below it (a table that also exports as CSV).
import { CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { analytics, getJson, withQuery } from './api.js';
import { formatNumber, t } from './i18n.js';
import { ancestors, childLevel, levelOf } from './state.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Filler);

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};
export { el };

const percent = (value) => (value === null || value === undefined ? '—' : `${formatNumber(value, 2)} %`);

/** Settles a promise into {value} or {error}, so one missing analysis does not blank the panel. */
const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));

/**
 * Links to the whole analyses of a unit as Excel workbooks from the analytics API (format=xlsx): every table of each
 * (road connection: the units, the unconnected villages, the travel times, the km built) and its parameters.
 */
function downloads(code, level, year) {
  const analyses = [
    ['poverty', 'theme.poverty', { year: year || undefined }],
    ['road-coverage', 'theme.road', {}],
    ['relocation-progress', 'theme.relocation', {}],
    ['job-access', 'theme.jobs', {}],
  ];
  return el('ul', { class: 'downloads', 'data-testid': 'downloads' }, analyses.map(([name, label, params]) => el('li', {},
    el('a', { href: withQuery(`/api/v1/analytics/${name}`, { within: code, level, ...params, format: 'xlsx' }), download: '', 'data-analysis': name }, t(label)))));
}

export class UnitPanel {
  constructor(root, { onSelect }) {
    this.root = root;
    this.onSelect = onSelect;
    this.chart = null;
    this.table = null;
    this.names = new Map();
    this.generation = 0;
  }

  /** The rows of the children table, for CSV export. */
  currentTable() {
    return this.table;
  }

  async unitName(code) {
    if (!this.names.has(code)) {
      this.names.set(code, getJson(`/api/v1/admin-units/${code}`).then((u) => u.name, () => code));
    }
    return this.names.get(code);
  }

  async show(code, year, counties) {
    const generation = ++this.generation;
    this.root.replaceChildren(el('p', { class: 'muted' }, t('panel.loading')));
    const content = code ? await this.unitContent(code, year) : await this.topContent(year, counties);
    if (generation !== this.generation) return;
    if (this.chart) { this.chart.destroy(); this.chart = null; }
    this.root.replaceChildren(...content.nodes);
    if (content.series) this.drawChart(content.series);
    this.root.dataset.unit = code || '';
    this.root.dataset.ready = 'true';
  }

  async breadcrumbs(code) {
    const trail = code ? [...ancestors(code).filter((c) => c.length >= 6), code] : [];
    const names = await Promise.all(trail.map((c) => this.unitName(c)));
    const nav = el('nav', { class: 'breadcrumbs', 'aria-label': 'breadcrumbs' });
    const list = el('ol');
    list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => this.onSelect('') }, t('panel.all'))));
    trail.forEach((c, i) => {
      const last = i === trail.length - 1;
      list.append(el('li', {}, last
        ? el('span', { 'aria-current': 'page' }, names[i])
        : el('button', { type: 'button', class: 'link', onclick: () => this.onSelect(c) }, names[i])));
    });
    nav.append(list);
    return { nav, name: names[names.length - 1] };
  }

  async topContent(year, counties) {
    const { nav } = await this.breadcrumbs('');
    const rows = await Promise.all(counties.map(async (c) => {
      const poverty = await settle(analytics('poverty', { within: c.code, level: 'county', year: year || undefined }));
      return { code: c.code, name: c.name, unit: poverty.value?.units?.[0], error: poverty.error };
    }));
    return { nodes: [nav, el('h2', {}, t('panel.allUnits')), el('p', { class: 'muted' }, t('panel.hint')), this.childrenTable(rows)] };
  }

  async unitContent(code, year) {
    const level = levelOf(code);
    const below = childLevel(level);
    const [crumbs, poverty, series, road, relocation, jobs, children] = await Promise.all([
      this.breadcrumbs(code),
      settle(analytics('poverty', { within: code, level, year: year || undefined })),
      settle(analytics('poverty/series', { code })),
      settle(analytics('road-coverage', { within: code, level, travelTime: false })),
      settle(analytics('relocation-progress', { within: code, level })),
      settle(analytics('job-access', { within: code, level })),
      below ? this.childRows(code, below, year) : Promise.resolve(null),
    ]);
    const unit = poverty.value?.units?.find((u) => u.code === code);
    const shownYear = poverty.value?.year ?? year;
    const figures = el('dl', { class: 'figures', 'data-testid': 'figures' });
    const add = (key, value, detail, testId) => {
      figures.append(el('div', { class: 'figure', 'data-figure': testId },
        el('dt', {}, t(key)), el('dd', {}, el('span', { class: 'value' }, value), detail ? el('small', {}, detail) : null)));
    };
    const unavailable = (result) => t('panel.unavailable', { message: result.error?.message ?? '' });
    if (unit) {
      add('fig.poorPopulation', formatNumber(unit.poorPopulation), null, 'poorPopulation');
      add('fig.incidence', percent(unit.incidencePct), null, 'incidencePct');
      add('fig.density', unit.densityPerKm2 === null ? '—' : `${formatNumber(unit.densityPerKm2, 2)} /km²`, null, 'densityPerKm2');
      add('fig.exit', t(`exit.${unit.exitStatus}`), null, 'exitStatus');
    } else {
      add('fig.incidence', '—', unavailable(poverty), 'incidencePct');
    }
    const coverage = road.value?.units?.find((u) => u.code === code);
    if (coverage) {
      add('fig.coverage', percent(coverage.coveragePct), t('fig.coverageDetail', { connected: coverage.connectedVillages, villages: coverage.villages }), 'coveragePct');
    } else {
      add('fig.coverage', '—', road.error ? unavailable(road) : null, 'coveragePct');
    }
    const reloc = relocation.value?.units?.find((u) => u.code === code);
    if (reloc) {
      add('fig.relocation', reloc.plannedHouseholds ? percent((100 * reloc.movedInHouseholds) / reloc.plannedHouseholds) : '—',
        t('fig.relocationDetail', { moved: formatNumber(reloc.movedInHouseholds), planned: formatNumber(reloc.plannedHouseholds), progress: percent(reloc.progressPct) }),
        'movedInPct');
      add('fig.behind', formatNumber(reloc.sitesBehindSchedule), null, 'sitesBehindSchedule');
    } else {
      add('fig.relocation', '—', relocation.error ? unavailable(relocation) : null, 'movedInPct');
    }
    const access = jobs.value?.units?.find((u) => u.code === code);
    if (jobs.value) {
      add('fig.jobs', formatNumber(jobs.value.jobs), t('fig.jobsDetail', {
        bases: formatNumber(jobs.value.bases), jobs: formatNumber(jobs.value.jobs),
        without: formatNumber(access?.poorVillagesWithoutBase ?? 0), poor: formatNumber(access?.poorVillages ?? 0),
      }), 'jobs');
    } else {
      add('fig.jobs', '—', unavailable(jobs), 'jobs');
    }
    const nodes = [crumbs.nav, el('h2', { 'data-testid': 'unit-name' }, crumbs.name), el('h3', {}, t('panel.figures', { year: shownYear ?? '' })), figures,
      el('h3', {}, t('panel.downloads')), downloads(code, below ?? level, shownYear)];
    const years = series.value?.years ?? [];
    if (years.length) {
      nodes.push(el('h3', {}, t('panel.trend')), el('div', { class: 'chart' }, el('canvas', { id: 'trend-chart', role: 'img', 'aria-label': t('panel.trend') })));
      nodes.push(el('p', { class: 'sr-only', 'data-testid': 'trend' }, years.map((y) => `${y.year}: ${percent(y.incidencePct)}`).join('; ')));
    } else if (series.error) {
      nodes.push(el('p', { class: 'muted' }, unavailable(series)));
    }
    if (children) nodes.push(el('h3', {}, t('panel.children')), this.childrenTable(children));
    return { nodes, series: years };
  }

  async childRows(code, level, year) {
    const poverty = await settle(analytics('poverty', { within: code, level, year: year || undefined }));
    if (poverty.value) return poverty.value.units.map((u) => ({ code: u.code, name: u.name, unit: u }));
    const units = await getJson('/api/v1/admin-units', { within: code, level });
    return units.map((u) => ({ code: u.code, name: u.name, unit: null, error: poverty.error }));
  }

  childrenTable(rows) {
    const sorted = [...rows].sort((a, b) => (b.unit?.densityPerKm2 ?? -1) - (a.unit?.densityPerKm2 ?? -1));
    const columns = ['col.name', 'col.code', 'col.density', 'col.incidence', 'col.exit'];
    this.table = {
      name: 'units',
      columns: columns.map((c) => t(c)),
      rows: sorted.map((r) => [r.name, r.code, r.unit?.densityPerKm2 ?? '', r.unit?.incidencePct ?? '', r.unit ? t(`exit.${r.unit.exitStatus}`) : '']),
    };
    const body = el('tbody');
    for (const r of sorted) {
      body.append(el('tr', { 'data-code': r.code },
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => this.onSelect(r.code) }, r.name)),
        el('td', {}, r.code),
        el('td', { class: 'num' }, r.unit ? formatNumber(r.unit.densityPerKm2, 2) : '—'),
        el('td', { class: 'num' }, r.unit ? formatNumber(r.unit.incidencePct, 2) : '—'),
        el('td', {}, r.unit ? t(`exit.${r.unit.exitStatus}`) : '—')));
    }
    const note = rows.some((r) => r.error) ? el('p', { class: 'muted' }, t('panel.unavailable', { message: rows.find((r) => r.error).error.message })) : null;
    return el('div', { class: 'table-wrap' }, note,
      el('table', { class: 'units', 'data-testid': 'children' },
        el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, t(c))))), body));
  }

  drawChart(years) {
    const canvas = this.root.querySelector('#trend-chart');
    if (!canvas) return;
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: years.map((y) => String(y.year)),
        datasets: [{ label: t('fig.incidence'), data: years.map((y) => y.incidencePct), borderColor: '#bd0026', backgroundColor: 'rgba(189,0,38,0.12)', fill: true, tension: 0.2 }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { tooltip: { callbacks: { label: (c) => percent(c.parsed.y) } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: '%' } } },
      },
    });
  }
}
