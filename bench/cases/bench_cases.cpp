// fieldterm-bench-cases: fills a temporary store with N cases (through CaseStore::create) and
// audit rows up to M (through AuditLog::append, 1000 per transaction), then measures what the
// case pages and the audit trail do, each with a baseline from the sqlite3 CLI on the same file:
//
//   case list, first page          CaseQuery::list                  median of 50
//   search by party substring      CaseQuery::list(text)            median of 50
//   search by case number          CaseQuery::list(text)            median of 50
//   case detail                    CaseQuery::detail                median of 50
//   deadline warnings (all open)   CaseQuery::warnings              median of 50
//   power-item search              PowerCatalogue::search           median of 1000
//   audit append, own commit       AuditLog::append                 median of 1000 (synchronous=FULL)
//   audit append, synchronous=NORMAL  AuditLog::append              median of 1000 (context)
//   audit append, in open tx       AuditLog::append                 median of 1000
//   audit verify, whole chain      AuditVerifier::verify            median of 3
//
// Baseline: the sqlite3 CLI executing the equivalent SQL, with output to /dev/null. Process
// start-up is taken out by running a script with the statement once and with it 1+K times and
// dividing the difference by K (median of 5 such pairs).
//
// The fill sets synchronous=OFF (fill speed only); every measurement runs with the store's own
// settings (synchronous=FULL, WAL) on the writer and a read-only reader connection.
//
// Usage: fieldterm-bench-cases [--cases N] [--audit M] [--dir DIR] [--out FILE.md]

#include "../benchtiming.h"
#include "auditlog.h"
#include "auditverifier.h"
#include "casedeadlines.h"
#include "casequery.h"
#include "casestore.h"
#include "database.h"
#include "partyid.h"
#include "powercatalogue.h"
#include "store.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

using BenchTiming::median;
using BenchTiming::medianMs;

// Wall time of one sqlite3 CLI process running script on db.
double cliRunMs(const QString &db, const QString &script)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {db});
    p.waitForStarted();
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0)
        fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
    return ms;
}

// Per-statement time of sql in the CLI: (run with 1 + k copies − run with 1) / k, median of 5.
double cliStatementMs(const QString &db, const QString &sql, int k, const QString &setup = QString())
{
    const QString head = QStringLiteral(".output /dev/null\n") + setup;
    QString many = head;
    for (int i = 0; i < k + 1; ++i)
        many += sql + QLatin1Char('\n');
    QList<double> per;
    for (int i = 0; i < 5; ++i) {
        const double one = cliRunMs(db, head + sql + QLatin1Char('\n'));
        const double all = cliRunMs(db, many);
        per << qMax(0.0, (all - one) / k);
    }
    return median(per);
}

QString sqliteVersion()
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).trimmed();
}

