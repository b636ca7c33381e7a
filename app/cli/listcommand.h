#pragma once
// `fieldterm-cli list [--json]`: every evidence file with its hash, duration, size and status.

class CliSession;
int runList(CliSession &session);
