#pragma once
// `fieldterm-cli upload --endpoint URL FILE [--chunk-kib N] [--attempts N]`: uploads one file
// with tus 1.0 (docs/PROTOCOL.md §4) to any conforming tus server, requests signed with the
// device key. A registered evidence file keeps its evidence id and stored hash; any other file
// is "file-" + the first 32 hex digits of its SHA-256. The upload state lives in the store's
// `uploads` table, so a run interrupted (even by kill -9) resumes where the server left off.
// Progress on stderr; transient failures retried with backoff; audited once done.

class CliSession;
int runUpload(CliSession &session);
