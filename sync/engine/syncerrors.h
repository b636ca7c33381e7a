#pragma once
// SyncErrors: what a receiver's refusal means for the person holding the device — its JSON
// error code (PROTOCOL.md) turned into Chinese that says what to do next.

#include <QString>

struct HttpResponse;

namespace SyncErrors {
QString fromResponse(const HttpResponse &response);
} // namespace SyncErrors
