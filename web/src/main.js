// The web map for planners: wires the map, the theme controls, the legend, the unit panel, the lists, search, edits and
// export. Everything comes from this GeoRelief server (tiles, analytics, admin units); nothing from outside.
import maplibregl from 'maplibre-gl';
import { analytics, getJson, getWithETag } from './api.js';
import { Editor } from './edit.js';
import { downloadCsv, downloadMapPng, downloadXlsx } from './export.js';
import { dictionaries, formatNumber, language, setLanguage, t, tOr, translatePage } from './i18n.js';
import { UnitLabels } from './labels.js';
import { ListsPanel } from './lists.js';
import { el, UnitPanel } from './panel.js';
import { UnitSearch } from './search.js';
import { formatView, levelOf, parseView, readState, writeState } from './state.js';
import { SuitabilityControl } from './suitability.js';
import { legendFor, loadThemeData, selectionFilter, selectionWidth, styleFor, suitabilityLabel, themeTileLayer } from './themes.js';

const state = readState();
setLanguage(state.lang);
translatePage();

const $ = (selector) => document.querySelector(selector);
const listTheme = { unconnected: 'road', behind: 'relocation', noJobs: 'jobs' };
const listLayer = { unconnected: 'natural-villages', behind: 'relocation-sites', noJobs: 'natural-villages' };
let counties = [];
let themeData = {};
let legend = null;
let tileVersion = 0;
let pending = Promise.resolve();
let foundMarker = null;

/** Queues page work so tests (and the export) can wait for the page to settle. */
function track(promise) {
  pending = pending.then(() => promise).catch((error) => notify(error.message, true));
  return promise;
}

