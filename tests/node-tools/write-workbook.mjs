// Writes a workbook with the independent SheetJS writer (`xlsx` package), as a second program's Excel files for the
// import tests: .xls (BIFF8, what Excel 97–2003 and older WPS save) or .xlsx. The rows come as JSON on the command
// line: an array of rows, each an array of cells; a cell is a string, a number, null, or {"v": number, "z": format}
// for a formatted number (a percentage "0.0%", a date serial with "yyyy-mm-dd").
// Usage: node write-workbook.mjs OUT.xls|OUT.xlsx SHEET-NAME ROWS-JSON
import XLSX from 'xlsx';

const [out, sheetName, rowsJson] = process.argv.slice(2);
const rows = JSON.parse(rowsJson).map((row) =>
  row.map((cell) => (cell !== null && typeof cell === 'object' ? { t: 'n', v: cell.v, z: cell.z } : cell)));
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheetName);
XLSX.writeFile(book, out, { bookType: out.endsWith('.xls') ? 'biff8' : 'xlsx' });
