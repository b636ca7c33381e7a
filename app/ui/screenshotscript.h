#pragma once
// ScreenshotScript: a tiny driver for looking at the running terminal without a person —
// `fieldterm --record-after 3 --screenshot home.png --quit-after 8`. Used by the screenshot smoke
// test and by developers under Xvfb. It only presses what a user could press.

#include <QObject>
#include <QString>

class QQuickWindow;
class CameraController;

struct ScreenshotOptions {
    QString path;            // PNG to write; empty = none
    double shotAfter = -1;   // seconds after start; -1 = just before quitting
    double recordAfter = -1; // seconds after start to press record; -1 = never
    double quitAfter = -1;   // seconds after start to quit; -1 = never
    QString show;            // a page to open 3 s after start: cases | case | settings | lock | review | player
};

class ScreenshotScript : public QObject
{
    Q_OBJECT
public:
    ScreenshotScript(const ScreenshotOptions &options, QQuickWindow *window, CameraController *camera,
                     QObject *parent = nullptr);
    void start();

signals:
    // The app opens what was asked for (main.cpp knows the facades and pages).
    void showRequested(const QString &what);

private:
    void shoot();
    ScreenshotOptions m_options;
    QQuickWindow *m_window;
    CameraController *m_camera;
    bool m_shot = false;
};
