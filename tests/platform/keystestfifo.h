#pragma once
// A FIFO standing in for /dev/input/eventN: the test writes raw `struct input_event` records
// into it, exactly what the kernel hands an evdev reader.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

class FifoWriter
{
public:
    ~FifoWriter() { close(); }

    // Opens for writing once the reader has the FIFO open (ENXIO until then), running the
    // event loop meanwhile so the reader can (re)open.
    bool open(const QString &path, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (m_fd >= 0)
                return true;
            if (errno != ENXIO)
                return false;
            QTest::qWait(10);
        }
        return false;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    bool raw(const QByteArray &bytes) { return ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size(); }
    static QByteArray record(quint16 type, quint16 code, qint32 value)
    {
        struct input_event ev = {};
        ev.type = type;
        ev.code = code;
        ev.value = value;
        return QByteArray(reinterpret_cast<const char *>(&ev), sizeof(ev));
    }
    // One key event followed by SYN_REPORT, as the kernel reports it.
    bool key(int code, int value) { return raw(record(EV_KEY, quint16(code), value) + record(EV_SYN, SYN_REPORT, 0)); }

private:
    int m_fd = -1;
};
