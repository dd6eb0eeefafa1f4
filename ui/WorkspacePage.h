#pragma once

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace hirex::models {
class BoardPresenter;
}

namespace hirex::ui {

class BoardPage;

// The signed-in workspace: a sidebar of sections (Board, Candidates, My reviews, Admin,
// Settings) next to the page of the chosen one, with who is signed in above it. A section is
// listed once a page exists for it (setSectionPage); Admin only with admin permissions. Ctrl+1
// to Ctrl+5 open the sections in sidebar order. The board is the first section.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    enum class Section { Board, Candidates, Reviews, Admin, Settings };
    static constexpr int SectionCount = 5;

    WorkspacePage(models::BoardPresenter *board, QWidget *parent = nullptr);

    void setAccount(const QString &userName, const QString &tenantName, const QString &region,
                    bool federated);
    // A status line as it is (a message that arrived translated, such as a server's error).
    void setStatusText(const QString &text);
    // A status line of our own: `text` runs again on a language change, so it follows the switch.
    void setStatusText(std::function<QString()> text);
    // Runs the status line of our own again, when what it reports has changed.
    void refreshStatusText();

    BoardPage *boardPage() const { return m_boardPage; }
    QLabel *statusLabel() const { return m_statusLabel; }
    // Hosts `page` (owned from now on) as the section's page; it replaces an earlier one.
    void setSectionPage(Section section, QWidget *page);
    QWidget *sectionPage(Section section) const { return m_sectionPages.at(index(section)); }
    // From the /v1/me answer's permissions: whether Admin is listed.
    void setAdminAllowed(bool allowed);
    // False when the section is not listed (no page, or Admin without permission).
    bool showSection(Section section);
    Section currentSection() const;
    bool isSectionListed(Section section) const;
    static QString sectionTitle(Section section);

Q_SIGNALS:
    void currentSectionChanged(hirex::ui::WorkspacePage::Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The sidebar's titles and tooltips and the account line in the current language.
    void retranslateUi();
    void updateAccountText();
    static int index(Section s) { return static_cast<int>(s); }
    void updateSidebar();
    void showSidebarRow(int row);

    QLabel *m_accountLabel;
    QLabel *m_statusLabel;
    std::function<QString()> m_statusSource; // the current status line's words, or empty
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    BoardPage *m_boardPage;
    std::array<QWidget *, SectionCount> m_sectionPages{};
    bool m_adminAllowed = false;
    struct Account {
        QString userName, tenantName, region;
        bool federated = false;
    };
    std::optional<Account> m_account;
};

} // namespace hirex::ui
