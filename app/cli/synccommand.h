#pragma once
class CliSession;
// sync [--server URL]: plans manifests, runs one sync pass, prints progress; 0 when everything
// in the outbox is receipted.
int runSync(CliSession &session);
