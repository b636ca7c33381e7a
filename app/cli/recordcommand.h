#pragma once
// `fieldterm-cli record --seconds N [--prerecord S] [--mark T:TYPE ...] [--audio-only] [--json]`:
// start the camera, let the pre-record buffer fill, press record, add the markers on time,
// stop after N s, and exit only once every segment is hashed and committed.

class CliSession;
int runRecord(CliSession &session);
