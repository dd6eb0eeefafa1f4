#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace hirex::models {
class SyncStatusPresenter;
}

namespace hirex::ui {

// The main window's status bar: connection, sync progress (a progress bar during a first
// sync), queued changes, the conflicts badge, the last sync and the service status, each a
// permanent widget (QStatusBar::addPermanentWidget), so opening a menu never wipes them as it
// wipes a temporary message. A thin view over models::SyncStatusPresenter.
//
// Each label's accessible name carries its subject and its text ("Connection: Offline") and its
// description the bare text: AT-SPI reports the accessible name instead of a label's text once
// a name is set, and a screen reader must hear the state, not only what the label is for.
class SyncStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit SyncStatusBar(models::SyncStatusPresenter *presenter, QWidget *parent = nullptr);

    // For tests and the accessibility check.
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *syncLabel() const { return m_sync; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *queuedLabel() const { return m_queued; }
    // The conflicts badge: a flat button (conflicts and refused changes) that opens the dialog.
    QToolButton *conflictsButton() const { return m_conflicts; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QLabel *serviceLabel() const { return m_service; }

Q_SIGNALS:
    // The user activated the conflicts badge.
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addLabel(const QString &objectName);
    // The labels' subjects and accessible names in the current language, then the texts again.
    void retranslateUi();
    void update();
    static void show(QLabel *label, const QString &text, bool force = false);

    QPointer<models::SyncStatusPresenter> m_presenter;
    QLabel *m_connection;
    QLabel *m_sync;
    QProgressBar *m_progress;
    QLabel *m_queued;
    QToolButton *m_conflicts;
    QLabel *m_lastSync;
    QLabel *m_service;
};

} // namespace hirex::ui
