#include "sandbox/DemoCorpus.h"

namespace hirex::sandbox {

namespace {
QStringList list(std::initializer_list<const char16_t *> items) {
    QStringList out;
    for (const char16_t *s : items)
        out.append(QString::fromUtf16(s));
    return out;
}
} // namespace

const QStringList &DemoCorpus::firstNames(Lang lang) {
    static const QStringList en =
        list({u"Emma",   u"Oliver",    u"Ava",     u"James",  u"Sophia", u"Liam",    u"Mia",
              u"Noah",   u"Charlotte", u"Ethan",   u"Amelia", u"Lucas",  u"Harper",  u"Mason",
              u"Evelyn", u"Logan",     u"Abigail", u"Elijah", u"Grace",  u"Benjamin"});
    static const QStringList tr =
        list({u"Ayşe",   u"Çağla",  u"Gökhan", u"İlkay", u"Şule", u"Ömer",  u"Ümit",
              u"Emre",   u"Zeynep", u"Barış",  u"Özge",  u"Işıl", u"Doğan", u"Gülşen",
              u"İsmail", u"Büşra",  u"Çağrı",  u"Ahmet", u"Elif", u"Oğuz"});
    static const QStringList de =
        list({u"Jürgen",     u"Jörg",    u"Björn",  u"Käthe",  u"Lukas", u"Anna",    u"Lena",
              u"Maximilian", u"Sören",   u"Jana",   u"Felix",  u"Özlem", u"Günther", u"Lea",
              u"Jonas",      u"Mareike", u"Tobias", u"Hannah", u"Götz",  u"Ines"});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::lastNames(Lang lang) {
    static const QStringList en =
        list({u"Smith", u"Johnson",   u"Williams", u"Brown",   u"Jones",    u"Garcia", u"Miller",
              u"Davis", u"Rodriguez", u"Martinez", u"Wilson",  u"Anderson", u"Taylor", u"Thomas",
              u"Moore", u"Jackson",   u"Lee",      u"O'Brien", u"Nguyen",   u"Patel"});
    static const QStringList tr =
        list({u"Yılmaz",  u"Şahin", u"Çelik",   u"Öztürk", u"Doğan",  u"Kılıç", u"Aydın",
              u"Güneş",   u"Koç",   u"Erdoğan", u"Arslan", u"Kaya",   u"Demir", u"Yıldız",
              u"Özdemir", u"Aksoy", u"Çetin",   u"Kurt",   u"Şimşek", u"Ünal"});
    static const QStringList de =
        list({u"Müller",  u"Schröder",   u"Groß",     u"Weiß",    u"Köhler", u"Bäcker", u"Fußmann",
              u"Schäfer", u"Krüger",     u"Hoffmann", u"Schmitz", u"Wagner", u"Becker", u"Möller",
              u"Jäger",   u"Zimmermann", u"Braun",    u"Strauß",  u"Lübke",  u"Vogel"});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::cities(Lang lang) {
    static const QStringList en = list({u"New York, US", u"Austin, US", u"San Francisco, US", u"Chicago, US",
                                        u"Seattle, US", u"Boston, US"});
    static const QStringList tr = list(
        {u"İstanbul, TR", u"Ankara, TR", u"İzmir, TR", u"Eskişehir, TR", u"Muğla, TR", u"Çanakkale, TR"});
    static const QStringList de = list({u"Berlin, DE", u"München, DE", u"Köln, DE", u"Hamburg, DE",
                                        u"Düsseldorf, DE", u"Wien, AT", u"Zürich, CH", u"Amsterdam, NL"});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::skills() {
    static const QStringList s = list({u"C++",
                                       u"Qt",
                                       u"QML",
                                       u"Python",
                                       u"Go",
                                       u"Rust",
                                       u"TypeScript",
                                       u"React",
                                       u"SQL",
                                       u"PostgreSQL",
                                       u"Kubernetes",
                                       u"AWS",
                                       u"Figma",
                                       u"UX research",
                                       u"Product discovery",
                                       u"Negotiation",
                                       u"Salesforce",
                                       u"Account management",
                                       u"Financial modelling",
                                       u"SAP",
                                       u"Employer branding",
                                       u"Recruiting",
                                       u"Data analysis",
                                       u"Machine learning",
                                       u"Technical writing",
                                       u"Linux",
                                       u"Embedded",
                                       u"Security",
                                       u"Accessibility",
                                       u"Localization"});
    return s;
}

const QStringList &DemoCorpus::tags() {
    static const QStringList s =
        list({u"referral", u"silver-medalist", u"relocation", u"remote", u"senior", u"junior", u"visa-needed",
              u"part-time", u"talent-pool", u"returner", u"öncelikli", u"Berufserfahrung"});
    return s;
}

const QStringList &DemoCorpus::sources() {
    static const QStringList s = list({u"linkedin", u"referral", u"careers_site", u"kariyer.net",
                                       u"stepstone", u"indeed", u"agency", u"event", u"xing", u"sourcing"});
    return s;
}

const QStringList &DemoCorpus::companies(Lang lang) {
    static const QStringList en =
        list({u"Northwind Labs", u"Contoso Ltd", u"Initech", u"Globex", u"Acme Corp"});
    static const QStringList tr = list({u"Anadolu Yazılım A.Ş.", u"Boğaziçi Teknoloji", u"Ege Dijital",
                                        u"Kapadokya Bilişim", u"Marmara Veri"});
    static const QStringList de = list({u"Müller & Söhne GmbH", u"Nordlicht Software AG",
                                        u"Rheinwerk Digital", u"Bäckerei Groß KG", u"Alpenblick Systems"});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::universities(Lang lang) {
    static const QStringList en =
        list({u"University of Texas", u"MIT", u"University of Michigan", u"UC Berkeley"});
    static const QStringList tr = list({u"Boğaziçi Üniversitesi", u"Orta Doğu Teknik Üniversitesi",
                                        u"İstanbul Teknik Üniversitesi", u"Ege Üniversitesi"});
    static const QStringList de =
        list({u"TU München", u"Humboldt-Universität zu Berlin", u"Universität zu Köln", u"RWTH Aachen"});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::noteBodies(Lang lang) {
    static const QStringList en = list({u"Strong communicator; follow up about notice period.",
                                        u"Asked about remote work and relocation support.",
                                        u"Great portfolio. Schedule the technical interview next week."});
    static const QStringList tr = list({u"İletişimi çok güçlü; ihbar süresini soralım.",
                                        u"Uzaktan çalışma ve taşınma desteği hakkında soru sordu.",
                                        u"Teknik mülakatı gelecek hafta planlayalım. Çok iyi bir aday."});
    static const QStringList de = list({u"Überzeugende Präsentation; Kündigungsfrist klären.",
                                        u"Fragt nach Homeoffice und Umzugsunterstützung.",
                                        u"Sehr gute Arbeitsproben. Fachgespräch nächste Woche einplanen."});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::transcriptLines(Lang lang) {
    static const QStringList en =
        list({u"Thanks for joining us today. Could you walk us through your last project?",
              u"Sure. I led the migration of our desktop client to Qt 6.",
              u"What was the hardest trade-off you had to make?",
              u"Balancing offline support with data protection requirements.", u"How did you test it?",
              u"Mostly integration tests against a local server, plus fuzzing."});
    static const QStringList tr =
        list({u"Bugün katıldığınız için teşekkürler. Son projenizi anlatır mısınız?",
              u"Tabii. Masaüstü istemcimizin Qt 6'ya geçişini yönettim.",
              u"Karşılaştığınız en zor ödünleşim neydi?",
              u"Çevrimdışı çalışmayı KVKK gereklilikleriyle dengelemek.", u"Nasıl test ettiniz?",
              u"Çoğunlukla yerel bir sunucuya karşı entegrasyon testleriyle."});
    static const QStringList de =
        list({u"Danke, dass Sie heute da sind. Erzählen Sie uns von Ihrem letzten Projekt?",
              u"Gern. Ich habe die Migration unseres Desktop-Clients auf Qt 6 geleitet.",
              u"Was war der schwierigste Kompromiss?",
              u"Offline-Fähigkeit und Datenschutz (DSGVO) unter einen Hut zu bringen.",
              u"Wie haben Sie das getestet?",
              u"Überwiegend Integrationstests gegen einen lokalen Server, dazu Fuzzing."});
    return lang == Lang::Tr ? tr : (lang == Lang::De ? de : en);
}

const QStringList &DemoCorpus::strengths() {
    static const QStringList s =
        list({u"Clear, structured communication", u"Deep Qt and C++ experience", u"Owns outcomes end to end",
              u"Strong stakeholder management", u"Mentors junior colleagues"});
    return s;
}

const QStringList &DemoCorpus::concerns() {
    static const QStringList s =
        list({u"Limited experience with large teams", u"Notice period of three months",
              u"Little exposure to regulated industries", u"Salary expectations above band"});
    return s;
}

QString DemoCorpus::emailPart(const QString &text) {
    QString out;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ç':
            out += QLatin1Char('c');
            break;
        case u'ğ':
            out += QLatin1Char('g');
            break;
        case u'ı':
            out += QLatin1Char('i');
            break;
        case u'i':
            out += QLatin1Char('i');
            break;
        case u'ö':
            out += QStringLiteral("o");
            break;
        case u'ş':
            out += QLatin1Char('s');
            break;
        case u'ü':
            out += QStringLiteral("u");
            break;
        case u'ä':
            out += QStringLiteral("ae");
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case 0x307:
            break; // combining dot from lower-casing İ
        default:
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out += c;
        }
    }
    return out;
}

QString DemoCorpus::phonePrefix(Lang lang) {
    return lang == Lang::Tr ? QStringLiteral("+90 5")
                            : (lang == Lang::De ? QStringLiteral("+49 15") : QStringLiteral("+1 512 "));
}

QString DemoCorpus::code(Lang lang) {
    return lang == Lang::Tr ? QStringLiteral("tr")
                            : (lang == Lang::De ? QStringLiteral("de") : QStringLiteral("en"));
}

} // namespace hirex::sandbox
