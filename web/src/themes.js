// The MapLibre style and the legend of each theme, built here from GeoRelief's tile layers (docs/tiles.md) and the class
// breaks the analytics API computes. The adapter at the bottom is the one place that decides where styles and legends
// come from: served ones (/styles/{theme}.json, /legends/{theme}.json) when the server has them, else these.
import { analytics, getJson, probeJson, withQuery } from './api.js';
import { formatNumber, language, t, tOr } from './i18n.js';

/** Tile layer of each theme (the source-layer name inside the tiles). */
export const themeTileLayer = {
  poverty: 'poverty-density',
  road: 'road-coverage',
  relocation: 'relocation',
  jobs: 'job-access',
  suitability: 'suitability',
};

/** The served style's theme names (DESIGN.md thematic layers). */
const servedThemeName = themeTileLayer;

// Set to true once /styles/{theme}.json serves complete styles for these themes: the page then loads them instead of
// building its own (legends are probed on every change already).
const USE_SERVED_STYLES = false;

const YlOrRd = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026', '#4d0013'];
const coverageSteps = [
  { upTo: 50, color: '#d7301f' },
  { upTo: 80, color: '#fc8d59' },
  { upTo: 95, color: '#fdcc8a' },
  { upTo: 99.999, color: '#a6d96a' },
  { upTo: 100, color: '#1a9641' },
];
const progressSteps = [
  { upTo: 30, color: '#d7191c' },
  { upTo: 60, color: '#fdae61' },
  { upTo: 90, color: '#ffffbf' },
  { upTo: 99.999, color: '#a6d96a' },
  { upTo: 100, color: '#1a9641' },
];
const surfaceColors = { asphalt: '#252525', concrete: '#636363', paved: '#8c6d31', gravel: '#bf812d', earth: '#dfc27d' };
const unconnectedColor = '#d7301f';
const connectedColor = '#1a9641';
const behindColor = '#e31a1c';

/**
 * The suitability classes in order, each with its colour: excluded in grey, then ColorBrewer's YlGn (sequential,
 * colour-blind safe) from unsuitable to highly suitable in dark green. The style, the legend and the popups read them
 * from here. The tiles' attribute 'class' is one of these names.
 */
export const suitabilityClasses = [
  { name: 'excluded', color: '#bdbdbd' },
  { name: 'unsuitable', color: '#c2e699' },
  { name: 'marginal', color: '#78c679' },
  { name: 'suitable', color: '#31a354' },
  { name: 'highly_suitable', color: '#006837' },
];
const unknownSuitabilityColor = '#f0f0f0';

/** Parameters of the poverty-density tiles from the page state. */
export function povertyQuery(state) {
  return { year: state.year || undefined, indicator: state.indicator, method: state.method, k: state.k };
}

/**
 * What a theme needs besides the tiles: the class breaks of both levels (poverty), the ids of the sites behind
 * schedule (relocation). Missing analytics leave them empty, and the legend says so.
 */
export async function loadThemeData(theme, state, counties) {
  if (theme === 'poverty') {
    // The served legend is classed by the tile server's own classifier: the exact breaks of the tiles.
    const served = await probeJson('/legends/poverty-density.json', povertyQuery(state)).catch(() => null);
    if (served?.groups?.length) return { served };
    const base = { indicator: state.indicator, method: state.method, k: state.k, year: state.year || undefined };
    const [township, village] = await Promise.all(['township', 'village'].map((level) =>
      analytics('classify', { ...base, level }).catch((error) => ({ error }))));
    return { breaks: { township, village } };
  }
  if (theme === 'suitability') return loadSuitabilityRun(state.run);
  if (theme === 'relocation') {
    const reports = await Promise.all(counties.map((code) =>
      analytics('relocation-progress', { within: code }).catch(() => null)));
    const behind = reports.filter(Boolean).flatMap((r) => r.sites.filter((s) => s.behindSchedule).map((s) => s.id));
    return { behind };
  }
  return {};
}

