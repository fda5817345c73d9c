// The view lives in the URL hash (theme, year, indicator, method, classes, selected unit, list, map view, language,
// the suitability run shown), so a copied link reproduces it.
const defaults = {
  theme: 'poverty', year: '', indicator: 'density', method: 'jenks', k: '5', unit: '', list: 'unconnected', lang: 'zh', map: '', run: '',
};

export const themes = ['poverty', 'road', 'relocation', 'jobs', 'suitability'];
export const methods = ['jenks', 'quantile', 'equal', 'headtail'];
export const indicators = ['density', 'incidence'];
export const lists = ['unconnected', 'behind', 'noJobs'];

/** Reads the state from the hash, keeping only allowed values. */
export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (params.has(key)) state[key] = params.get(key);
  }
  if (!themes.includes(state.theme)) state.theme = defaults.theme;
  if (!methods.includes(state.method)) state.method = defaults.method;
  if (!indicators.includes(state.indicator)) state.indicator = defaults.indicator;
  if (!lists.includes(state.list)) state.list = defaults.list;
  if (!['zh', 'en'].includes(state.lang)) state.lang = defaults.lang;
  if (!/^[3-9]$/.test(state.k)) state.k = defaults.k;
  if (!/^\d{4}$/.test(state.year)) state.year = '';
  if (!/^[1-9]\d{0,17}$/.test(state.run)) state.run = '';
  if (!/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(state.unit)) state.unit = '';
  return state;
}

/** Writes the state to the hash without adding a history entry per map move. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== '' && value !== defaults[key]) params.set(key, value);
  }
  const hash = `#${params.toString()}`;
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

/** The map view as "zoom/lat/lng" and back. */
export function formatView(map) {
  const c = map.getCenter();
  return `${map.getZoom().toFixed(2)}/${c.lat.toFixed(5)}/${c.lng.toFixed(5)}`;
}

export function parseView(text) {
  const parts = (text ?? '').split('/').map(Number);
  if (parts.length !== 3 || parts.some(Number.isNaN)) return null;
  const [zoom, lat, lng] = parts;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, center: [lng, lat] };
}

/** The administrative level of an NBS code, by its length. */
export function levelOf(code) {
  return { 2: 'province', 4: 'prefecture', 6: 'county', 9: 'township', 12: 'village' }[code.length];
}

/** The level one below, or null for villages. */
export function childLevel(level) {
  return { province: 'prefecture', prefecture: 'county', county: 'township', township: 'village' }[level] ?? null;
}

/** The codes of the units above a code, top first (province, prefecture, county, township). */
export function ancestors(code) {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}
