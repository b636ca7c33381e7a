#include "gpsdclient.h"

#include "locationlogging.h"

GpsdClient::GpsdClient(const QString &host, quint16 port, QObject *parent)
    : NmeaTransport(parent)
    , m_host(host)
    , m_port(port)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &GpsdClient::connectNow);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_warned = false;
        m_splitter.reset();
        qCInfo(lcLocation).noquote() << "connected to" << describe();
        m_socket.write(watchCommand());
        emit restarted();   // gpsd may have restarted with its receiver
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        m_splitter.feed(m_socket.readAll(), [this](const QByteArray &line) {
            if (line.startsWith('$'))
                emit lineReceived(line);
        });
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, &GpsdClient::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_warned)
            qCWarning(lcLocation).noquote() << describe() << ":" << m_socket.errorString() << "- retrying";
        m_warned = true;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

GpsdClient::~GpsdClient()
{
    // The socket outlives the timer (declaration order); no slot of ours may run while it closes.
    m_socket.disconnect(this);
    m_socket.abort();
}

QByteArray GpsdClient::watchCommand()
{
    return QByteArrayLiteral("?WATCH={\"enable\":true,\"nmea\":true};\n");
}

QString GpsdClient::describe() const
{
    return QStringLiteral("gpsd %1:%2").arg(m_host).arg(m_port);
}

void GpsdClient::start()
{
    connectNow();
}

void GpsdClient::connectNow()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.connectToHost(m_host, m_port, QIODevice::ReadWrite);
}

void GpsdClient::onDisconnected()
{
    if (!m_reconnect.isActive())
        m_reconnect.start(m_reconnectMs);
}