/**
 * The stored grid the suitability theme shows (GET /api/v1/siting/runs/{id}: area, grid, model, summary), or the
 * server's message when it cannot be read. No run: nothing evaluated yet.
 */
async function loadSuitabilityRun(run) {
  if (!run) return {};
  try {
    const stored = await getJson(`/api/v1/siting/runs/${encodeURIComponent(run)}`);
    const model = JSON.parse(stored.parametersJson ?? '{}');
    return {
      run: {
        id: stored.id,
        area: stored.area,
        cellSize: stored.grid?.cellSize,
        stale: stored.stale,
        summary: JSON.parse(stored.summaryJson ?? '{}'),
        classBreaks: Array.isArray(model.classBreaks) ? model.classBreaks : null,
      },
    };
  } catch (error) {
    return { runError: error.message };
  }
}

/** The tiles of a theme need these query parameters; null when the theme has nothing to draw yet. */
function themeTileParams(theme, state, themeData) {
  if (theme === 'poverty') return povertyQuery(state);
  if (theme === 'suitability') return themeData.run ? { run: themeData.run.id } : null;
  return {};
}

function tileUrl(layer, params, version) {
  return `${location.origin}${withQuery(`/tiles/${layer}/{z}/{x}/{y}.mvt`, { ...params, v: version || undefined })}`;
}

function classColors(themeData, k) {
  const servedTownships = themeData.served?.groups?.[0]?.classes?.filter((c) => c.upper !== null && c.upper !== undefined);
  if (servedTownships?.length) return servedTownships.map((c) => c.colour);
  const colors = themeData.breaks?.township?.colors;
  return colors && colors.length === k ? colors : YlOrRd.slice(0, k);
}

function stepExpression(property, steps, fallback) {
  const expression = ['step', ['get', property], steps[0].color];
  for (let i = 1; i < steps.length; i++) expression.push(steps[i - 1].upTo + 1e-9, steps[i].color);
  return ['case', ['has', property], expression, fallback];
}

/** Metres of the 10 km reach as screen pixels, by zoom, at the latitude of the view. */
function reachRadius(latitude) {
  const metresPerPixelAtZ0 = 156543.03392 * Math.cos((latitude * Math.PI) / 180);
  const atZ0 = 10000 / metresPerPixelAtZ0;
  return ['interpolate', ['exponential', 2], ['zoom'], 0, atZ0, 16, atZ0 * 65536];
}

