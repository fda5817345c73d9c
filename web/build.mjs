// Builds the web map into src/GeoRelief.Server/wwwroot/dist: one bundle (MapLibre GL JS, Chart.js and the page's own
// modules), one style sheet, and index.html pointing at their content-hashed names. Offline: only node_modules is read.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../src/GeoRelief.Server/wwwroot/dist');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const result = await build({
  entryPoints: { app: path.join(here, 'src/main.js'), styles: path.join(here, 'src/styles.css') },
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  entryNames: '[name]-[hash]',
  outdir: out,
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

const outputs = Object.entries(result.metafile.outputs);
const named = (entry, ext) => {
  const found = outputs.find(([file, meta]) => file.endsWith(ext) && meta.entryPoint && meta.entryPoint.endsWith(entry));
  if (!found) throw new Error(`esbuild produced no ${ext} for ${entry}`);
  return path.basename(found[0]);
};
const script = named('src/main.js', '.js');
const styles = named('src/styles.css', '.css');
const html = (await readFile(path.join(here, 'index.html'), 'utf8'))
  .replace('%SCRIPT%', `/dist/${script}`)
  .replace('%STYLES%', `/dist/${styles}`);
await writeFile(path.join(out, 'index.html'), html);
console.log(`web map built: ${path.relative(process.cwd(), out)} (${script}, ${styles})`);
