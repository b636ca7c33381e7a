// libFuzzer target for TemplateLoader: any bytes go through JSON parsing, every structural check,
// the expression checks in the sandbox and, when a template loads, a form built from it (defaults,
// computed values, relevance, validation, rows). It must never crash, leak or hang.
//
// Built with -fsanitize=fuzzer,address by tools/fuzz.sh (FIELDTERM_LIBFUZZER defined, libFuzzer
// provides main). In the normal build a small main() replays the seed corpus instead
// (ctest documents.fuzz_corpus): the shipped templates plus hand-made broken ones.

#include "documentform.h"
#include "templateloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz_template_loader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        app = new QCoreApplication(argc, argv);
        QLoggingCategory::setFilterRules(QStringLiteral("fieldterm.documents.warning=false"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    DocumentTemplate tpl;
    QList<TemplateLoadError> errors;
    if (TemplateLoader::loadBytes(bytes, QStringLiteral("fuzz-input.json"), &tpl, &errors)) {
        DocumentForm form(tpl, QJsonObject{{"agency", "A"}}, [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0)); });
        form.initialValues();
        for (const FormRow &row : form.rows()) {
            if (row.kind == FormRow::Add)
                form.addItem(row.path);
        }
        (void)form.issues();
    } else if (errors.isEmpty()) {
        std::fprintf(stderr, "a refused template must say why\n");
        __builtin_trap();
    }
    for (const TemplateLoadError &e : errors)
        (void)e.toString();
    return 0;
}

#ifndef FIELDTERM_LIBFUZZER
// Replays files and directories given on the command line; exit 0 when every input ran.
int main(int argc, char **argv)
{
    ensureApplication();
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        QStringList files;
        if (info.isDir()) {
            for (const QString &name : QDir(info.filePath()).entryList(QDir::Files, QDir::Name))
                files << QDir(info.filePath()).filePath(name);
        } else {
            files << info.filePath();
        }
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++count;
        }
    }
    std::printf("replayed %d inputs\n", count);
    return count > 0 ? 0 : 1;
}
#endif
