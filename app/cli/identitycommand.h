#pragma once
// `fieldterm-cli identity [--json]`: the device id and its public signing key (PEM), creating
// the key pair on first use (Ed25519, or SM2 with SM3 for the gm crypto profile). The private
// key never leaves keys/ (mode 0600); its creation is audited.

class CliSession;
int runIdentity(CliSession &session);
