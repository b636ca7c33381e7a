#pragma once
// deviceSigner: the HttpClient signer that signs every request with the device key under its
// device id (PROTOCOL.md §2). The identity must outlive the client.

#include "httpclient.h"

class DeviceIdentity;

HttpClient::Signer deviceSigner(const DeviceIdentity &identity, const QString &deviceId);
