// Validates a MapLibre style with the style specification's own validator (validateStyleMin: no external lookups).
// Usage: node validate-style.mjs STYLE.json — prints one line per error and exits 1 when there is any.
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

const style = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const errors = validateStyleMin(style);
for (const error of errors) {
  console.log(error.message);
}
process.exit(errors.length === 0 ? 0 : 1);
