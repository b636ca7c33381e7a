#pragma once
// AuditController: the audit page (singleton `Audit`) — verifies the chain on a worker thread
// with its own read-only connection, shows the result and the newest rows. Only officers with
// Permission::VerifyAudit may run it (checked here, not in QML); the check is itself audited.

#include "auditverifier.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DomainStore;
class QQmlEngine;
class QJSEngine;

class AuditController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Audit)
    QML_SINGLETON
    Q_PROPERTY(bool verifying READ verifying NOTIFY verifyingChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(bool lastIntact READ lastIntact NOTIFY resultChanged)
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY resultChanged)
    Q_PROPERTY(int lastRows READ lastRows NOTIFY resultChanged)
    Q_PROPERTY(int lastBrokenSeq READ lastBrokenSeq NOTIFY resultChanged)
    Q_PROPERTY(QString lastCheckedText READ lastCheckedText NOTIFY resultChanged)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY recentChanged)

public:
    explicit AuditController(DomainStore *store, QObject *parent = nullptr);
    ~AuditController() override;
    static AuditController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AuditController *instance);

    bool verifying() const { return m_verifying; }
    bool hasResult() const { return m_hasResult; }
    bool lastIntact() const { return m_result.intact(); }
    QString lastMessage() const { return m_result.message; }
    int lastRows() const { return int(m_result.rowsChecked); }
    int lastBrokenSeq() const { return int(m_result.firstBrokenSeq); }
    QString lastCheckedText() const { return m_lastCheckedText; }
    QVariantList recent() const { return m_recent; }

    Q_INVOKABLE void verify();
    Q_INVOKABLE void refreshRecent();

signals:
    void verifyingChanged();
    void resultChanged();
    void recentChanged();

private:
    void finish(const AuditVerifyResult &result);

    DomainStore *m_store;
    bool m_verifying = false;
    bool m_hasResult = false;
    AuditVerifyResult m_result;
    QString m_lastCheckedText;
    QVariantList m_recent;
};
