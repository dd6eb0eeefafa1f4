#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace hirex::models {
class SettingsPresenter;
}

namespace hirex::ui {

class PinDialog;

// The Settings section: a thin view over SettingsPresenter, one group box per section (Server,
// Network, Pinned pipelines, Idle lock, Appearance) with a form layout, labels with mnemonics
// and every change applied at once (GNOME's rule: no OK or Apply).
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(models::SettingsPresenter *presenter, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Test seam: what "Choose…" of the CA bundle returns instead of the file dialog.
    using FileChooser = std::function<QString(QWidget *parent)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    QLineEdit *serverField() const { return m_server; }
    QPushButton *switchServerButton() const { return m_switchServer; }
    QLabel *serverMessageLabel() const { return m_serverMessage; }
    QLineEdit *caFileField() const { return m_caFile; }
    QPushButton *chooseCaButton() const { return m_chooseCa; }
    QPushButton *removeCaButton() const { return m_removeCa; }
    QLineEdit *pinsField() const { return m_pins; }
    QComboBox *proxyCombo() const { return m_proxy; }
    QLineEdit *proxyHostField() const { return m_proxyHost; }
    QSpinBox *proxyPortField() const { return m_proxyPort; }
    QLabel *networkMessageLabel() const { return m_networkMessage; }
    QCheckBox *keepEverythingBox() const { return m_keepEverything; }
    QListView *pipelinesView() const { return m_pipelines; }
    QComboBox *idleLockCombo() const { return m_idleLock; }
    QPushButton *setPinButton() const { return m_setPin; }
    QPushButton *removePinButton() const { return m_removePin; }
    QLabel *pinStatusLabel() const { return m_pinStatus; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    // The PIN dialog while it is open (tests type into it).
    PinDialog *pinDialog() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildContent();
    QWidget *createServerGroup();
    QWidget *createNetworkGroup();
    QWidget *createPipelinesGroup();
    QWidget *createLockGroup();
    QWidget *createAppearanceGroup();
    void showNetwork();
    void showWorkingSet();
    void showPin();
    void showNetworkMessage(const QString &message, bool error);
    void chooseCaFile();
    void applyProxy();
    void openPinDialog();

    models::SettingsPresenter *m_presenter;
    FileChooser m_chooseFile;
    QScrollArea *m_scroll;
    bool m_rebuildPosted = false;
    QLineEdit *m_server = nullptr;
    QPushButton *m_switchServer = nullptr;
    QLabel *m_serverMessage = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_chooseCa = nullptr;
    QPushButton *m_removeCa = nullptr;
    QLineEdit *m_pins = nullptr;
    QComboBox *m_proxy = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLabel *m_networkMessage = nullptr;
    QCheckBox *m_keepEverything = nullptr;
    QListView *m_pipelines = nullptr;
    QLabel *m_workingSetMessage = nullptr;
    QComboBox *m_idleLock = nullptr;
    QLabel *m_pinStatus = nullptr;
    QPushButton *m_setPin = nullptr;
    QPushButton *m_removePin = nullptr;
    QLabel *m_pinMessage = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QPointer<PinDialog> m_pinDialog;
};

} // namespace hirex::ui
