#pragma once
// DocumentsController: what QML sees of enforcement documents (singleton `Documents`) — the
// templates, a case's documents, and one open document: its form rows, live validation,
// autosave on every change, signatures (strokes as vectors, or a refusal tied to the recording
// moment), locking (number + PDF + hashes, in DocumentStore) and new versions. Rules live in
// app/documents; only signed-in officers who may record (inspectors, squad leaders) may write.

#include "documentformmodel.h"
#include "templateloader.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class CasesController;
class DocumentForm;
class DocumentStore;
class DomainStore;
class QQmlEngine;
class QJSEngine;

class DocumentsController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Documents)
    QML_SINGLETON
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)
    Q_PROPERTY(QString documentId READ documentId NOTIFY documentChanged)
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(QString number READ number NOTIFY documentChanged)
    Q_PROPERTY(QString status READ status NOTIFY documentChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY documentChanged)
    Q_PROPERTY(int version READ version NOTIFY documentChanged)
    Q_PROPERTY(bool canLock READ canLock NOTIFY formChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY formChanged)
    Q_PROPERTY(QStringList missingItems READ missingItems NOTIFY formChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY formChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY formChanged)
    Q_PROPERTY(QString pdfPath READ pdfPath NOTIFY documentChanged)
    Q_PROPERTY(QAbstractListModel *form READ form CONSTANT)

public:
    // recordingMoment: {recordingId, offsetMs} of the recording running now, or {} — a party's
    // refusal to sign is tied to that moment.
    DocumentsController(DomainStore *store, CasesController *cases, std::function<QJsonObject()> recordingMoment,
                        QObject *parent = nullptr);
    ~DocumentsController() override;
    static DocumentsController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(DocumentsController *instance);

    QVariantList templates() const;
    QString documentId() const;
    QString title() const;
    QString number() const;
    QString status() const;
    bool locked() const;
    int version() const;
    bool canLock() const;
    int errorCount() const;
    QStringList missingItems() const;
    QString savedText() const { return m_savedText; }
    QString lastError() const { return m_lastError; }
    QString pdfPath() const;
    QAbstractListModel *form() { return &m_model; }
    const TemplateLoadResult &loaded() const { return m_loaded; }

    Q_INVOKABLE QVariantList documentsFor(const QString &caseId) const;
    Q_INVOKABLE QString create(const QString &caseId, const QString &templateId);
    Q_INVOKABLE void open(const QString &documentId);
    Q_INVOKABLE void close();
    Q_INVOKABLE void setValue(const QString &path, const QVariant &value);
    Q_INVOKABLE void addItem(const QString &groupPath);
    Q_INVOKABLE void removeItem(const QString &itemPath);
    Q_INVOKABLE void sign(const QString &path, const QVariant &strokes, double width, double height);
    Q_INVOKABLE void refuseSignature(const QString &path, const QString &reason);
    Q_INVOKABLE QString lock();
    Q_INVOKABLE QString newVersion();

signals:
    void opened();
    void documentChanged();
    void lockedChanged();
    void formChanged();

private:
    struct Open;
    QString refusal() const;
    const DocumentTemplate *templateFor(const QString &id) const;
    bool applyValue(const QString &path, const QJsonValue &value);
    void save();
    void refreshRows();
    void setError(const QString &message);

    DomainStore *m_store;
    CasesController *m_cases;
    std::function<QJsonObject()> m_recordingMoment;
    TemplateLoadResult m_loaded;
    std::unique_ptr<DocumentStore> m_documents;
    std::unique_ptr<Open> m_open;
    DocumentFormModel m_model;
    QString m_savedText;
    QString m_lastError;
};
