// Names of the administrative units in view, as HTML labels over the map. MapLibre draws text only from glyph PBFs
// (the style's "glyphs" URL) and GeoRelief serves none, so labels are HTML, positioned at each unit's area-weighted
// centroid over the tile pieces it is drawn from. They follow the admin band of the zoom (counties, townships,
// villages), like the boundaries.
import maplibregl from 'maplibre-gl';

function ringCentroid(ring) {
  let area = 0; let x = 0; let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]; const [x1, y1] = ring[i];
    const cross = x0 * y1 - x1 * y0;
    area += cross; x += (x0 + x1) * cross; y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? null : { area: Math.abs(area), x: x / (6 * area), y: y / (6 * area) };
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Label positions by unit code from the admin features the map holds. */
export function labelPositions(features) {
  const sums = new Map();
  for (const feature of features) {
    const { code, name, level } = feature.properties;
    for (const polygon of polygons(feature.geometry)) {
      const c = ringCentroid(polygon[0]);
      if (!c) continue;
      const s = sums.get(code) ?? { code, name, level, area: 0, x: 0, y: 0 };
      s.area += c.area; s.x += c.x * c.area; s.y += c.y * c.area;
      sums.set(code, s);
    }
  }
  return [...sums.values()].map((s) => ({ code: s.code, name: s.name, level: s.level, lngLat: [s.x / s.area, s.y / s.area] }));
}

/** Keeps one HTML marker per unit of the admin layer in view. */
export class UnitLabels {
  constructor(map) {
    this.map = map;
    this.markers = new Map();
  }

  refresh() {
    const features = this.map.querySourceFeatures('admin', { sourceLayer: 'admin' });
    const wanted = new Map(labelPositions(features).map((p) => [p.code, p]));
    for (const [code, marker] of this.markers) {
      if (!wanted.has(code)) { marker.remove(); this.markers.delete(code); }
    }
    for (const [code, p] of wanted) {
      const existing = this.markers.get(code);
      if (existing) { existing.setLngLat(p.lngLat); continue; }
      const element = document.createElement('div');
      element.className = `unit-label level-${p.level}`;
      element.textContent = p.name;
      element.dataset.code = code;
      element.setAttribute('aria-hidden', 'true');
      this.markers.set(code, new maplibregl.Marker({ element, anchor: 'center' }).setLngLat(p.lngLat).addTo(this.map));
    }
  }

  /** The labels with their screen positions, for drawing them into an exported image. */
  visible() {
    const canvas = this.map.getCanvas().getBoundingClientRect();
    return [...this.markers.values()].map((m) => {
      const point = this.map.project(m.getLngLat());
      return { text: m.getElement().textContent, x: point.x, y: point.y, level: m.getElement().className };
    }).filter((l) => l.x >= 0 && l.y >= 0 && l.x <= canvas.width && l.y <= canvas.height);
  }
}
