#pragma once
// `fieldterm-cli verify`: re-hash every file against the store; non-zero exit naming each
// file that does not match or is missing.

class CliSession;
int runVerify(CliSession &session);
