// An independent tus 1.0 server for the device's tus client tests: @tus/server with
// @tus/file-store (npm, versions pinned in install.sh), on 127.0.0.1 at a free port.
//   node server.js --dir STORE [--relative-location] [--delay-ms N]
// Prints "PORT <n>" on stdout once listening. Uploads live at /files/<id> (bytes in STORE/<id>,
// metadata in STORE/<id>.json). --delay-ms slows every PATCH down (for kill-mid-upload tests).
'use strict';
const http = require('http');
const { Server } = require('@tus/server');
const { FileStore } = require('@tus/file-store');

const args = process.argv.slice(2);
const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
const dir = option('--dir');
if (!dir) {
    console.error('usage: server.js --dir STORE [--relative-location] [--delay-ms N]');
    process.exit(2);
}
const delayMs = Number(option('--delay-ms') || 0);

const tus = new Server({
    path: '/files',
    datastore: new FileStore({ directory: dir }),
    relativeLocation: args.includes('--relative-location'),
});

const server = http.createServer((req, res) => {
    if (delayMs > 0 && req.method === 'PATCH')
        setTimeout(() => tus.handle(req, res), delayMs);
    else
        tus.handle(req, res);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`PORT ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
