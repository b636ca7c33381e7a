#include "evdevreader.h"

#include "keyslogging.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcKeys, "fieldterm.keys")

EvdevReader::EvdevReader(const QStringList &devices, bool grab, QObject *parent)
    : QObject(parent)
    , m_grab(grab)
{
    for (const QString &spec : devices) {
        auto s = std::make_unique<Source>();
        s->spec = spec;
        m_sources.push_back(std::move(s));
    }
    m_retry.setInterval(2000);
    connect(&m_retry, &QTimer::timeout, this, &EvdevReader::retryMissing);
}

EvdevReader::~EvdevReader()
{
    for (auto &s : m_sources) {
        s->notifier.reset();   // not from its signal here: delete now
        if (s->fd >= 0)
            ::close(s->fd);
    }
}

void EvdevReader::start()
{
    retryMissing();
}

QStringList EvdevReader::openPaths() const
{
    QStringList paths;
    for (const auto &s : m_sources) {
        if (s->fd >= 0)
            paths << s->path;
    }
    return paths;
}

void EvdevReader::retryMissing()
{
    bool missing = false;
    for (auto &s : m_sources) {
        if (s->fd < 0 && !open(*s))
            missing = true;
    }
    if (missing && !m_retry.isActive())
        m_retry.start();
    else if (!missing)
        m_retry.stop();
}

int EvdevReader::openPath(const QString &path, QString *why) const
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == EACCES || err == EPERM)
            *why = QStringLiteral("%1: permission denied — add the user running fieldterm to the group owning it "
                                  "(usually `input`: usermod -aG input fieldterm) or install a udev rule")
                       .arg(path);
        else
            *why = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
    }
    return fd;
}

QString EvdevReader::findByName(const QString &name, QString *why) const
{
    const QStringList nodes = QDir(m_inputDir).entryList({QStringLiteral("event*")}, QDir::System | QDir::Files, QDir::Name);
    QStringList denied;
    for (const QString &node : nodes) {
        const QString path = m_inputDir + QLatin1Char('/') + node;
        QString err;
        const int fd = openPath(path, &err);
        if (fd < 0) {
            if (err.contains(QLatin1String("permission denied")))
                denied << path;
            continue;
        }
        char buf[256] = {};
        const int n = ::ioctl(fd, EVIOCGNAME(sizeof(buf) - 1), buf);
        ::close(fd);
        if (n > 0 && QString::fromUtf8(buf) == name)
            return path;
    }
    *why = denied.isEmpty()
        ? QStringLiteral("no input device named \"%1\" under %2").arg(name, m_inputDir)
        : QStringLiteral("no input device named \"%1\" among the readable ones under %2; permission denied on %3 — "
                         "add the user running fieldterm to the group `input` (usermod -aG input fieldterm)")
              .arg(name, m_inputDir, denied.join(QLatin1String(", ")));
    return QString();
}

bool EvdevReader::open(Source &s)
{
    QString why;
    const bool byPath = s.spec.startsWith(QLatin1Char('/'));
    const QString path = byPath ? s.spec : findByName(s.spec, &why);
    const int fd = path.isEmpty() ? -1 : openPath(path, &why);
    if (fd < 0) {
        // Said once per absence, not every poll.
        if (!s.reportedMissing)
            qCWarning(lcKeys).noquote() << "key device" << s.spec << "not available:" << why << "— retrying";
        s.reportedMissing = true;
        return false;
    }
    if (m_grab && ::ioctl(fd, EVIOCGRAB, 1) != 0 && errno != ENOTTY && errno != EINVAL)
        qCWarning(lcKeys).noquote() << "key device" << path << "could not be grabbed:" << std::strerror(errno)
                                    << "(another program holds it?) — reading it shared";
    s.fd = fd;
    s.path = path;
    s.partial.clear();
    s.held.clear();
    s.dropping = false;
    s.reportedMissing = false;
    s.notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    Source *source = &s;
    connect(s.notifier.get(), &QSocketNotifier::activated, this, [this, source] { readReady(*source); });
    qCInfo(lcKeys).noquote() << "reading keys from" << path << (byPath ? QString() : QStringLiteral("(%1)").arg(s.spec));
    emit deviceOpened(path);
    return true;
}

