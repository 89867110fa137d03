// A minimal ustar writer: enough for a release archive of one folder with a few regular files.
'use strict';

function octal(value, width) {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name, size, mode, typeflag, mtime) {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: entry name longer than 100 bytes: ${name}`);
  const h = Buffer.alloc(512, 0);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii');
  h.write(octal(0, 8), 116, 8, 'ascii');
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(mtime, 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii');
  h.write(typeflag, 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write('root', 265, 32, 'ascii');
  h.write('root', 297, 32, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return h;
}

/** A tar archive holding `folder/` and, inside it, each {name, data} file; a name may contain `/` (e.g.
 * locales/en/translation.json), and every folder on the way gets its own entry before its files. */
function tarFolder(folder, files, mtime) {
  const parts = [header(folder + '/', 0, 0o755, '5', mtime)];
  const made = new Set();
  for (const file of files) {
    const dirs = file.name.split('/').slice(0, -1);
    for (let i = 1; i <= dirs.length; i++) {
      const dir = dirs.slice(0, i).join('/');
      if (made.has(dir)) continue;
      made.add(dir);
      parts.push(header(`${folder}/${dir}/`, 0, 0o755, '5', mtime));
    }
    parts.push(header(`${folder}/${file.name}`, file.data.length, 0o644, '0', mtime));
    parts.push(file.data);
    const pad = (512 - (file.data.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}

module.exports = { tarFolder };
