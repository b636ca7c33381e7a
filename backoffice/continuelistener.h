#pragma once
// ContinueListener: the plain-HTTP listening socket of the receiver. Qt HTTP Server 6.4 never
// answers `Expect: 100-continue`, so a client such as `curl -T` waits a full second before it
// sends a large body. This QTcpServer looks at the head of the first request on each new
// connection (before QHttpServer reads it) and, when that request expects 100-continue, writes
// the interim `HTTP/1.1 100 Continue` response. Later requests on a kept-alive connection are not
// inspected (no body bytes are ever mistaken for headers); they only lose the shortcut.
// It also turns Nagle's algorithm off on every connection (see incomingConnection).

#include <QTcpServer>

class ContinueListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
