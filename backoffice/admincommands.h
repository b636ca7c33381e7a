#pragma once
// AdminCommands: the receiver's script subcommands (no server) — issue-code, revoke, publish,
// devices. Each prints its result on stdout, errors (Chinese) on stderr, and returns the exit code.

#include <QStringList>

struct ReceiverContext;

namespace AdminCommands {

// args: the subcommand and its arguments, e.g. {"revoke", "SIM0001"}.
int run(ReceiverContext *ctx, const QStringList &args);

bool isCommand(const QString &word);

// Library entry points (also used by tests).
bool revoke(ReceiverContext *ctx, const QString &deviceId, const QString &by, QString *error);
bool publish(ReceiverContext *ctx, const QString &name, const QByteArray &json, QString *etag, QString *error);

} // namespace AdminCommands
