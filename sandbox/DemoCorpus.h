#pragma once

#include <QString>
#include <QStringList>

namespace hirex::sandbox {

// Name and text material for the demo tenant in English, Turkish and German (with diacritics).
class DemoCorpus {
public:
    enum class Lang { En, Tr, De };

    static const QStringList &firstNames(Lang lang);
    static const QStringList &lastNames(Lang lang);
    static const QStringList &cities(Lang lang);
    static const QStringList &skills();
    static const QStringList &tags();
    static const QStringList &sources();
    static const QStringList &companies(Lang lang);
    static const QStringList &universities(Lang lang);
    static const QStringList &noteBodies(Lang lang);
    static const QStringList &transcriptLines(Lang lang);
    static const QStringList &strengths();
    static const QStringList &concerns();
    // ASCII-folds a name for an email local part (ç->c, ğ->g, ı->i, ö->o, ş->s, ü->u, ä->ae, ß->ss).
    static QString emailPart(const QString &text);
    static QString phonePrefix(Lang lang);
    static QString code(Lang lang); // "en" | "tr" | "de"
};

} // namespace hirex::sandbox