function notify(message, isError = false) {
  const box = $('#notice');
  box.textContent = message;
  box.className = isError ? 'notice error' : 'notice';
  box.hidden = !message;
  clearTimeout(notify.timer);
  if (message && !isError) notify.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

const [adminTileJson, countyList] = await Promise.all([
  getJson('/tiles/admin.json'),
  getJson('/api/v1/admin-units', { level: 'county' }),
]);
counties = countyList;
const countyNames = new Map(counties.map((c) => [c.code, c.name]));
const [west, south, east, north] = adminTileJson.bounds;
const view = parseView(state.map);

const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef0ea' } }] },
  ...(view ? { center: view.center, zoom: view.zoom } : { bounds: [[west, south], [east, north]], fitBoundsOptions: { padding: 30 } }),
  maxZoom: 18,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  attributionControl: { compact: false, customAttribution: 'GeoRelief · 示例数据：合成几何 / sample data: synthetic geometry' },
  dragRotate: false,
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
map.getCanvas().setAttribute('aria-label', t('map.label'));
const labels = new UnitLabels(map);

const panel = new UnitPanel($('#unit-panel'), { onSelect: (code) => select(code, { fit: true }) });
const lists = new ListsPanel($('#lists-panel'), { onRow: (row) => track(flyToRow(row)) });
const search = new UnitSearch($('#search'), $('#search-results'), { onChoose: (code) => select(code, { fit: true }) });
const editor = new Editor($('#sign-in'), $('#editor-status'), { onChange: () => track(refreshAfterEdit()), notify });
const suitability = new SuitabilityControl($('#suitability-controls'), {
  area: evaluationArea,
  onRun: async (result) => {
    state.run = String(result.run);
    saveState();
    await applyTheme();
  },
});

function saveState() {
  state.map = formatView(map);
  writeState(state);
}

async function applyTheme() {
  themeData = await loadThemeData(state.theme, state, counties.map((c) => c.code));
  const style = await styleFor(state.theme, state, themeData, { latitude: map.getCenter().lat, version: tileVersion, selected: state.unit });
  map.setStyle(style);
  legend = await legendFor(state.theme, state, themeData, countyNames);
  renderLegend();
  document.body.dataset.theme = state.theme;
  if (state.theme === 'suitability') suitability.render(themeData.run?.id);
}

/**
 * The county a suitability evaluation covers: the selected unit's county, else the county under the centre of the
 * view; null when neither is a county (the control then asks for one).
 */
function evaluationArea() {
  let code = state.unit && state.unit.length >= 6 ? state.unit.slice(0, 6) : null;
  if (!code && map.getLayer('admin-land')) {
    const hit = map.queryRenderedFeatures(map.project(map.getCenter()), { layers: ['admin-land'] })[0];
    const found = String(hit?.properties?.code ?? '');
    if (found.length >= 6) code = found.slice(0, 6);
  }
  return code && countyNames.has(code) ? { code, name: countyNames.get(code) } : null;
}

function renderLegend() {
  const box = $('#legend');
  const nodes = [el('h3', {}, legend.title)];
  for (const section of legend.sections) {
    if (section.title) nodes.push(el('h4', {}, section.title));
    nodes.push(el('ul', {}, section.rows.map((row) => el('li', { 'data-key': row.key },
      el('span', { class: `swatch ${row.shape ?? 'box'}`, style: `--swatch: ${row.color}`, 'aria-hidden': 'true' }),
      el('span', {}, row.label, row.count !== undefined ? el('small', {}, ` (${formatNumber(row.count)})`) : null)))));
  }
  if (legend.note) nodes.push(el('p', { class: 'muted' }, legend.note));
  nodes.push(el('p', { class: 'muted', id: 'thinned', hidden: 'hidden' }, t('legend.thinned')));
  box.replaceChildren(...nodes);
}

async function refreshPanel() {
  await panel.show(state.unit, state.year, counties);
}

function listScopes() {
  if (state.unit && state.unit.length >= 6) return { scopes: [state.unit], name: $('#unit-panel [data-testid="unit-name"]')?.textContent ?? state.unit };
  return { scopes: counties.map((c) => c.code), name: t('panel.allUnits') };
}

async function refreshLists() {
  const { scopes, name } = listScopes();
  await lists.show(state.list, scopes, name);
}

async function select(code, { fit }) {
  state.unit = code;
  saveState();
  if (map.getLayer('admin-selected')) {
    map.setFilter('admin-selected', selectionFilter(code));
    map.setPaintProperty('admin-selected', 'line-width', selectionWidth(code));
  }
  if (fit) {
    if (code) {
      const unit = await getJson(`/api/v1/admin-units/${code}`);
      if (unit.bbox) map.fitBounds([[unit.bbox[0], unit.bbox[1]], [unit.bbox[2], unit.bbox[3]]], { padding: 40, duration: 600 });
    } else {
      map.fitBounds([[west, south], [east, north]], { padding: 30, duration: 600 });
    }
  }
  if (state.theme === 'suitability') suitability.render(themeData.run?.id);
  await refreshPanel();
  if ($('#tab-lists').getAttribute('aria-selected') === 'true') await refreshLists();
}

/** Flies to a list row's feature: its point from the layers API when readable, else its village; then marks it. */
async function flyToRow(row) {
  const theme = listTheme[state.list];
  if (state.theme !== theme) {
    state.theme = theme;
    syncControls();
    saveState();
    await applyTheme();
  }
  let lngLat = null;
  try {
    const feature = (await getWithETag(`/api/v1/${listLayer[state.list]}/${encodeURIComponent(row.id)}`)).body;
    if (feature.geometry?.type === 'Point') lngLat = feature.geometry.coordinates;
  } catch {
    lngLat = null;
  }
  if (lngLat) {
    map.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 13), duration: 800 });
  } else {
    const village = await getJson(`/api/v1/admin-units/${row.villageCode}`);
    map.fitBounds([[village.bbox[0], village.bbox[1]], [village.bbox[2], village.bbox[3]]], { padding: 60, maxZoom: 14, duration: 800 });
    await idle();
    const key = state.list === 'behind' ? 'site_id' : 'id';
    const found = map.querySourceFeatures('theme', { sourceLayer: themeTileLayer[theme], filter: ['==', ['get', key], row.id] });
    lngLat = found.length ? found[0].geometry.coordinates : null;
  }
  if (foundMarker) foundMarker.remove();
  if (lngLat) {
    const element = el('div', { class: 'found-marker', 'data-testid': 'found-marker', 'data-id': row.id });
    foundMarker = new maplibregl.Marker({ element }).setLngLat(lngLat)
      .setPopup(new maplibregl.Popup({ offset: 14 }).setText(row.name)).addTo(map);
    foundMarker.togglePopup();
  }
  saveState();
}

