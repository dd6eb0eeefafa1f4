#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// The compiled catalogues are embedded and reach the code's real tr() contexts, which carry the
// namespace (e.g. "hirex::ui::MainWindow") even though lupdate files them without it.
class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void turkishReachesNamespacedClasses();
    void germanReachesNamespacedClasses();
    void otherLanguagesFallBackToEnglish();
};

static QString translate(const char *context, const char *text) {
    return QCoreApplication::translate(context, text);
}

void TestTranslations::cleanup() {
    // Each test installs its own catalogue; drop them so tests do not see each other's.
    for (QObject *child : QCoreApplication::instance()->children()) {
        if (auto *translator = qobject_cast<QTranslator *>(child)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

void TestTranslations::turkishReachesNamespacedClasses() {
    QCOMPARE(
        QByteArray(hirex::i18n::installTranslators(QCoreApplication::instance(), QLocale(QLocale::Turkish))),
        QByteArray("tr"));
    QCOMPARE(translate("hirex::ui::MainWindow", "&File"), QStringLiteral("&Dosya"));
    const QString signIn = translate("hirex::ui::SignInPage", "Sign in to Hirex");
    QVERIFY(!signIn.isEmpty());
    QVERIFY2(signIn != QStringLiteral("Sign in to Hirex"), qPrintable(signIn));
}

void TestTranslations::germanReachesNamespacedClasses() {
    QCOMPARE(
        QByteArray(hirex::i18n::installTranslators(QCoreApplication::instance(), QLocale(QLocale::German))),
        QByteArray("de"));
    QCOMPARE(translate("hirex::ui::SignInPage", "Sign in to Hirex"), QStringLiteral("Bei Hirex anmelden"));
}

void TestTranslations::otherLanguagesFallBackToEnglish() {
    QCOMPARE(
        QByteArray(hirex::i18n::installTranslators(QCoreApplication::instance(), QLocale(QLocale::French))),
        QByteArray("en"));
    QCOMPARE(translate("hirex::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
