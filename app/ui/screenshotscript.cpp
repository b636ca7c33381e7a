#include "screenshotscript.h"

#include "cameracontroller.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

ScreenshotScript::ScreenshotScript(const ScreenshotOptions &options, QQuickWindow *window, CameraController *camera,
                                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_camera(camera)
{
}

void ScreenshotScript::start()
{
    if (m_options.recordAfter >= 0)
        QTimer::singleShot(int(m_options.recordAfter * 1000), this, [this] { m_camera->startRecording(false); });
    if (!m_options.show.isEmpty())
        QTimer::singleShot(3000, this, [this] { emit showRequested(m_options.show); });
    if (!m_options.path.isEmpty() && m_options.shotAfter >= 0)
        QTimer::singleShot(int(m_options.shotAfter * 1000), this, &ScreenshotScript::shoot);
    if (m_options.quitAfter >= 0) {
        QTimer::singleShot(int(m_options.quitAfter * 1000), this, [this] {
            if (!m_options.path.isEmpty() && !m_shot)
                shoot();
            QCoreApplication::quit();
        });
    }
}

void ScreenshotScript::shoot()
{
    m_shot = true;
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_options.path)) {
        qCCritical(lcUi) << "could not write screenshot" << m_options.path;
        return;
    }
    qCInfo(lcUi) << "screenshot written to" << m_options.path << image.size();
}