function idle() {
  return new Promise((resolve) => {
    if (map.isStyleLoaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
    else map.once('idle', () => resolve());
  });
}

const interactive = {
  road: ['villages-eligible', 'villages-small', 'roads-not-built', 'roads-built'],
  relocation: ['sites-behind', 'sites'],
  jobs: ['bases', 'job-villages'],
  suitability: ['suitability-fill'],
  poverty: [],
};

/** A suitability cell (or a merged block of cells): its class, score, the constraints it fails, what holds it back. */
function suitabilityPopup(p, body) {
  body.append(el('strong', {}, suitabilityLabel(p.class, themeData.run?.classBreaks)));
  if (p.suitability !== undefined) body.append(el('p', {}, t('popup.suitability', { score: formatNumber(Number(p.suitability), 1) })));
  const failed = String(p.failed ?? '').split(',').filter(Boolean);
  if (failed.length) {
    const names = failed.map((name) => tOr(`constraint.${name}`, name)).join(language() === 'zh' ? '、' : ', ');
    body.append(el('p', {}, t('popup.failed', { names })));
  }
  if (p.main_obstacle) body.append(el('p', {}, t('popup.obstacle', { name: tOr(`factor.${p.main_obstacle}`, String(p.main_obstacle)) })));
  if (Number(p.block) > 1) body.append(el('p', { class: 'muted' }, t('popup.block', { block: p.block, cells: formatNumber(Number(p.cells)) })));
}

function featurePopup(feature) {
  const p = feature.properties;
  const layer = feature.layer.id;
  const body = el('div', { class: 'popup' });
  if (layer === 'suitability-fill') {
    suitabilityPopup(p, body);
  } else if (layer.startsWith('villages')) {
    body.append(el('strong', {}, p.name), el('p', {}, t('popup.households', { households: formatNumber(p.households) }), ' · ', t(p.connected ? 'popup.connected' : 'popup.unconnected')));
  } else if (layer.startsWith('roads')) {
    body.append(el('strong', {}, p.id), el('p', {}, t('popup.road', { surface: t(`surface.${p.surface}`), status: t(`status.${p.status}`) })));
    if (p.status !== 'existing') body.append(el('button', { type: 'button', class: 'primary', onclick: () => editor.markRoadBuilt(p.id) }, t('edit.markBuilt')));
  } else if (layer.startsWith('sites')) {
    body.append(el('strong', {}, p.name), el('p', {}, t('popup.site', { planned: formatNumber(p.planned_households), moved: formatNumber(p.moved_in_households), progress: formatNumber(p.progress_pct, 1) })),
      el('button', { type: 'button', class: 'primary', onclick: () => editor.editSite(p.site_id, p.name) }, t('edit.edit')));
  } else if (layer === 'bases') {
    body.append(el('strong', {}, p.name), el('p', {}, `${formatNumber(p.jobs)} ${language() === 'zh' ? '个岗位' : 'jobs'}`));
  } else {
    body.append(el('strong', {}, p.name), el('p', {}, t('popup.jobs', { jobs: formatNumber(p.jobs_within_reach), bases: formatNumber(p.bases_within_reach) })));
  }
  return body;
}

map.on('click', (e) => {
  const layers = interactive[state.theme].filter((id) => map.getLayer(id));
  const hits = layers.length ? map.queryRenderedFeatures(e.point, { layers }) : [];
  if (hits.length) {
    new maplibregl.Popup({ maxWidth: '280px' }).setLngLat(e.lngLat).setDOMContent(featurePopup(hits[0])).addTo(map);
    return;
  }
  const units = map.queryRenderedFeatures(e.point, { layers: ['admin-land'] });
  if (units.length) track(select(units[0].properties.code, { fit: true }));
});
for (const theme of Object.keys(interactive)) {
  for (const id of interactive[theme]) {
    map.on('mouseenter', id, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', id, () => { map.getCanvas().style.cursor = ''; });
  }
}
map.on('moveend', saveState);
map.on('idle', () => {
  labels.refresh();
  if (state.theme === 'suitability') suitability.render(themeData.run?.id);
  const thinned = map.getSource('theme') ? map.querySourceFeatures('theme', { sourceLayer: '_meta' }).length > 0 : false;
  const note = $('#thinned');
  if (note) note.hidden = !thinned;
});

async function refreshAfterEdit() {
  tileVersion += 1;
  await applyTheme();
  await refreshPanel();
  if ($('#tab-lists').getAttribute('aria-selected') === 'true') await refreshLists();
}

// ---- controls -------------------------------------------------------------------------------------------------

function syncControls() {
  $('#theme').value = state.theme;
  $('#indicator').value = state.indicator;
  $('#method').value = state.method;
  $('#classes').value = state.k;
  $('#list-choice').value = state.list;
  $('#poverty-controls').hidden = state.theme !== 'poverty';
  $('#suitability-controls').hidden = state.theme !== 'suitability';
}

async function loadYears() {
  const series = await Promise.all(counties.map((c) => analytics('poverty/series', { code: c.code }).catch(() => null)));
  const rows = series.filter(Boolean).flatMap((s) => s.years.filter((y) => y.registeredPopulation > 0));
  const years = [...new Set(rows.map((y) => y.year))].sort();
  const slider = $('#year');
  if (years.length === 0) { slider.disabled = true; $('#year-value').textContent = '—'; return; }
  slider.min = String(years[0]);
  slider.max = String(years[years.length - 1]);
  // By default the latest year that still had poor people: once poverty is gone every unit is in the lowest class.
  const withPoor = rows.filter((y) => y.poorPopulation > 0).map((y) => y.year);
  const preferred = withPoor.length ? Math.max(...withPoor) : years[years.length - 1];
  if (!state.year || !years.includes(Number(state.year))) state.year = String(preferred);
  slider.value = state.year;
  $('#year-value').textContent = state.year;
}

let themeTimer;
function onThemeControl() {
  state.theme = $('#theme').value;
  state.indicator = $('#indicator').value;
  state.method = $('#method').value;
  state.k = $('#classes').value;
  state.year = $('#year').disabled ? '' : $('#year').value;
  $('#year-value').textContent = state.year || '—';
  $('#poverty-controls').hidden = state.theme !== 'poverty';
  $('#suitability-controls').hidden = state.theme !== 'suitability';
  saveState();
  clearTimeout(themeTimer);
  themeTimer = setTimeout(() => track((async () => { await applyTheme(); await refreshPanel(); })()), 150);
}
for (const id of ['#theme', '#indicator', '#method', '#classes']) $(id).addEventListener('change', onThemeControl);
$('#year').addEventListener('input', onThemeControl);
$('#evaluate').addEventListener('click', () => track(suitability.evaluate(themeData.run?.id)));

function selectTab(name) {
  for (const tab of ['unit', 'lists']) {
    const selected = tab === name;
    $(`#tab-${tab}`).setAttribute('aria-selected', String(selected));
    $(`#tab-${tab}`).tabIndex = selected ? 0 : -1;
    $(`#${tab}-section`).hidden = !selected;
  }
  if (name === 'lists') track(refreshLists());
}
$('#tab-unit').addEventListener('click', () => selectTab('unit'));
$('#tab-lists').addEventListener('click', () => selectTab('lists'));
for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = tab.id === 'tab-unit' ? 'lists' : 'unit';
      selectTab(next);
      $(`#tab-${next}`).focus();
    }
  });
}
$('#list-choice').addEventListener('change', () => {
  state.list = $('#list-choice').value;
  saveState();
  track(refreshLists());
});

