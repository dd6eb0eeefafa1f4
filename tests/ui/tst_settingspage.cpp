// The Settings page driven like a user would (offscreen): the theme chosen with the keyboard
// changes the application's palette at once, a CA bundle that is not PEM is refused and says
// why, and a PIN set through the page's dialog then unlocks the idle lock (UnlockPresenter,
// the locked page's presenter, over the same Argon2id verifier).
#include "app/desktop/ThemeController.h"
#include "core/api/TransportPolicy.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/auth/PrintUrlLauncher.h"
#include "core/store/LockMarker.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/UnlockPin.h"
#include "models/SettingsPresenter.h"
#include "models/StageCardsModel.h"
#include "models/UnlockPresenter.h"
#include "ui/CardDelegate.h"
#include "ui/PinDialog.h"
#include "ui/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hirex::app::ThemeController;
using hirex::models::SettingsPresenter;
using hirex::ui::CardDelegate;
using hirex::ui::SettingsPage;

namespace {

QString dataFile(const char *name) {
    return qEnvironmentVariable("HIREX_SOURCE_DIR") + u"/tests/api/data/" + QLatin1StringView(name);
}

} // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choosingDarkWithTheKeyboardChangesTheApplicationPalette();
    void theDarkPaletteKeepsTextAndCardColoursReadable();
    void aCaBundleThatIsNotPemIsRefusedWithAReason();
    void thePinSetInTheDialogUnlocks();
    void theIdleLockIsChosenWithTheKeyboard();
    void aNewLanguageRebuildsThePageWithItsState();
    void aThemeOverrideIsNotStored();

private:
    void showPage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SettingsPresenter> m_presenter;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_presenter = std::make_unique<SettingsPresenter>(m_settings.get());
    m_presenter->setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
}

void TestSettingsPage::cleanup() {
    m_page.reset();
    m_presenter.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsPage::showPage() {
    m_page = std::make_unique<SettingsPage>(m_presenter.get());
    m_page->resize(800, 1100);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestSettingsPage::choosingDarkWithTheKeyboardChangesTheApplicationPalette() {
    ThemeController theme;
    connect(m_presenter.get(), &SettingsPresenter::themeChanged, &theme, &ThemeController::setTheme);
    theme.setTheme(m_presenter->theme());
    const QPalette light = QApplication::palette();
    QVERIFY(!CardDelegate::isDark(light));
    showPage();

    // Alt+T, the label's mnemonic, reaches the combo; typing picks the entry.
    QTest::keyClick(m_page.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->themeCombo());
    QTest::keyClicks(m_page->themeCombo(), QStringLiteral("Dark"));
    QCOMPARE(m_page->themeCombo()->currentText(), QStringLiteral("Dark"));
    QCOMPARE(m_presenter->theme(), SettingsPresenter::Theme::Dark);
    QVERIFY(theme.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             ThemeController::darkPalette().color(QPalette::Base));
    QVERIFY(CardDelegate::isDark(QApplication::palette()));
    // At once, on the page that is showing too: no restart.
    QTRY_VERIFY(CardDelegate::isDark(m_page->themeCombo()->palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));

    QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new search, not "DarkLight"
    QTest::keyClicks(m_page->themeCombo(), QStringLiteral("Light"));
    QCOMPARE(m_presenter->theme(), SettingsPresenter::Theme::Light);
    QVERIFY(!theme.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base), light.color(QPalette::Base));
    QCOMPARE(QApplication::palette().color(QPalette::Text), light.color(QPalette::Text));
}

void TestSettingsPage::theDarkPaletteKeepsTextAndCardColoursReadable() {
    const QPalette dark = ThemeController::darkPalette();
    const auto atLeast = [](const QColor &fg, const QColor &bg, double ratio, const char *what) {
        const double measured = ThemeController::contrastRatio(fg, bg);
        if (measured < ratio)
            qWarning("%s: %.2f:1", what, measured);
        return measured >= ratio;
    };
    QVERIFY(atLeast(dark.color(QPalette::Text), dark.color(QPalette::Base), 4.5, "text"));
    QVERIFY(atLeast(dark.color(QPalette::WindowText), dark.color(QPalette::Window), 4.5, "window text"));
    QVERIFY(atLeast(dark.color(QPalette::ButtonText), dark.color(QPalette::Button), 4.5, "button text"));
    QVERIFY(
        atLeast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight), 4.5, "selection"));
    QVERIFY(atLeast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base), 4.5, "muted on base"));
    QVERIFY(
        atLeast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Window), 4.5, "muted on window"));
    QVERIFY(atLeast(dark.color(QPalette::ToolTipText), dark.color(QPalette::ToolTipBase), 4.5, "tool tip"));
    QVERIFY(atLeast(dark.color(QPalette::Link), dark.color(QPalette::Base), 4.5, "link"));
    // The card's SLA colours are text too ("Refused", "Conflict" badges): on the card's fill.
    using Sla = hirex::models::StageCardsModel::SlaLevel;
    for (const Sla level : {Sla::Overdue, Sla::DueSoon, Sla::OnTrack}) {
        QVERIFY(
            atLeast(CardDelegate::slaColor(int(level), dark), dark.color(QPalette::Base), 4.5, "SLA, dark"));
        const QPalette light = QApplication::palette();
        QVERIFY(atLeast(CardDelegate::slaColor(int(level), light), light.color(QPalette::Base), 4.5,
                        "SLA, light"));
    }
    // The AI chip: the text colour on the chip's fill (the card mixed 35 % towards the highlight).
    const QColor base = dark.color(QPalette::Base);
    const QColor highlight = dark.color(QPalette::Highlight);
    const QColor chip = QColor::fromRgbF(base.redF() * 0.65 + highlight.redF() * 0.35,
                                         base.greenF() * 0.65 + highlight.greenF() * 0.35,
                                         base.blueF() * 0.65 + highlight.blueF() * 0.35);
    QVERIFY(atLeast(dark.color(QPalette::Text), chip, 4.5, "AI chip"));
}

