// The suitability theme's control: evaluates the county in view or selected on a grid (POST /api/v1/siting/evaluate,
// which stores a run), says what it is doing while the server works, shows a refusal in the server's own words, and
// offers the stored run as a GeoTIFF download (docs/siting.md).
import { postJson } from './api.js';
import { formatNumber, t } from './i18n.js';

export class SuitabilityControl {
  /**
   * @param root the fieldset holding #suitability-area, #cell-size, #evaluate, #suitability-status, #suitability-download
   * @param area () => { code, name } of the county to evaluate, or null when none is selected or in view
   * @param onRun (result) => Promise: show the stored run answered by the server
   */
  constructor(root, { area, onRun }) {
    this.root = root;
    this.area = area;
    this.onRun = onRun;
    this.button = root.querySelector('#evaluate');
    this.cellSize = root.querySelector('#cell-size');
    this.status = root.querySelector('#suitability-status');
    this.download = root.querySelector('#suitability-download');
    this.busy = false;
    this.message = null;
  }

  /** Re-labels the control for the area now selected or in view, the run shown and the page's language. */
  render(run) {
    const target = this.area();
    this.root.querySelector('#suitability-area').textContent = target ? t('suitability.area', { area: target.name }) : t('suitability.noArea');
    this.button.disabled = this.busy || !target;
    this.button.textContent = this.busy ? t('suitability.busy') : t('suitability.evaluate');
    this.button.setAttribute('aria-busy', String(this.busy));
    if (this.message) {
      this.status.textContent = this.message.error ? this.message.text : t(this.message.key, this.message.vars);
      this.status.className = this.message.error ? 'status error' : 'status';
      this.status.dataset.state = this.message.error ? 'error' : (this.busy ? 'busy' : 'done');
      this.status.hidden = false;
    } else {
      this.status.hidden = true;
    }
    if (run) {
      this.download.href = `/api/v1/siting/runs/${encodeURIComponent(run)}.tif`;
      this.download.setAttribute('download', `suitability-${run}.tif`);
      this.download.textContent = t('suitability.download', { run });
      this.download.hidden = false;
    } else {
      this.download.removeAttribute('href');
      this.download.hidden = true;
    }
  }

  /** Evaluates the area on a grid of the chosen cell size; the server checks the size and says what is wrong. */
  async evaluate(run) {
    const target = this.area();
    if (!target || this.busy) return;
    const cellSize = Number(this.cellSize.value);
    this.busy = true;
    this.message = { key: 'suitability.working', vars: { area: target.name, cellSize: formatNumber(cellSize) } };
    this.render(run);
    try {
      const result = await postJson('/api/v1/siting/evaluate', { areaCode: target.code, cellSizeMetres: cellSize });
      this.message = { key: 'suitability.done', vars: { area: target.name, cells: formatNumber(result.cells), seconds: formatNumber(result.seconds, 1) } };
      this.busy = false;
      await this.onRun(result);
    } catch (error) {
      this.message = { error: true, text: error.message };
      this.busy = false;
      this.render(run);
    }
  }
}