$('#lang').addEventListener('click', () => {
  state.lang = language() === 'zh' ? 'en' : 'zh';
  setLanguage(state.lang);
  saveState();
  translatePage();
  map.getCanvas().setAttribute('aria-label', t('map.label'));
  editor.render();
  track((async () => {
    legend = await legendFor(state.theme, state, themeData, countyNames);
    renderLegend();
    if (state.theme === 'suitability') suitability.render(themeData.run?.id);
    await refreshPanel();
    if ($('#tab-lists').getAttribute('aria-selected') === 'true') await refreshLists();
  })());
});

$('#export-png').addEventListener('click', () => track((async () => {
  await idle();
  const scope = $('#unit-panel [data-testid="unit-name"]')?.textContent ?? t('panel.allUnits');
  await downloadMapPng(map, {
    title: t('export.title', { theme: t(`theme.${state.theme}`) }),
    subtitle: [scope, state.theme === 'poverty' ? state.year : '', t('app.sample')].filter(Boolean).join(' · '),
    legend,
    labels: labels.visible(),
  });
})()));
const currentTable = () => ($('#tab-lists').getAttribute('aria-selected') === 'true' ? lists.currentTable() : panel.currentTable());
$('#export-csv').addEventListener('click', () => {
  const table = currentTable();
  if (table) downloadCsv(table);
});
$('#export-xlsx').addEventListener('click', () => {
  const table = currentTable();
  if (table) downloadXlsx(table);
});

// ---- start ----------------------------------------------------------------------------------------------------

window.__georelief = {
  map,
  state,
  /** Resolves when the page's own work is done and the map has drawn everything it loads. */
  async ready() {
    let seen;
    do {
      seen = pending;
      await seen;
    } while (seen !== pending);
    await idle();
  },
  mapIdle: idle,
  dictionaries,
};

syncControls();
track((async () => {
  if (state.unit && !view) {
    // A link with a unit but no view opens on that unit.
    const unit = await getJson(`/api/v1/admin-units/${state.unit}`);
    if (unit.bbox) map.fitBounds([[unit.bbox[0], unit.bbox[1]], [unit.bbox[2], unit.bbox[3]]], { padding: 40, duration: 0 });
  }
  await loadYears();
  await applyTheme();
  await Promise.all([refreshPanel(), search.load()]);
  saveState();
})());
