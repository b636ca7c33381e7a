#include "devicesigner.h"

#include "deviceidentity.h"
#include "messagesignature.h"

HttpClient::Signer deviceSigner(const DeviceIdentity &identity, const QString &deviceId)
{
    return [&identity, deviceId](MessageSignature::Request *request, QString *error) {
        return MessageSignature::sign(request, identity, deviceId, error);
    };
}
