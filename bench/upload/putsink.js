// Baseline sink for bench/upload.sh: `PUT /sink/<name>` streams the body to DIR/<name> and
// answers 201 — what `curl -T` is timed against when the receiver's --bench-sink is not built.
//   node putsink.js --dir DIR      (prints "PORT <n>" once listening on 127.0.0.1)
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const i = process.argv.indexOf('--dir');
const dir = i >= 0 ? process.argv[i + 1] : null;
if (!dir) { console.error('usage: putsink.js --dir DIR'); process.exit(2); }
const server = http.createServer((req, res) => {
    const m = /^\/sink\/([A-Za-z0-9._-]+)$/.exec(req.url);
    if (req.method !== 'PUT' || !m) { res.writeHead(404); res.end(); return; }
    const out = fs.createWriteStream(path.join(dir, m[1]));
    req.pipe(out);
    out.on('finish', () => { res.writeHead(201, { 'Content-Length': 0 }); res.end(); });
    out.on('error', () => { res.writeHead(507); res.end(); });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`PORT ${server.address().port}\n`));
