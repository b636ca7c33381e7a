// backoffice.audit: the device's audit rows (docs/PROTOCOL.md §5 "Audit rows") — a good chain is
// stored and the head reported; an edited row or a broken link refuses the whole batch (422)
// naming the first broken seq; a re-sent batch is accepted without duplicates.
// backoffice.downlink: publish (the script command of the real program) → GET with ETag → 304.

#include "auditcanonical.h"
#include "database.h"
#include "receivertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void chain_data();
    void chain();
    void downlink();
};

namespace {

QList<AuditRowFields> makeRows(const QString &deviceId, const QString &alg, qint64 from, qint64 count, QString prev)
{
    QList<AuditRowFields> rows;
    for (qint64 seq = from; seq < from + count; ++seq) {
        AuditRowFields r;
        r.seq = seq;
        r.at = QStringLiteral("2026-11-22T04:%1:00.000Z").arg(seq % 60, 2, 10, QLatin1Char('0'));
        r.officerNo = QStringLiteral("A001");
        r.deviceId = deviceId;
        r.action = QStringLiteral("evidence_marked");
        r.objectType = QStringLiteral("evidence");
        r.objectId = QStringLiteral("ev-%1").arg(seq);
        r.details = QStringLiteral("{\"note\":\"第%1条\"}").arg(seq);
        r.prevHash = prev;
        r.hashAlgorithm = alg;
        prev = AuditCanonical::hashHex(r);
        rows.append(r);
    }
    return rows;
}

QJsonObject toJson(const AuditRowFields &r, const QString &hash)
{
    return QJsonObject{{QStringLiteral("seq"), r.seq}, {QStringLiteral("at"), r.at}, {QStringLiteral("officerNo"), r.officerNo},
                       {QStringLiteral("deviceId"), r.deviceId}, {QStringLiteral("action"), r.action},
                       {QStringLiteral("objectType"), r.objectType}, {QStringLiteral("objectId"), r.objectId},
                       {QStringLiteral("details"), r.details}, {QStringLiteral("prevHash"), r.prevHash},
                       {QStringLiteral("hash"), hash}, {QStringLiteral("hashAlg"), r.hashAlgorithm}};
}

QByteArray batch(const QString &deviceId, const QList<QJsonObject> &rows)
{
    QJsonArray array;
    for (const QJsonObject &o : rows)
        array.append(o);
    return QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("rows"), array}}).toJson(QJsonDocument::Compact);
}

} // namespace

void TestAudit::chain_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("intl") << QStringLiteral("intl");
    QTest::newRow("gm") << QStringLiteral("gm");
}

