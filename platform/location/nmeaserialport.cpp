#include "nmeaserialport.h"

#include "locationlogging.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {
speed_t speedFor(int baud)
{
    switch (baud) {
    case 4800: return B4800;
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    case 230400: return B230400;
    case 460800: return B460800;
    default: return B0;
    }
}
} // namespace

NmeaSerialPort::NmeaSerialPort(const QString &path, int baud, QObject *parent)
    : NmeaTransport(parent)
    , m_path(path)
    , m_baud(baud)
{
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, [this] {
        if (!openPort())
            m_reopen.start(m_reopenMs);
    });
}

NmeaSerialPort::~NmeaSerialPort()
{
    closePort();
}

bool NmeaSerialPort::isSupportedBaud(int baud)
{
    return speedFor(baud) != B0;
}

QString NmeaSerialPort::describe() const
{
    return QStringLiteral("serial %1 @%2").arg(m_path).arg(m_baud);
}

void NmeaSerialPort::start()
{
    if (!openPort())
        m_reopen.start(m_reopenMs);
}

bool NmeaSerialPort::openPort()
{
    const QByteArray path = QFile::encodeName(m_path);
    m_fd = ::open(path.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        if (error != m_lastError)   // once per kind of failure, not every retry
            qCWarning(lcLocation).noquote() << "cannot open" << m_path << ":" << error
                                            << (errno == EACCES ? "(is the user in group dialout?)" : "");
        m_lastError = error;
        return false;
    }
    termios tio{};
    if (::tcgetattr(m_fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        tio.c_cflag |= CLOCAL | CREAD;
        tio.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
        tio.c_cc[VMIN] = 0;
        tio.c_cc[VTIME] = 0;
        ::cfsetispeed(&tio, speedFor(m_baud));
        ::cfsetospeed(&tio, speedFor(m_baud));
        if (::tcsetattr(m_fd, TCSANOW, &tio) != 0)
            qCWarning(lcLocation).noquote() << "cannot set" << m_path << "to" << m_baud << "baud:" << std::strerror(errno);
    } else {
        qCDebug(lcLocation).noquote() << m_path << "is not a tty; reading it as it is";
    }
    m_lastError.clear();
    m_splitter.reset();
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NmeaSerialPort::onReadable);
    qCInfo(lcLocation).noquote() << "reading NMEA from" << describe();
    emit restarted();   // a replugged receiver may start with an earlier time
    return true;
}

void NmeaSerialPort::closePort()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void NmeaSerialPort::onReadable()
{
    char buf[1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_splitter.feed(QByteArray(buf, n), [this](const QByteArray &line) { emit lineReceived(line); });
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        // 0 = end of file (receiver unplugged, FIFO writer gone), or an error: reopen later.
        qCWarning(lcLocation).noquote() << m_path << (n == 0 ? "closed" : std::strerror(errno)) << "- reopening";
        closePort();
        m_reopen.start(m_reopenMs);
        return;
    }
}