QString sqlText(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
                               QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙")};
const QStringList kGiven = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                            QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
                            QStringLiteral("军"), QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"),
                            QStringLiteral("杰"), QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超")};
const QStringList kTrades = {QStringLiteral("食品"), QStringLiteral("餐饮"), QStringLiteral("超市"), QStringLiteral("五金"),
                             QStringLiteral("药房"), QStringLiteral("服装"), QStringLiteral("建材"), QStringLiteral("电器")};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fieldterm.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cases"), QStringLiteral("cases to create"), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("audit"), QStringLiteral("audit rows in total"), QStringLiteral("M"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("keep the store in DIR (default: a temporary directory)"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("also write the markdown report to FILE"), QStringLiteral("FILE")});
    parser.process(app);
    const int caseCount = parser.value(QStringLiteral("cases")).toInt();
    const int auditTotal = parser.value(QStringLiteral("audit")).toInt();

    QTemporaryDir tmp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("fieldterm.db"));
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));

    QString error;
    Database db;
    if (!Store::openWriter(&db, dbPath, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PowerCatalogue catalogue;
    CaseDeadlines deadlines;
    if (!catalogue.loadEmbedded(&error) || !deadlines.loadDefault(QString(), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AuditLog audit(db, QStringLiteral("SIM0001"), QStringLiteral("sha256"));

    // ---- fill -------------------------------------------------------------------------------
    QElapsedTimer fillTimer;
    fillTimer.start();
    db.exec("PRAGMA synchronous = OFF");
    QRandomGenerator rng(20261122);
    const QDateTime end = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    // Cases spread evenly over the year before `end`, filed in time order.
    QDateTime clockNow = end.addDays(-365);
    const qint64 step = 365LL * 86400 / qMax(1, caseCount);
    CaseStore cases(db, audit, catalogue, QStringLiteral("SIM0001"), [&clockNow] { return clockNow; });
    const QList<PowerItem> &items = catalogue.items();
    QString sampleCaseNo;
    QString sampleCaseId;
    for (int i = 0; i < caseCount; ++i) {
        clockNow = clockNow.addSecs(step);
        CaseInput in;
        const bool person = rng.bounded(4) != 0;
        in.partyKind = person ? QStringLiteral("person") : QStringLiteral("organisation");
        const int t = rng.bounded(10);
        in.type = t < 5 ? QStringLiteral("inspection") : t < 8 ? QStringLiteral("summary") : QStringLiteral("general");
        if (person) {
            in.partyName = kSurnames.at(rng.bounded(kSurnames.size())) + kGiven.at(rng.bounded(kGiven.size()))
                           + (rng.bounded(2) ? kGiven.at(rng.bounded(kGiven.size())) : QString());
            const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(20000));
            const QString first17 = QStringLiteral("3301%1%2%3").arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                                        .arg(birth.toString(QStringLiteral("yyyyMMdd"))).arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
            in.partyIdNo = first17 + PartyId::residentIdCheckChar(first17);
        } else {
            in.partyName = QStringLiteral("杭州%1%2有限公司").arg(kSurnames.at(rng.bounded(kSurnames.size())), kTrades.at(rng.bounded(kTrades.size())));
            const QString first17 = QStringLiteral("913301%1").arg(rng.bounded(100000000000LL), 11, 10, QLatin1Char('0'));
            in.partyIdNo = first17 + PartyId::creditCodeCheckChar(first17);
        }
        in.address = QStringLiteral("杭州市西湖区文三路 %1 号").arg(rng.bounded(1, 999));
        in.partyPhone = QStringLiteral("138%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        in.powerItemCode = items.at(rng.bounded(items.size())).code;
        in.summary = QStringLiteral("现场检查发现的情况摘要，第 %1 号。").arg(i + 1);
        const CreateResult r = cases.create(in, QStringLiteral("ZJ%1").arg(rng.bounded(1, 20), 4, 10, QLatin1Char('0')));
        if (!r.ok) {
            fprintf(stderr, "create failed: %s %s\n", qPrintable(r.error), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().message));
            return 1;
        }
        // Older cases have moved on; a share of them is closed.
        if (in.type == QLatin1String("inspection") && i < caseCount * 9 / 10) {
            cases.advance(r.caseId, QStringLiteral("investigating"), QStringLiteral("ZJ0001"));
            cases.advance(r.caseId, QStringLiteral("closed"), QStringLiteral("ZJ0001"));
        }
        if (i == caseCount / 2) {
            sampleCaseNo = r.caseNo;
            sampleCaseId = r.caseId;
        }
    }
    qint64 rows = 0;
    db.queryInt("SELECT count(*) FROM audit_log", &rows);
    while (rows < auditTotal) {
        Transaction tx(db);
        for (int i = 0; i < 1000 && rows < auditTotal; ++i, ++rows) {
            AuditEntry e;
            e.officerNo = QStringLiteral("ZJ0001");
            e.action = QStringLiteral("evidence_view");
            e.objectType = QStringLiteral("evidence");
            e.objectId = QStringLiteral("ev-%1").arg(rows);
            e.details = QJsonObject{{QStringLiteral("page"), QStringLiteral("review")}};
            if (!audit.append(e, &error)) {
                fprintf(stderr, "append failed: %s\n", qPrintable(error));
                return 1;
            }
        }
        if (!tx.commit()) {
            fprintf(stderr, "commit failed: %s\n", qPrintable(tx.error()));
            return 1;
        }
    }
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double fillSecs = fillTimer.elapsed() / 1000.0;
    qint64 caseRows = 0;
    db.queryInt("SELECT count(*) FROM cases", &caseRows);
    db.queryInt("SELECT count(*) FROM audit_log", &rows);

    // ---- measure ----------------------------------------------------------------------------
    Database reader;
    if (!Store::openReader(&reader, dbPath, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CaseQuery query(reader, catalogue, deadlines, dir, [&end] { return end; });
    int listed = 0;
    const double listMs = medianMs(50, [&] { listed = query.list(CaseFilter()).size(); });
    CaseFilter party;
    party.text = QStringLiteral("王芳");
    int partyHits = 0;
    const double partyMs = medianMs(50, [&] { partyHits = query.list(party).size(); });
    CaseFilter number;
    number.text = sampleCaseNo.right(10);   // "2026-05001"-style tail of a real number
    int numberHits = 0;
    const double numberMs = medianMs(50, [&] { numberHits = query.list(number).size(); });
    CaseDetail detail;
    const double detailMs = medianMs(50, [&] { query.detail(sampleCaseId, &detail); });
    int warningCount = 0;
    const double warningsMs = medianMs(50, [&] { warningCount = query.warnings(end).size(); });
    int powerHits = 0;
    const double powerMs = medianMs(1000, [&] { powerHits = catalogue.search(QStringLiteral("食品安全法")).size(); });

    AuditEntry probe;
    probe.officerNo = QStringLiteral("ZJ0001");
    probe.action = QStringLiteral("evidence_view");
    probe.objectType = QStringLiteral("evidence");
    probe.objectId = QStringLiteral("bench");
    const double appendOwnMs = medianMs(1000, [&] { audit.append(probe, &error); });
    double appendInTxMs = 0;
    {
        Transaction tx(db);
        appendInTxMs = medianMs(1000, [&] { audit.append(probe, &error); });
        tx.commit();
    }
    // Context for the goal: the same append when a commit does not wait for fsync (WAL with
    // synchronous=NORMAL survives a crash, not a power loss; the store keeps FULL on purpose).
    db.exec("PRAGMA synchronous = NORMAL");
    const double appendNormalMs = medianMs(1000, [&] { audit.append(probe, &error); });
    db.exec("PRAGMA synchronous = FULL");
    AuditVerifyResult verified;
    const double verifyMs = medianMs(3, [&] { verified = AuditVerifier::verify(reader); });

    // ---- baseline: the sqlite3 CLI on the same file -------------------------------------------
    const QString cols = QStringLiteral("id, case_no, type, status, party_name, party_id_no, address, created_at, status_since");
    const QString order = QStringLiteral(" ORDER BY created_at DESC, case_no DESC LIMIT 200;");
    auto likeAll = [&](const QString &text) {
        const QString p = sqlText(QLatin1Char('%') + text + QLatin1Char('%'));
        return QStringLiteral("SELECT %1 FROM cases WHERE party_name LIKE %2 OR case_no LIKE %2 OR party_id_no LIKE %2%3").arg(cols, p, order);
    };
    const double cliList = cliStatementMs(dbPath, QStringLiteral("SELECT %1 FROM cases%2").arg(cols, order), 50);
    const double cliParty = cliStatementMs(dbPath, likeAll(party.text), 50);
    const double cliNumber = cliStatementMs(dbPath, likeAll(number.text), 50);
    const double cliVerify = cliStatementMs(dbPath, QStringLiteral("SELECT * FROM audit_log ORDER BY seq;"), 3);
    // Append baseline on a copy (a raw row would break our chain): read the head, insert, commit.
    const QString copy = QDir(dir).filePath(QStringLiteral("baseline-copy.db"));
    QFile::remove(copy);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QFile::copy(dbPath, copy);
    const QString appendSql = QStringLiteral(
        "BEGIN IMMEDIATE; SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1; "
        "INSERT INTO audit_log (at, officer_no, device_id, action, object_type, object_id, details, prev_hash, hash, hash_alg) "
        "VALUES ('2026-11-22T09:00:00.000Z', 'ZJ0001', 'SIM0001', 'evidence_view', 'evidence', 'bench', '{}', "
        "'%1', '%1', 'sha256'); COMMIT;").arg(QString(64, QLatin1Char('0')));
    const double cliAppend = cliStatementMs(copy, appendSql, 200, QStringLiteral("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n"));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));

    // ---- report -----------------------------------------------------------------------------
    QString out;
    QTextStream s(&out);
    auto ratio = [](double ours, double base) { return base > 0 ? QString::number(ours / base, 'f', 2) + QStringLiteral("×") : QStringLiteral("—"); };
    auto ms = [](double v) { return QString::number(v, 'f', v < 1 ? 3 : 2); };
    s << "# bench/cases — " << QDateTime::currentDateTime().toString(Qt::ISODate) << "\n\n";
    s << "Store: " << caseRows << " cases, " << rows << " audit rows (fill " << QString::number(fillSecs, 'f', 1)
      << " s, synchronous=OFF for the fill only); sqlite3 CLI " << sqliteVersion() << "\n\n";
    s << "| measure | fieldterm (ms) | sqlite3 CLI (ms) | ratio | goal | result |\n| --- | --- | --- | --- | --- | --- |\n";
    s << "| case list, first page (" << listed << " rows), median of 50 | " << ms(listMs) << " | " << ms(cliList) << " | " << ratio(listMs, cliList) << " | < 30 ms | " << (listMs < 30 ? "met" : "missed") << " |\n";
    s << "| search by party \"" << party.text << "\" (" << partyHits << " rows), median of 50 | " << ms(partyMs) << " | " << ms(cliParty) << " | " << ratio(partyMs, cliParty) << " | < 50 ms | " << (partyMs < 50 ? "met" : "missed") << " |\n";
    s << "| search by case number \"" << number.text << "\" (" << numberHits << " row), median of 50 | " << ms(numberMs) << " | " << ms(cliNumber) << " | " << ratio(numberMs, cliNumber) << " | < 50 ms | " << (numberMs < 50 ? "met" : "missed") << " |\n";
    s << "| case detail (timeline, coverage), median of 50 | " << ms(detailMs) << " | — | | | |\n";
    s << "| deadline warnings over all open cases (" << warningCount << "), median of 50 | " << ms(warningsMs) << " | — | | | |\n";
    s << "| power-item search (" << powerHits << " hits), median of 1000 | " << ms(powerMs) << " | — | | < 5 ms | " << (powerMs < 5 ? "met" : "missed") << " |\n";
    s << "| audit append, own committed transaction (synchronous=FULL), median of 1000 | " << ms(appendOwnMs) << " | " << ms(cliAppend) << " | " << ratio(appendOwnMs, cliAppend) << " | < 1 ms | " << (appendOwnMs < 1 ? "met" : "missed") << " |\n";
    s << "| audit append, own transaction with synchronous=NORMAL (no fsync per commit; context only), median of 1000 | " << ms(appendNormalMs) << " | — | | | |\n";
    s << "| audit append inside an open transaction, median of 1000 | " << ms(appendInTxMs) << " | — | | < 1 ms | " << (appendInTxMs < 1 ? "met" : "missed") << " |\n";
    s << "| audit verify, " << verified.rowsChecked << " rows (" << (verified.intact() ? "intact" : "BROKEN") << "), median of 3 | " << ms(verifyMs) << " | " << ms(cliVerify) << " (read all rows) | " << ratio(verifyMs, cliVerify) << " | | |\n";
    s.flush();
    fputs(out.toUtf8().constData(), stdout);
    if (parser.isSet(QStringLiteral("out"))) {
        QFile f(parser.value(QStringLiteral("out")));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(out.toUtf8());
    }
    return verified.intact() ? 0 : 2;
}