void TestAudit::chain()
{
    QFETCH(QString, profile);
    const QString alg = profile == QLatin1String("gm") ? QStringLiteral("sm3") : QStringLiteral("sha256");
    InProcessReceiver receiver(profile);
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0001"), DeviceIdentity::forCryptoProfile(profile));
    QCOMPARE(client.enroll(receiver.url(QString()), device, receiver.issueCode()).status, 201);
    const QString audit = receiver.url(QStringLiteral("/api/v1/audit"));
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};

    HttpResult r = client.send("GET", receiver.url(QStringLiteral("/api/v1/audit/head")), QByteArray(), {}, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("hash")).toString(), AuditCanonical::genesisHash());

    // A good chain of 5 rows.
    const QList<AuditRowFields> rows = makeRows(device.id, alg, 1, 5, AuditCanonical::genesisHash());
    QList<QJsonObject> objects;
    for (const AuditRowFields &row : rows)
        objects.append(toJson(row, AuditCanonical::hashHex(row)));
    r = client.send("POST", audit, batch(device.id, objects.mid(0, 3)), json, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("hash")).toString(), AuditCanonical::hashHex(rows.at(2)));

    // An edited row (details changed after hashing): the whole batch is refused, naming seq 5.
    QList<QJsonObject> edited = objects.mid(3, 2);
    edited[1].insert(QStringLiteral("details"), QStringLiteral("{\"note\":\"改过\"}"));
    r = client.send("POST", audit, batch(device.id, edited), json, &device);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("audit_chain_broken"));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 5);
    QVERIFY(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString().contains(QStringLiteral("5")));
    qint64 stored = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM audit_rows", &stored));
    QCOMPARE(stored, 3);   // row 4 (valid) was not kept either: all or nothing

    // A broken link: row 4 re-hashed over a wrong prevHash.
    AuditRowFields relinked = rows.at(3);
    relinked.prevHash = QString(64, QLatin1Char('1'));
    r = client.send("POST", audit, batch(device.id, {toJson(relinked, AuditCanonical::hashHex(relinked))}), json, &device);
    QCOMPARE(r.status, 422);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 4);

    // A gap (row 5 without 4).
    r = client.send("POST", audit, batch(device.id, {objects.at(4)}), json, &device);
    QCOMPARE(r.status, 422);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 5);

    // Re-sending rows already stored together with the rest is fine; nothing is duplicated.
    r = client.send("POST", audit, batch(device.id, objects), json, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInt(), 5);
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM audit_rows", &stored));
    QCOMPARE(stored, 5);

    // Rows of another device id inside this device's batch are refused.
    const QList<AuditRowFields> foreign = makeRows(QStringLiteral("SIM0002"), alg, 6, 1, AuditCanonical::hashHex(rows.at(4)));
    r = client.send("POST", audit, batch(device.id, {toJson(foreign.at(0), AuditCanonical::hashHex(foreign.at(0)))}), json, &device);
    QCOMPARE(r.status, 422);
}

void TestAudit::downlink()
{
    if (ReceiverProcess::program().isEmpty())
        QSKIP("FIELDTERM_BACKOFFICE_BIN not set");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("receiver"));
    const QString file = dir.filePath(QStringLiteral("tasks.json"));
    const QByteArray tasks = "{\"tasks\":[{\"id\":\"t1\",\"title\":\"巡查\"}]}";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tasks);
    }
    int exitCode = -1;
    const QString code = QString::fromLatin1(ReceiverProcess::runCommand(data, {QStringLiteral("issue-code")}, &exitCode));
    QCOMPARE(exitCode, 0);
    const QByteArray etag = ReceiverProcess::runCommand(data, {QStringLiteral("publish"), QStringLiteral("tasks"), file}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(etag.size(), 64);
    // Invalid JSON and unknown names are refused by the command.
    {
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
    }
    ReceiverProcess::runCommand(data, {QStringLiteral("publish"), QStringLiteral("tasks"), dir.filePath(QStringLiteral("bad.json"))}, &exitCode);
    QCOMPARE(exitCode, 1);
    ReceiverProcess::runCommand(data, {QStringLiteral("publish"), QStringLiteral("other"), file}, &exitCode);
    QCOMPARE(exitCode, 1);

    ReceiverProcess server;
    QString error;
    QVERIFY2(server.start(data, {}, &error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0001"), DeviceIdentity::Algorithm::Ed25519);
    QCOMPARE(client.enroll(server.url(QString()), device, code).status, 201);
    HttpResult r = client.send("GET", server.url(QStringLiteral("/api/v1/downlink/tasks")), QByteArray(), {}, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, tasks);
    QCOMPARE(r.header("etag"), QByteArray("\"" + etag + "\""));
    r = client.send("GET", server.url(QStringLiteral("/api/v1/downlink/tasks")), QByteArray(), {{"If-None-Match", "\"" + etag + "\""}}, &device);
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    r = client.send("GET", server.url(QStringLiteral("/api/v1/downlink/tasks")), QByteArray(), {{"If-None-Match", "\"old\""}}, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(client.send("GET", server.url(QStringLiteral("/api/v1/downlink/catalogue")), QByteArray(), {}, &device).status, 404);
    QCOMPARE(client.send("GET", server.url(QStringLiteral("/api/v1/downlink/tasks")), QByteArray()).status, 401);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