function themeLayers(theme, state, themeData, latitude) {
  const source = 'theme';
  const sourceLayer = themeTileLayer[theme];
  if (theme === 'suitability') {
    if (!themeData.run) return [];
    // Coloured by 'class' only: other attributes (scores, obstacle, a merged block's cell count) may come and go.
    const color = ['match', ['to-string', ['get', 'class']], ...suitabilityClasses.flatMap((c) => [c.name, c.color]), unknownSuitabilityColor];
    return [
      { id: 'suitability-fill', type: 'fill', source, 'source-layer': sourceLayer,
        paint: { 'fill-color': color, 'fill-opacity': 0.85, 'fill-antialias': false } },
    ];
  }
  if (theme === 'poverty') {
    const k = Number(state.k);
    const colors = classColors(themeData, k);
    const match = ['match', ['get', 'class']];
    colors.forEach((color, i) => match.push(i, color));
    match.push('#d9d9d9');
    return [
      { id: 'poverty-fill', type: 'fill', source, 'source-layer': sourceLayer,
        paint: { 'fill-color': ['case', ['has', 'class'], match, '#d9d9d9'], 'fill-opacity': 0.85 } },
    ];
  }
  if (theme === 'road') {
    const isRoad = ['==', ['get', 'kind'], 'road'];
    return [
      { id: 'coverage-fill', type: 'fill', source, 'source-layer': sourceLayer, filter: ['==', ['get', 'kind'], 'township'],
        paint: { 'fill-color': stepExpression('coverage_pct', coverageSteps, '#d9d9d9'), 'fill-opacity': 0.55 } },
      { id: 'roads-built', type: 'line', source, 'source-layer': sourceLayer, filter: ['all', isRoad, ['==', ['get', 'status'], 'existing']],
        paint: { 'line-color': ['match', ['get', 'surface'], ...Object.entries(surfaceColors).flat(), '#999'],
          'line-width': ['match', ['get', 'class'], ['national', 'provincial'], 3, 'county', 2.2, 'township', 1.6, 1] } },
      { id: 'roads-not-built', type: 'line', source, 'source-layer': sourceLayer, filter: ['all', isRoad, ['!=', ['get', 'status'], 'existing']],
        paint: { 'line-color': ['match', ['get', 'surface'], ...Object.entries(surfaceColors).flat(), '#999'], 'line-width': 1.6, 'line-dasharray': [2, 2] } },
      { id: 'villages-small', type: 'circle', source, 'source-layer': sourceLayer,
        filter: ['all', ['==', ['get', 'kind'], 'natural_village'], ['!', ['get', 'eligible']]],
        paint: { 'circle-radius': 2, 'circle-color': '#969696' } },
      { id: 'villages-eligible', type: 'circle', source, 'source-layer': sourceLayer,
        filter: ['all', ['==', ['get', 'kind'], 'natural_village'], ['get', 'eligible']],
        paint: { 'circle-radius': ['case', ['get', 'connected'], 3.5, 5.5],
          'circle-color': ['case', ['get', 'connected'], connectedColor, unconnectedColor],
          'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
    ];
  }
  if (theme === 'relocation') {
    const isSite = ['==', ['get', 'kind'], 'site'];
    const radius = ['interpolate', ['linear'], ['sqrt', ['get', 'planned_households']], 0, 4, 10, 8, 40, 26];
    return [
      { id: 'source-links', type: 'line', source, 'source-layer': sourceLayer, filter: ['==', ['get', 'kind'], 'source_link'],
        paint: { 'line-color': '#3182bd', 'line-width': 1, 'line-opacity': 0.7 } },
      { id: 'sites', type: 'circle', source, 'source-layer': sourceLayer, filter: isSite,
        paint: { 'circle-radius': radius, 'circle-color': stepExpression('progress_pct', progressSteps, '#d9d9d9'),
          'circle-stroke-color': '#333', 'circle-stroke-width': 1, 'circle-opacity': 0.9 } },
      { id: 'sites-behind', type: 'circle', source, 'source-layer': sourceLayer,
        filter: ['all', isSite, ['in', ['get', 'site_id'], ['literal', themeData.behind ?? []]]],
        paint: { 'circle-radius': ['+', radius, 3], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': behindColor, 'circle-stroke-width': 3 } },
    ];
  }
  const isBase = ['==', ['get', 'kind'], 'industrial_base'];
  return [
    { id: 'reach', type: 'circle', source, 'source-layer': sourceLayer, filter: isBase,
      paint: { 'circle-radius': reachRadius(latitude), 'circle-color': '#6a51a3', 'circle-opacity': 0.08,
        'circle-stroke-color': '#6a51a3', 'circle-stroke-opacity': 0.4, 'circle-stroke-width': 1 } },
    { id: 'job-villages', type: 'circle', source, 'source-layer': sourceLayer, filter: ['==', ['get', 'kind'], 'natural_village'],
      paint: { 'circle-radius': ['case', ['==', ['get', 'bases_within_reach'], 0], 5, 2.5],
        'circle-color': ['case', ['==', ['get', 'bases_within_reach'], 0], unconnectedColor, '#74c476'],
        'circle-stroke-color': '#fff', 'circle-stroke-width': 0.5 } },
    { id: 'bases', type: 'circle', source, 'source-layer': sourceLayer, filter: isBase,
      paint: { 'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'jobs']], 0, 3, 10, 6, 40, 16],
        'circle-color': '#6a51a3', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
  ];
}

/** The selected unit and, when zoomed in past its band, the units within it (their codes start with its code). */
export function selectionFilter(code) {
  return code ? ['==', ['slice', ['get', 'code'], 0, code.length], code] : ['==', ['get', 'code'], ''];
}

/** The selected unit's own boundary bold, those of the units within it thin. */
export function selectionWidth(code) {
  return ['case', ['==', ['get', 'code'], code || ''], 3.5, 1];
}

/** The whole style of a theme: GeoRelief's admin boundaries as the base, the theme's layers, the selection on top. */
export function buildStyle(theme, state, themeData, { latitude, version, selected }) {
  const params = themeTileParams(theme, state, themeData);
  const sources = { admin: { type: 'vector', tiles: [tileUrl('admin', {}, version)], minzoom: 0, maxzoom: 16 } };
  if (params) sources.theme = { type: 'vector', tiles: [tileUrl(themeTileLayer[theme], params, version)], minzoom: 0, maxzoom: 16 };
  return {
    version: 8,
    name: `GeoRelief ${theme}`,
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef0ea' } },
      { id: 'admin-land', type: 'fill', source: 'admin', 'source-layer': 'admin', paint: { 'fill-color': '#fbfbf7' } },
      ...themeLayers(theme, state, themeData, latitude),
      { id: 'admin-lines', type: 'line', source: 'admin', 'source-layer': 'admin',
        paint: { 'line-color': ['match', ['get', 'level'], 3, '#333', 4, '#555', '#888'],
          'line-width': ['match', ['get', 'level'], 3, 2, 4, 1.2, 0.6] } },
      { id: 'admin-selected', type: 'line', source: 'admin', 'source-layer': 'admin',
        filter: selectionFilter(selected),
        paint: { 'line-color': '#ff7f00', 'line-width': selectionWidth(selected) } },
    ],
  };
}

/** A style for the map: served when enabled and available, else built here. */
export async function styleFor(theme, state, themeData, options) {
  if (USE_SERVED_STYLES && theme !== 'suitability') {
    return withQuery(`/styles/${servedThemeName[theme]}.json`, theme === 'poverty' ? povertyQuery(state) : {});
  }
  return buildStyle(theme, state, themeData, options);
}

function formatBreak(value, indicator) {
  const digits = indicator === 'incidence' ? 2 : (value < 10 ? 2 : 1);
  return Number(value).toFixed(digits);
}

/** A legend as GeoRelief serves it (/legends/{theme}.json): groups of classes with colours, counts and zh/en labels. */
function servedLegend(served) {
  const zh = language() === 'zh';
  return {
    title: zh ? served.titleZh : served.titleEn,
    sections: served.groups.map((g) => ({
      title: zh ? g.titleZh : g.titleEn,
      rows: g.classes.map((c) => ({ color: c.colour, label: zh ? c.labelZh : c.labelEn, count: c.count })),
    })),
    served: true,
  };
}

function povertyLegend(state, themeData) {
  if (themeData.served) return servedLegend(themeData.served);
  const k = Number(state.k);
  const colors = classColors(themeData, k);
  const sections = [];
  for (const level of ['township', 'village']) {
    const report = themeData.breaks?.[level];
    if (!report || report.error) continue;
    const rows = report.breaks.map((upper, i) => ({
      color: report.colors[i] ?? colors[i],
      label: `${formatBreak(i === 0 ? report.minimum : report.breaks[i - 1], state.indicator)} – ${formatBreak(upper, state.indicator)}`,
      count: report.classCounts[i],
    }));
    sections.push({ title: t(`legend.level.${level}`), rows });
  }
  const note = sections.length === 0 ? t('legend.breaksUnavailable') : null;
  if (sections.length === 0) {
    sections.push({ rows: colors.map((color, i) => ({ color, label: `${i + 1}` })) });
  }
  sections.push({ rows: [{ color: '#d9d9d9', label: t('legend.noValue') }] });
  return { title: `${t(`poverty.${state.indicator}`)}${state.year ? ` · ${state.year}` : ''}`, sections, note };
}

function stepRows(steps) {
  return steps.map((s, i) => ({
    color: s.color,
    label: i === steps.length - 1 ? '100 %' : `${i === 0 ? 0 : Math.round(steps[i - 1].upTo)} – ${Math.round(s.upTo)} %`,
  }));
}

/** The score range of each class under the run's class breaks (highly suitable, suitable, marginal lower bounds). */
function suitabilityRange(name, breaks) {
  if (!breaks || breaks.length !== 3) return null;
  const [high, suitable, marginal] = breaks.map((b) => formatNumber(b));
  return { highly_suitable: `≥ ${high}`, suitable: `${suitable}–${high}`, marginal: `${marginal}–${suitable}`, unsuitable: `< ${marginal}` }[name] ?? null;
}

/** The label of a suitability class in the page's language, with its score range when the run's model gives it. */
export function suitabilityLabel(name, breaks) {
  const label = tOr(`suitability.${name}`, String(name ?? t('suitability.unknown')));
  const range = suitabilityRange(name, breaks);
  return range ? t('suitability.range', { label, range }) : label;
}

function suitabilityLegend(themeData, countyNames) {
  const run = themeData.run;
  const perClass = run?.summary?.perClass;
  const rows = suitabilityClasses.map((c) => ({
    color: c.color, label: suitabilityLabel(c.name, run?.classBreaks), count: perClass ? perClass[c.name] ?? 0 : undefined, key: c.name,
  }));
  const title = run
    ? t('suitability.legendTitle', { area: countyNames.get(run.area) ?? run.area, cellSize: formatNumber(run.cellSize) })
    : t('theme.suitability');
  let note = null;
  if (themeData.runError) note = t('suitability.runMissing', { message: themeData.runError });
  else if (!run) note = t('suitability.none');
  else if (run.stale) note = t('suitability.stale');
  return { title, sections: [{ title: t('suitability.classes'), rows }], note };
}

/** The legend built from the same classes and categories as the style. */
export function buildLegend(theme, state, themeData, countyNames = new Map()) {
  if (theme === 'poverty') return povertyLegend(state, themeData);
  if (theme === 'suitability') return suitabilityLegend(themeData, countyNames);
  if (theme === 'road') {
    return {
      title: t('theme.road'),
      sections: [
        { title: t('legend.coverage'), rows: stepRows(coverageSteps) },
        { rows: [
          { color: unconnectedColor, label: t('legend.unconnected'), shape: 'circle' },
          { color: connectedColor, label: t('legend.connected'), shape: 'circle' },
          { color: '#969696', label: t('legend.small'), shape: 'circle' },
        ] },
        { title: t('legend.roads'), rows: [
          ...Object.entries(surfaceColors).map(([surface, color]) => ({ color, label: t(`surface.${surface}`), shape: 'line' })),
          { color: '#636363', label: t('legend.notBuilt'), shape: 'dash' },
        ] },
      ],
    };
  }
  if (theme === 'relocation') {
    return {
      title: t('theme.relocation'),
      sections: [
        { title: t('legend.progress'), rows: stepRows(progressSteps).map((r) => ({ ...r, shape: 'circle' })) },
        { rows: [
          { color: behindColor, label: t('legend.behind'), shape: 'ring' },
          { color: '#3182bd', label: t('legend.links'), shape: 'line' },
          { color: '#bbb', label: t('legend.size'), shape: 'circle' },
        ] },
      ],
    };
  }
  return {
    title: t('theme.jobs'),
    sections: [{ rows: [
      { color: '#6a51a3', label: t('legend.base'), shape: 'circle' },
      { color: 'rgba(106,81,163,0.25)', label: t('legend.reach'), shape: 'ring' },
      { color: unconnectedColor, label: t('legend.noReach'), shape: 'circle' },
      { color: '#74c476', label: t('legend.withReach'), shape: 'circle' },
    ] }],
  };
}

/**
 * The legend of a theme. Poverty: the server's /legends/poverty-density.json when it has one (loaded with the theme
 * data, and the style takes its colours), else the analytics API's breaks. The other themes: the legend of the style
 * built here (the served legends describe the served styles, which classify differently).
 */
export async function legendFor(theme, state, themeData, countyNames) {
  return buildLegend(theme, state, themeData, countyNames);
}
