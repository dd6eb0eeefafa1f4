// LanguageController with real widgets (offscreen) and the real catalogues: Hirex's (embedded)
// and Qt's own (qtbase_*.qm from Qt's translations folder, Debian's qt6-translations-l10n).
// Switching swaps both, sets the default QLocale (Turkish case rules) and is stored under
// ui/language; the next start uses the stored choice; the system's language is used when
// nothing is chosen (the test runs with LC_ALL=de_DE.UTF-8, see tests/ui/CMakeLists.txt).
#include "app/desktop/LanguageController.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "ui/MainWindow.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using hirex::app::LanguageController;

namespace {

QString qtCancel() {
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

QString storedSetting() {
    return QSettings().value(QLatin1String(LanguageController::SettingsKey)).toString();
}

// The texts of a line edit's own context menu (Qt's catalogue, context QLineEdit), without the
// shortcuts Qt may append after a tab.
QStringList contextMenuTexts(QLineEdit *edit) {
    std::unique_ptr<QMenu> menu(edit->createStandardContextMenu());
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            texts.append(action->text().section(u'\t', 0, 0));
    return texts;
}

} // namespace

class TestLanguageController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void switchingSwapsBothCataloguesAndTheLocale();
    void turkishCaseRulesFollowTheChoice();
    void anUnknownLanguageIsRefused();
    void theStoredChoiceIsUsedAtTheNextStart();
    void aCommandLineLanguageIsNotStored();
    void nothingChosenFollowsTheSystem();
};

void TestLanguageController::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagecontroller"));
}

void TestLanguageController::init() {
    QSettings().remove(QLatin1String(LanguageController::SettingsKey));
}

void TestLanguageController::switchingSwapsBothCataloguesAndTheLocale() {
    LanguageController language;
    QSignalSpy changed(&language, &LanguageController::languageChanged);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QLineEdit edit;

    QVERIFY(language.setLanguage(QStringLiteral("tr")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toString(), QStringLiteral("tr"));
    QCOMPARE(language.language(), QStringLiteral("tr"));
    QCOMPARE(QLocale().language(), QLocale::Turkish);
    QCOMPARE(qtCancel(), QStringLiteral("İptal"));
    QCOMPARE(QCoreApplication::translate("hirex::ui::WorkspacePage", "Board"), QStringLiteral("Pano"));
    // An existing button box follows on the LanguageChange event Qt sends.
    QTRY_COMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("İptal"));
    QVERIFY2(contextMenuTexts(&edit).contains(QStringLiteral("&Geri al")),
             qPrintable(contextMenuTexts(&edit).join(u'|')));
    QCOMPARE(storedSetting(), QStringLiteral("tr"));

    QVERIFY(language.setLanguage(QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    QCOMPARE(QCoreApplication::translate("hirex::ui::WorkspacePage", "Sections"), QStringLiteral("Bereiche"));
    QTRY_COMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));

    // Back to English: the German and Turkish translators are gone, not just outranked.
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("hirex::ui::WorkspacePage", "Sections"), QStringLiteral("Sections"));
    QTRY_COMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QVERIFY(contextMenuTexts(&edit).contains(QStringLiteral("&Undo")));
    // English plural forms come from Hirex's English catalogue.
    QCOMPARE(
        QCoreApplication::translate("hirex::models::StageColumnsModel", "%1, %n candidate(s)", nullptr, 3),
        QStringLiteral("%1, 3 candidates"));
    QCOMPARE(storedSetting(), QStringLiteral("en"));
    QCOMPARE(changed.count(), 2);

    // The same choice again changes nothing.
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.count(), 2);
}

void TestLanguageController::turkishCaseRulesFollowTheChoice() {
    LanguageController language;
    QVERIFY(language.setLanguage(QStringLiteral("tr")));
    QCOMPARE(QLocale().toUpper(QStringLiteral("istanbul ılık")), QStringLiteral("İSTANBUL ILIK"));
    QCOMPARE(QLocale().toLower(QStringLiteral("IŞIK İZMİR")), QStringLiteral("ışık izmir"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(QLocale().toUpper(QStringLiteral("istanbul")), QStringLiteral("ISTANBUL"));
}

void TestLanguageController::anUnknownLanguageIsRefused() {
    LanguageController language;
    QVERIFY(language.setLanguage(QStringLiteral("de")));
    QSignalSpy changed(&language, &LanguageController::languageChanged);
    QVERIFY(!language.setLanguage(QStringLiteral("fr")));
    QVERIFY(!language.setLanguage(QStringLiteral("TR")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(language.language(), QStringLiteral("de"));
    QCOMPARE(storedSetting(), QStringLiteral("de"));
    // Something unknown in the settings (edited by hand) counts as "the system's".
    QSettings().setValue(QLatin1String(LanguageController::SettingsKey), QStringLiteral("klingon"));
    QCOMPARE(LanguageController::storedChoice(), QString());
}

void TestLanguageController::theStoredChoiceIsUsedAtTheNextStart() {
    {
        LanguageController first;
        first.start();
        QVERIFY(first.setLanguage(QStringLiteral("tr")));
    } // the app quits: its translators go
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));

    LanguageController second;
    second.start();
    QCOMPARE(second.choice(), QStringLiteral("tr"));
    QCOMPARE(second.language(), QStringLiteral("tr"));
    QCOMPARE(qtCancel(), QStringLiteral("İptal"));
    // A window built now is Turkish from the start, and its menu shows the choice.
    hirex::models::SignInPresenter signIn;
    hirex::models::JobListModel jobs;
    hirex::ui::MainWindow window(&signIn, &jobs);
    window.setCurrentLanguage(second.choice());
    QCOMPARE(window.workspacePage()->findChild<QListWidget *>()->accessibleName(),
             QStringLiteral("Bölümler"));
    QVERIFY(window.languageAction(QStringLiteral("tr"))->isChecked());
    QCOMPARE(window.currentLanguage(), QStringLiteral("tr"));
}

void TestLanguageController::aCommandLineLanguageIsNotStored() {
    QSettings().setValue(QLatin1String(LanguageController::SettingsKey), QStringLiteral("tr"));
    LanguageController language;
    language.start(QStringLiteral("de")); // --language de
    QCOMPARE(language.language(), QStringLiteral("de"));
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    QCOMPARE(storedSetting(), QStringLiteral("tr"));
}

void TestLanguageController::nothingChosenFollowsTheSystem() {
    QCOMPARE(QLocale::system().language(), QLocale::German); // LC_ALL=de_DE.UTF-8 for this test
    LanguageController language;
    language.start();
    QCOMPARE(language.choice(), QString());
    QCOMPARE(language.language(), QStringLiteral("de"));
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    // "System language" again: German, and stored as "".
    QVERIFY(language.setLanguage(QString()));
    QCOMPARE(language.language(), QStringLiteral("de"));
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    QVERIFY(QSettings().contains(QLatin1String(LanguageController::SettingsKey)));
    QCOMPARE(storedSetting(), QString());
}

QTEST_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
