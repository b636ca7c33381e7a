#pragma once
// `fieldterm-cli officers list [--json]` and `officers import FILE --admin NO [--json]`.
// list prints the officers (number, name, agency, squad, roles, state; never PIN data).
// import asks for the admin's PIN on stderr and reads it from the first line of stdin, signs
// the admin in (audited, lockout rules apply), imports the file all-or-nothing, signs out.
// Exit 0 ok; 1 refused (wrong PIN, locked, not an admin, invalid file — the message names the
// entry and field); 2 usage; 5 store. A simulated profile seeds the demo officers first.

class CliSession;
int runOfficers(CliSession &session);