void TestSettingsPage::aCaBundleThatIsNotPemIsRefusedWithAReason() {
    showPage();
    QString offered = dataFile("not-a-cert.pem");
    m_page->setFileChooser([&](QWidget *) { return offered; });
    QTest::mouseClick(m_page->chooseCaButton(), Qt::LeftButton);
    const QString refusal = m_page->networkMessageLabel()->text();
    QVERIFY2(refusal.startsWith(QLatin1String("This file was not used:")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("no PEM certificate")), qPrintable(refusal));
    QVERIFY(m_page->networkMessageLabel()->isVisible());
    QVERIFY(m_page->caFileField()->text().isEmpty());
    QVERIFY(m_presenter->caFile().isEmpty());
    QVERIFY(!m_page->removeCaButton()->isEnabled());

    offered = dataFile("test-ca.pem");
    QTest::mouseClick(m_page->chooseCaButton(), Qt::LeftButton);
    QCOMPARE(m_page->caFileField()->text(), offered);
    QCOMPARE(m_presenter->caFile(), offered);
    QVERIFY(m_page->removeCaButton()->isEnabled());
    QTest::mouseClick(m_page->removeCaButton(), Qt::LeftButton);
    QVERIFY(m_presenter->caFile().isEmpty());
}

void TestSettingsPage::thePinSetInTheDialogUnlocks() {
    hirex::store::MemorySecretStore secrets;
    hirex::store::UnlockPin pin(&secrets, QStringLiteral("p1"));
    pin.setCostsForTesting(1, 8192);
    m_presenter->setUnlockPin(&pin);
    showPage();
    QTRY_VERIFY(m_page->setPinButton()->isEnabled());
    QCOMPARE(m_page->pinStatusLabel()->text(), QStringLiteral("No PIN is set."));
    QVERIFY(!m_page->removePinButton()->isEnabled());

    QTest::mouseClick(m_page->setPinButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->pinDialog() && m_page->pinDialog()->isVisible());
    hirex::ui::PinDialog *dialog = m_page->pinDialog();
    QCOMPARE(dialog->pinField()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->pinField(), QStringLiteral("48a29x13")); // letters never get in
    QCOMPARE(dialog->pin(), QStringLiteral("482913"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), QStringLiteral("482914"));
    QCOMPARE(dialog->errorText(), QStringLiteral("The two PINs are not the same."));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->confirmationField()->clear();
    QTest::keyClicks(dialog->confirmationField(), QStringLiteral("482913"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->confirmationField(), Qt::Key_Return);
    QTRY_VERIFY(!m_page->pinDialog());
    QTRY_VERIFY_WITH_TIMEOUT(m_presenter->isPinSet() && !m_presenter->isPinBusy(), 30000);
    QCOMPARE(m_page->pinStatusLabel()->text(), QStringLiteral("A PIN is set."));
    QCOMPARE(m_page->setPinButton()->text(), QStringLiteral("Change &PIN…"));

    // Locked, offline: the locked page's presenter accepts that PIN over the same verifier.
    hirex::store::LockMarker marker;
    marker.lockedAtSecs = QDateTime::currentSecsSinceEpoch() - 1;
    marker.subject = QStringLiteral("usr_1");
    QVERIFY(marker.save(m_dir->path()));
    QNetworkAccessManager network;
    hirex::auth::PrintUrlLauncher launcher;
    hirex::auth::AuthorizationFlow flow(hirex::auth::AuthTransport::fromPolicy(&network, {}), &launcher);
    hirex::models::UnlockPresenter unlock(&flow, &pin, m_dir->path());
    unlock.reset();
    QTRY_VERIFY_WITH_TIMEOUT(unlock.isPinAvailable(), 10000);
    QSignalSpy proven(&unlock, &hirex::models::UnlockPresenter::proven);
    unlock.unlockWithPin(QStringLiteral("482910"));
    QTRY_VERIFY_WITH_TIMEOUT(!unlock.isBusy(), 30000);
    QVERIFY(proven.isEmpty());
    unlock.unlockWithPin(QStringLiteral("482913"));
    QTRY_VERIFY_WITH_TIMEOUT(!proven.isEmpty(), 30000);

    // Removed from the page: the locked page no longer offers it.
    QTest::mouseClick(m_page->removePinButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_presenter->isPinSet() && !m_presenter->isPinBusy(), 30000);
    unlock.reset();
    QTest::qWait(200);
    QVERIFY(!unlock.isPinAvailable());
}

void TestSettingsPage::theIdleLockIsChosenWithTheKeyboard() {
    QSignalSpy minutes(m_presenter.get(), &SettingsPresenter::idleLockMinutesChanged);
    showPage();
    QCOMPARE(m_page->idleLockCombo()->currentData().toInt(), 15);
    QTest::keyClick(m_page.get(), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->idleLockCombo());
    QTest::keyClick(m_page->idleLockCombo(), Qt::Key_Up);
    QCOMPARE(m_page->idleLockCombo()->currentData().toInt(), 10);
    QCOMPARE(minutes.count(), 1);
    QCOMPARE(minutes.at(0).at(0).toInt(), 10);
    QCOMPARE(m_settings->value(QStringLiteral("security/idleLockMinutes")).toInt(), 10);
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    QTest::keyClicks(m_page->idleLockCombo(), QStringLiteral("Off"));
    QCOMPARE(m_presenter->idleLockMinutes(), 0);
}

// The language helper installs a translator; Qt then sends LanguageChange and the page builds its
// texts again through tr(), keeping what is chosen.
void TestSettingsPage::aNewLanguageRebuildsThePageWithItsState() {
    m_presenter->setTheme(SettingsPresenter::Theme::Dark);
    m_presenter->setLanguage(QStringLiteral("de"));
    showPage();
    QComboBox *before = m_page->themeCombo();
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_page.get(), &change);
    QTRY_VERIFY(m_page->themeCombo() != before);
    QCOMPARE(m_page->themeCombo()->currentData().toInt(), int(SettingsPresenter::Theme::Dark));
    QCOMPARE(m_page->languageCombo()->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(m_page->idleLockCombo()->currentData().toInt(), 15);
    m_page->themeCombo()->setCurrentIndex(
        m_page->themeCombo()->findData(int(SettingsPresenter::Theme::Light)));
    QCOMPARE(m_presenter->theme(), SettingsPresenter::Theme::Light);
}

// --theme dark (the screenshots) shows on the page but leaves the stored choice alone.
void TestSettingsPage::aThemeOverrideIsNotStored() {
    m_presenter->setTheme(SettingsPresenter::Theme::Light);
    showPage();
    m_presenter->overrideTheme(SettingsPresenter::Theme::Dark);
    QCOMPARE(m_page->themeCombo()->currentData().toInt(), int(SettingsPresenter::Theme::Dark));
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
