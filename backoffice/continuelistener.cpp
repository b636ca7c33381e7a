#include "continuelistener.h"

#include <QTcpSocket>

#include <memory>

void ContinueListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Qt HTTP Server may write a response in several small pieces (status line, headers, body);
    // with Nagle's algorithm on, a later piece could wait for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QHttpServer's own readyRead handler, so it runs first and sees the bytes
    // of the first request's head still unread.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(socket, &QTcpSocket::readyRead, socket, [socket, connection] {
        const QByteArray head = socket->peek(16 * 1024);
        const int end = head.indexOf("\r\n\r\n");
        if (end < 0 && head.size() < 16 * 1024)
            return;   // the head is not complete yet (if QHttpServer consumes it meanwhile, we give up)
        disconnect(*connection);
        if (end < 0)
            return;
        const QList<QByteArray> lines = head.left(end).split('\n');
        for (const QByteArray &line : lines) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "expect"
                && line.mid(colon + 1).trimmed().toLower() == "100-continue") {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                break;
            }
        }
    });
    addPendingConnection(socket);
}
