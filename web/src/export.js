// Export: the map as a PNG with its title, labels and legend composited onto one canvas; a table as CSV (UTF-8 with
// BOM, so spreadsheet programs read the Chinese names right) or as an Excel workbook (xlsx.js: codes stay text).

import { toXlsx } from './xlsx.js';

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The CSV text of a table {columns, rows}, with a BOM. */
export function toCsv(table) {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(table) {
  download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `georelief-${table.name}.csv`);
}

export function downloadXlsx(table) {
  download(toXlsx(table), `georelief-${table.name}.xlsx`);
}

const FONT = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Splits text into lines that fit `width` (character by character: Chinese has no spaces to break at). */
function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) { lines.push(line); line = ''; }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

function drawSwatch(ctx, row, x, y) {
  ctx.fillStyle = row.color;
  ctx.strokeStyle = row.color;
  if (row.shape === 'circle') {
    ctx.beginPath(); ctx.arc(x + 8, y + 7, 6, 0, 2 * Math.PI); ctx.fill();
  } else if (row.shape === 'ring') {
    ctx.lineWidth = 3; ctx.beginPath(); ctx.arc(x + 8, y + 7, 5, 0, 2 * Math.PI); ctx.stroke();
  } else if (row.shape === 'line' || row.shape === 'dash') {
    ctx.lineWidth = 3; ctx.setLineDash(row.shape === 'dash' ? [4, 3] : []);
    ctx.beginPath(); ctx.moveTo(x, y + 7); ctx.lineTo(x + 16, y + 7); ctx.stroke(); ctx.setLineDash([]);
  } else {
    ctx.fillRect(x, y, 16, 14);
    ctx.strokeStyle = '#888'; ctx.lineWidth = 0.5; ctx.strokeRect(x, y, 16, 14);
  }
}

/** The map canvas (drawn with preserveDrawingBuffer) plus title, labels and legend, as a PNG blob. */
export async function mapPng(map, { title, subtitle, legend, labels }) {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth;
  const header = 56;
  const rows = legend.sections.flatMap((s) => [...(s.title ? [{ title: s.title }] : []), ...s.rows]);
  const legendWidth = 300;
  const legendHeight = 40 + rows.length * 20 + (legend.note ? 15 * Math.ceil(legend.note.length / 22) + 10 : 0);
  const width = source.clientWidth;
  const height = source.clientHeight + header;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(title, 12, 26);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = '#555';
  ctx.fillText(subtitle, 12, 46);
  ctx.drawImage(source, 0, header, width, source.clientHeight);

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const label of labels) {
    ctx.font = `${label.level.includes('level-3') ? 'bold 14px' : '12px'} ${FONT}`;
    ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(label.text, label.x, label.y + header);
    ctx.fillStyle = '#222';
    ctx.fillText(label.text, label.x, label.y + header);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';

  const lx = width - legendWidth - 12;
  let ly = header + 12;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(lx, ly, legendWidth, Math.min(legendHeight, height - ly - 12));
  ctx.strokeStyle = '#999'; ctx.lineWidth = 1;
  ctx.strokeRect(lx, ly, legendWidth, Math.min(legendHeight, height - ly - 12));
  ctx.fillStyle = '#111';
  ctx.font = `bold 14px ${FONT}`;
  ctx.fillText(legend.title, lx + 10, ly + 22);
  ly += 36;
  for (const row of rows) {
    if (row.title) {
      ctx.font = `bold 12px ${FONT}`; ctx.fillStyle = '#333'; ctx.fillText(row.title, lx + 10, ly + 11);
    } else {
      drawSwatch(ctx, row, lx + 10, ly);
      ctx.font = `12px ${FONT}`; ctx.fillStyle = '#222'; ctx.fillText(row.label, lx + 34, ly + 11);
    }
    ly += 20;
  }
  if (legend.note) {
    ctx.font = `11px ${FONT}`; ctx.fillStyle = '#555';
    for (const line of wrap(ctx, legend.note, legendWidth - 20)) {
      ctx.fillText(line, lx + 10, ly + 12);
      ly += 15;
    }
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadMapPng(map, options) {
  download(await mapPng(map, options), 'georelief-map.png');
}