void EvdevReader::close(Source &s, bool lost)
{
    if (s.fd < 0)
        return;
    // Often called from the notifier's own activated(): not deleted under its feet.
    if (s.notifier) {
        s.notifier->setEnabled(false);
        s.notifier.release()->deleteLater();
    }
    ::close(s.fd);
    s.fd = -1;
    const QString path = s.path;
    s.path.clear();
    if (!s.partial.isEmpty())
        qCWarning(lcKeys).noquote() << "key device" << path << "closed with" << s.partial.size()
                                    << "bytes of an incomplete event record (discarded)";
    s.partial.clear();
    const QSet<int> held = std::exchange(s.held, {});
    if (lost) {
        for (int code : held)
            emit keyLost(code);
        emit deviceLost(path);
    }
}

void EvdevReader::readReady(Source &s)
{
    constexpr int kRecord = int(sizeof(struct input_event));
    for (;;) {
        char buf[kRecord * 64];
        const ssize_t n = ::read(s.fd, buf, sizeof(buf));
        if (n > 0) {
            s.partial.append(buf, int(n));
            int off = 0;
            for (; off + kRecord <= s.partial.size(); off += kRecord) {
                struct input_event ev;
                std::memcpy(&ev, s.partial.constData() + off, sizeof(ev));
                handle(s, ev.type, ev.code, ev.value);
                if (s.fd < 0)
                    return;
            }
            s.partial.remove(0, off);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0 && errno == EINTR)
            continue;
        // EOF (a FIFO's writer closed) or an error (ENODEV: the device was unplugged).
        const bool eof = n == 0;
        const QString path = s.path;
        if (eof)
            qCInfo(lcKeys).noquote() << "key device" << path << "closed by its writer; reopening";
        else
            qCWarning(lcKeys).noquote() << "key device" << path << "lost:" << std::strerror(errno) << "— will reopen when it is back";
        close(s, true);
        // A FIFO can be reopened at once (it waits for its next writer); a vanished device node
        // cannot, and is polled for.
        if (!open(s) && !m_retry.isActive())
            m_retry.start();
        return;
    }
}

void EvdevReader::handle(Source &s, quint16 type, quint16 code, qint32 value)
{
    if (type == EV_SYN) {
        if (code == SYN_DROPPED) {
            qCWarning(lcKeys).noquote() << "key device" << s.path << "dropped events (SYN_DROPPED); resynchronising";
            s.dropping = true;
        } else if (code == SYN_REPORT && s.dropping) {
            s.dropping = false;
            resync(s);
        }
        return;
    }
    if (type != EV_KEY || s.dropping)
        return;
    if (code == 0 || code > KEY_MAX) {
        qCDebug(lcKeys) << "ignoring key code out of range" << code;
        return;
    }
    if (value == 1) {
        if (s.held.contains(code))
            return;   // a second press without a release: the first one stands
        s.held.insert(code);
        emit keyEvent(code, true);
    } else if (value == 0) {
        if (!s.held.remove(code))
            return;   // a release we never saw pressed (opened mid-press, or after a resync)
        emit keyEvent(code, false);
    }
    // value 2 is autorepeat: ignored; anything else is not a key state.
}

// After dropped events: ask the kernel which keys are down (EVIOCGKEY). A key we think held
// but that is up now lost its release — it is released without meaning. Not available on a
// FIFO: everything held is dropped.
void EvdevReader::resync(Source &s)
{
    unsigned char state[KEY_MAX / 8 + 1] = {};
    const bool known = ::ioctl(s.fd, EVIOCGKEY(sizeof(state)), state) >= 0;
    const QSet<int> held = s.held;
    for (int code : held) {
        const bool down = known && (state[code / 8] & (1u << (code % 8)));
        if (!down) {
            s.held.remove(code);
            emit keyLost(code);
        }
    }
}
