// PassphraseDialog on the offscreen platform: create mode (length, confirmation, warning),
// unlock mode (inline error, reset), field hygiene, and the test seam of ask().
#include "ui/PassphraseDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using hirex::ui::PassphraseDialog;

class TestPassphraseDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { PassphraseDialog::setTestHandler({}); }
    void createModeExplainsAndHasTwoHiddenFields();
    void createRejectsShortPassphrases();
    void createRejectsMismatch();
    void createAcceptsAndHandsOverOnce();
    void unlockModeAcceptsAnyNonEmptyPassphrase();
    void unlockShowsInlineErrorAndOffersReset();
    void cancelReturnsNothing();
    void askGoesThroughTheTestHandler();
};

namespace {

QString allText(QWidget *widget) {
    QStringList parts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

void type(QLineEdit *field, const QString &text) {
    field->clear();
    // QTest::keyClicks types Latin-1 only; other text arrives as if from an input method.
    bool latin1 = true;
    for (const QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(field, text);
    else
        field->insert(text);
}

} // namespace

void TestPassphraseDialog::createModeExplainsAndHasTwoHiddenFields() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.confirmationField());
    QVERIFY(!dialog.resetButton());
    for (QLineEdit *field : {dialog.passphraseField(), dialog.confirmationField()}) {
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(field->inputMethodHints() & Qt::ImhSensitiveData);
    }
    const QString text = allText(&dialog);
    QVERIFY2(text.contains(QLatin1String("cannot be recovered")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("reset the local cache")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("sign in again")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12")), qPrintable(text));
}

void TestPassphraseDialog::createRejectsShortPassphrases() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.passphraseField(), QStringLiteral("elevenchars"));
    type(dialog.confirmationField(), QStringLiteral("elevenchars"));
    dialog.okButton()->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Cancelled);
    QVERIFY2(dialog.errorText().contains(QLatin1String("12")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.takePassphrase().isEmpty());

    // Exactly 12 is enough.
    type(dialog.passphraseField(), QStringLiteral("twelve chars"));
    type(dialog.confirmationField(), QStringLiteral("twelve chars"));
    dialog.okButton()->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Accepted);
    QCOMPARE(dialog.takePassphrase(), QStringLiteral("twelve chars"));
}

void TestPassphraseDialog::createRejectsMismatch() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.passphraseField(), QStringLiteral("a long passphrase one"));
    type(dialog.confirmationField(), QStringLiteral("a long passphrase two"));
    QTest::keyClick(dialog.confirmationField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("not the same")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.confirmationField()->text().isEmpty()); // typed again
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Cancelled);
}

void TestPassphraseDialog::createAcceptsAndHandsOverOnce() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString chosen = QStringLiteral("Kestrel orbit 7 lantern ğüşİ");
    type(dialog.passphraseField(), chosen);
    type(dialog.confirmationField(), chosen);
    QTest::keyClick(dialog.confirmationField(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Accepted);
    // The fields are empty once the dialog closed; the text is handed over exactly once.
    QVERIFY(dialog.passphraseField()->text().isEmpty());
    QVERIFY(dialog.confirmationField()->text().isEmpty());
    QCOMPARE(dialog.takePassphrase(), chosen);
    QVERIFY(dialog.takePassphrase().isEmpty());
}

void TestPassphraseDialog::unlockModeAcceptsAnyNonEmptyPassphrase() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.confirmationField());
    QCOMPARE(dialog.passphraseField()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.passphraseField()->contextMenuPolicy(), Qt::NoContextMenu);
    dialog.okButton()->click();
    QVERIFY(dialog.isVisible()); // empty: nothing to try
    QVERIFY(!dialog.errorText().isEmpty());
    type(dialog.passphraseField(), QStringLiteral("short")); // old caches are not judged by length
    QTest::keyClick(dialog.passphraseField(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Accepted);
    QCOMPARE(dialog.takePassphrase(), QStringLiteral("short"));
}

void TestPassphraseDialog::unlockShowsInlineErrorAndOffersReset() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.setError(QStringLiteral("The passphrase is not correct."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.errorText(), QStringLiteral("The passphrase is not correct."));
    QVERIFY(allText(&dialog).contains(QLatin1String("The passphrase is not correct.")));
    QVERIFY(dialog.resetButton());
    QVERIFY(dialog.resetButton()->text().contains(QLatin1String("Reset local cache")));
    type(dialog.passphraseField(), QStringLiteral("typed but not used"));
    dialog.resetButton()->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::ResetRequested);
    QVERIFY(dialog.takePassphrase().isEmpty());
    QVERIFY(dialog.passphraseField()->text().isEmpty());
}

void TestPassphraseDialog::cancelReturnsNothing() {
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.passphraseField(), QStringLiteral("something"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), PassphraseDialog::Outcome::Cancelled);
    QVERIFY(dialog.takePassphrase().isEmpty());
    QVERIFY(dialog.passphraseField()->text().isEmpty());
}

void TestPassphraseDialog::askGoesThroughTheTestHandler() {
    QList<PassphraseDialog::Mode> modes;
    QStringList errors;
    PassphraseDialog::setTestHandler([&](PassphraseDialog *dialog) {
        modes << dialog->mode();
        errors << dialog->errorText();
        dialog->show();
        type(dialog->passphraseField(), QStringLiteral("correct horse battery"));
        if (dialog->confirmationField())
            type(dialog->confirmationField(), QStringLiteral("correct horse battery"));
        dialog->okButton()->click();
    });
    PassphraseDialog::Result created = PassphraseDialog::ask(nullptr, PassphraseDialog::Mode::Create);
    QCOMPARE(created.outcome, PassphraseDialog::Outcome::Accepted);
    QCOMPARE(created.passphrase, QStringLiteral("correct horse battery"));
    PassphraseDialog::Result unlocked =
        PassphraseDialog::ask(nullptr, PassphraseDialog::Mode::Unlock, QStringLiteral("not correct"));
    QCOMPARE(unlocked.outcome, PassphraseDialog::Outcome::Accepted);
    QCOMPARE(modes,
             (QList<PassphraseDialog::Mode>{PassphraseDialog::Mode::Create, PassphraseDialog::Mode::Unlock}));
    QCOMPARE(errors, (QStringList{QString(), QStringLiteral("not correct")}));

    // A handler that leaves the dialog open: counted as cancelled.
    PassphraseDialog::setTestHandler([](PassphraseDialog *dialog) { dialog->show(); });
    QCOMPARE(PassphraseDialog::ask(nullptr, PassphraseDialog::Mode::Unlock).outcome,
             PassphraseDialog::Outcome::Cancelled);
}

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
