#pragma once
// GpsdClient: NMEA from gpsd (gpsd.io) over TCP. After connecting it sends
// ?WATCH={"enable":true,"nmea":true} and passes on the '$' lines; gpsd's JSON reports are
// ignored. Reconnects every reconnectMs while gpsd is away.

#include "nmeatransport.h"

#include <QTcpSocket>
#include <QTimer>

class GpsdClient final : public NmeaTransport
{
    Q_OBJECT
public:
    GpsdClient(const QString &host, quint16 port, QObject *parent = nullptr);
    ~GpsdClient() override;
    void start() override;
    QString describe() const override;
    void setReconnectInterval(int ms) { m_reconnectMs = ms; }

    static QByteArray watchCommand();

private:
    void connectNow();
    void onDisconnected();

    QString m_host;
    quint16 m_port = 2947;
    int m_reconnectMs = 5000;
    QTcpSocket m_socket;
    QTimer m_reconnect;
    NmeaLineSplitter m_splitter;
    bool m_warned = false;
};
