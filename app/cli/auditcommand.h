#pragma once
// `fieldterm-cli audit verify [--json]`: walks the audit chain. Exit 0 when intact; otherwise
// exit 1, naming the first broken row on stderr. The verification itself is audited.

class CliSession;
int runAudit(CliSession &session);
