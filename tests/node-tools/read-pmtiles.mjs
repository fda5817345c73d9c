// Reads a PMTiles archive with the independent `pmtiles` package: prints its header as JSON, or with z x y the tile's
// bytes (decompressed) as base64 ("missing" when the archive has no such tile).
// Usage: node read-pmtiles.mjs FILE [z x y]
import { openSync, readSync, fstatSync } from 'node:fs';
import { PMTiles } from 'pmtiles';

class FileSource {
  constructor(path) {
    this.path = path;
    this.fd = openSync(path, 'r');
  }

  getKey() {
    return this.path;
  }

  async getBytes(offset, length) {
    const size = fstatSync(this.fd).size;
    const n = Math.max(0, Math.min(length, size - offset));
    const buffer = Buffer.alloc(n);
    readSync(this.fd, buffer, 0, n, offset);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + n) };
  }
}

const [path, z, x, y] = process.argv.slice(2);
const archive = new PMTiles(new FileSource(path));
if (z === undefined) {
  const header = await archive.getHeader();
  const metadata = await archive.getMetadata();
  console.log(JSON.stringify({ header, metadata }));
} else {
  const tile = await archive.getZxy(Number(z), Number(x), Number(y));
  console.log(tile ? Buffer.from(tile.data).toString('base64') : 'missing');
}
