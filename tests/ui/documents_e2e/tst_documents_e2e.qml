// Every shipped template, end to end through DocumentFormPage and the real C++ facades (see
// main.cpp): create from the case, fill from the sample, no field errors left, lock with the
// page's own button, the PDF checked by poppler.
import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

TestCase {
    id: root
    name: "DocumentsEndToEnd"
    when: windowShown
    width: 720
    height: 1280
    visible: true   // a TestCase is invisible by default, and so would be the page in it

    Component {
        id: pageComponent
        DocumentFormPage { width: 720; height: 1280 }
    }

    function test_template_data() {
        return Documents.templates.map(t => ({ tag: t.id, id: t.id, title: t.title }));
    }

    function test_template(data) {
        const documentId = Documents.create(E2E.caseId, data.id);
        verify(documentId !== "", Documents.lastError);
        compare(Documents.status, "draft");
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        waitForRendering(page);
        verify(Documents.form.rowCount() > 3);

        const sample = E2E.sample(data.id);
        verify(Object.keys(sample).length > 3);
        for (const key in sample)
            Documents.setValue(key, sample[key]);   // read-only fields refuse; their defaults stand
        verify(Documents.canLock, Documents.missingItems.join("\n"));
        compare(Documents.errorCount, 0);

        const lockButton = findChild(page, "lockButton");
        verify(lockButton && lockButton.enabled);
        // The bottom bar re-lays out as the missing items vanish: click once it has settled.
        waitForItemPolished(lockButton.parent);
        waitForRendering(page);
        mouseClick(lockButton);
        tryVerify(() => Documents.locked || Documents.lastError !== "", 10000);
        verify(Documents.locked, "lock refused: " + Documents.lastError + " / page: " + page.lockError);
        verify(Documents.number.indexOf("市监") === 0, Documents.number);
        const check = E2E.checkPdf(Documents.pdfPath, data.title.replace(/（.*/, ""), Documents.number);
        verify(check.ok, check.message);
        Documents.close();
    }
}
