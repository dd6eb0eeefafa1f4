#include "ui/SettingsPage.h"

#include "core/store/UnlockPin.h"
#include "models/SettingsPresenter.h"
#include "ui/PinDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hirex::ui {

using models::SettingsPresenter;

namespace {

QLabel *makeNote(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// An error is said in the text itself (not only by colour), and read out by screen readers as
// the label's text.
void setMessage(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsPage::SettingsPage(SettingsPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_chooseFile([](QWidget *p) {
        return QFileDialog::getOpenFileName(p, tr("Choose the extra CA bundle"), QString(),
                                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    })
    , m_scroll(new QScrollArea(this)) {
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    buildContent();

    connect(m_presenter, &SettingsPresenter::serverMessageChanged, this, [this] {
        m_server->setText(m_presenter->server().toDisplayString());
        setMessage(m_serverMessage, m_presenter->serverMessage());
    });
    connect(m_presenter, &SettingsPresenter::networkChanged, this, &SettingsPage::showNetwork);
    connect(m_presenter, &SettingsPresenter::proxyChanged, this, &SettingsPage::showNetwork);
    connect(m_presenter, &SettingsPresenter::workingSetChanged, this, &SettingsPage::showWorkingSet);
    connect(m_presenter, &SettingsPresenter::pinChanged, this, &SettingsPage::showPin);
    connect(m_presenter, &SettingsPresenter::themeChanged, this, [this] {
        const QSignalBlocker blocker(m_theme);
        m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(m_presenter->theme())));
    });
    connect(m_presenter, &SettingsPresenter::idleLockMinutesChanged, this, [this](int minutes) {
        const int index = m_idleLock->findData(minutes);
        if (index >= 0)
            m_idleLock->setCurrentIndex(index);
    });
}

SettingsPage::~SettingsPage() {
    // ~QWidget hides the page, and the focus leaving a line edit then emits editingFinished into
    // slots of a SettingsPage that is already gone (UBSan saw it). A real close hides the window
    // first, while the page is whole, so an edit in progress is still applied then.
    for (QWidget *child : findChildren<QWidget *>())
        child->disconnect(this);
}

// The page is built from the presenter's state, so a new language is a rebuild in it: every
// text goes through tr() again. Deferred: LanguageChange is still being sent to the children.
void SettingsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && !m_rebuildPosted) {
        m_rebuildPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildPosted = false;
                buildContent();
            },
            Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void SettingsPage::buildContent() {
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(18, 18, 18, 18);
    column->setSpacing(14);
    auto *heading = new QLabel(tr("Settings"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    column->addWidget(heading);
    column->addWidget(createServerGroup());
    column->addWidget(createNetworkGroup());
    column->addWidget(createPipelinesGroup());
    column->addWidget(createLockGroup());
    column->addWidget(createAppearanceGroup());
    column->addStretch(1);
    content->setMaximumWidth(760);

    m_scroll->setWidget(content); // deletes the content of an earlier language
    showNetwork();
    showWorkingSet();
    showPin();
}

QWidget *SettingsPage::createServerGroup() {
    auto *group = new QGroupBox(tr("Server"));
    auto *form = new QFormLayout(group);
    m_server = new QLineEdit(group);
    m_server->setText(m_presenter->server().toDisplayString());
    m_server->setPlaceholderText(QStringLiteral("https://hirex.example.com"));
    m_switchServer = new QPushButton(tr("S&witch"), group);
    m_switchServer->setToolTip(tr("Use another Hirex server. This server's data and sign-in stay on this "
                                  "computer for when you switch back."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_server, 1);
    row->addWidget(m_switchServer);
    auto *label = new QLabel(tr("Ser&ver address:"), group);
    label->setBuddy(m_server);
    form->addRow(label, row);
    m_serverMessage = makeNote(group);
    setMessage(m_serverMessage, m_presenter->serverMessage());
    form->addRow(m_serverMessage);
    const auto request = [this] {
        const UserMessage error = m_presenter->requestServer(m_server->text());
        if (error.isError())
            m_presenter->setServerMessage(error.message);
    };
    connect(m_switchServer, &QPushButton::clicked, this, request);
    connect(m_server, &QLineEdit::returnPressed, this, request);
    return group;
}

QWidget *SettingsPage::createNetworkGroup() {
    auto *group = new QGroupBox(tr("Network"));
    auto *form = new QFormLayout(group);

    m_caFile = new QLineEdit(group);
    m_caFile->setReadOnly(true);
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    m_chooseCa = new QPushButton(tr("&Choose…"), group);
    m_removeCa = new QPushButton(tr("Re&move"), group);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCa);
    caRow->addWidget(m_removeCa);
    auto *caLabel = new QLabel(tr("Extra CA &bundle:"), group);
    caLabel->setBuddy(m_chooseCa);
    m_caFile->setAccessibleName(tr("Extra CA bundle"));
    form->addRow(caLabel, caRow);
    connect(m_chooseCa, &QPushButton::clicked, this, &SettingsPage::chooseCaFile);
    connect(m_removeCa, &QPushButton::clicked, this, [this] {
        const UserMessage error = m_presenter->setCaFile({});
        showNetworkMessage(error.message, error.isError());
    });

    m_pins = new QLineEdit(group);
    m_pins->setPlaceholderText(tr("None: any certificate the CAs trust"));
    m_pins->setToolTip(tr("Base64 SHA-256 of a server key (SubjectPublicKeyInfo); several separated by "
                          "spaces or commas."));
    auto *pinsLabel = new QLabel(tr("SPKI p&ins:"), group);
    pinsLabel->setBuddy(m_pins);
    form->addRow(pinsLabel, m_pins);
    connect(m_pins, &QLineEdit::editingFinished, this, [this] {
        if (m_pins->text() == m_presenter->spkiPins().join(QStringLiteral(", ")))
            return;
        const UserMessage error = m_presenter->setSpkiPins(m_pins->text());
        showNetworkMessage(error.message, error.isError());
    });

    m_proxy = new QComboBox(group);
    m_proxy->addItem(tr("System (default)"), static_cast<int>(SettingsPresenter::ProxyMode::System));
    m_proxy->addItem(tr("None"), static_cast<int>(SettingsPresenter::ProxyMode::None));
    m_proxy->addItem(tr("Manual"), static_cast<int>(SettingsPresenter::ProxyMode::Manual));
    auto *proxyLabel = new QLabel(tr("Pro&xy:"), group);
    proxyLabel->setBuddy(m_proxy);
    form->addRow(proxyLabel, m_proxy);
    m_proxyHost = new QLineEdit(group);
    m_proxyHost->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_proxyPort = new QSpinBox(group);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(3128);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_proxyHost, 1);
    auto *portLabel = new QLabel(tr("Po&rt:"), group);
    portLabel->setBuddy(m_proxyPort);
    manualRow->addWidget(portLabel);
    manualRow->addWidget(m_proxyPort);
    auto *hostLabel = new QLabel(tr("H&ost:"), group);
    hostLabel->setBuddy(m_proxyHost);
    form->addRow(hostLabel, manualRow);
    connect(m_proxy, &QComboBox::activated, this, &SettingsPage::applyProxy);
    connect(m_proxyHost, &QLineEdit::editingFinished, this, &SettingsPage::applyProxy);
    connect(m_proxyPort, &QSpinBox::editingFinished, this, &SettingsPage::applyProxy);

    m_networkMessage = new QLabel(group);
    m_networkMessage->setWordWrap(true);
    m_networkMessage->setTextFormat(Qt::PlainText);
    form->addRow(m_networkMessage);
    auto *note = makeNote(group);
    note->setText(tr("The CA bundle and the pins apply the next time Hirex starts; the proxy applies to "
                     "new connections at once. Certificate errors are never ignored."));
    form->addRow(note);
    setMessage(m_networkMessage, {});
    return group;
}

QWidget *SettingsPage::createPipelinesGroup() {
    auto *group = new QGroupBox(tr("Pinned pipelines"));
    auto *layout = new QVBoxLayout(group);
    auto *intro = makeNote(group);
    intro->setText(tr("Pinned pipelines are kept on this computer for working offline."));
    layout->addWidget(intro);
    m_keepEverything = new QCheckBox(tr("&Keep every pipeline on this computer"), group);
    layout->addWidget(m_keepEverything);
    m_pipelines = new QListView(group);
    m_pipelines->setModel(m_presenter->pipelines());
    m_pipelines->setAccessibleName(tr("Pinned pipelines"));
    m_pipelines->setMinimumHeight(120);
    m_pipelines->setMaximumHeight(220);
    m_pipelines->setUniformItemSizes(true);
    layout->addWidget(m_pipelines);
    m_workingSetMessage = makeNote(group);
    layout->addWidget(m_workingSetMessage);
    connect(m_keepEverything, &QCheckBox::clicked, m_presenter, &SettingsPresenter::setKeepEverything);
    return group;
}

QWidget *SettingsPage::createLockGroup() {
    auto *group = new QGroupBox(tr("Idle lock"));
    auto *form = new QFormLayout(group);
    m_idleLock = new QComboBox(group);
    for (int minutes : SettingsPresenter::idleLockChoices())
        m_idleLock->addItem(minutes == 0 ? tr("Off") : tr("After %n minute(s)", nullptr, minutes), minutes);
    int index = m_idleLock->findData(m_presenter->idleLockMinutes());
    if (index < 0) { // a value from the command line or an older version
        m_idleLock->addItem(tr("After %n minute(s)", nullptr, m_presenter->idleLockMinutes()),
                            m_presenter->idleLockMinutes());
        index = m_idleLock->count() - 1;
    }
    m_idleLock->setCurrentIndex(index);
    auto *lockLabel = new QLabel(tr("&Lock:"), group);
    lockLabel->setBuddy(m_idleLock);
    form->addRow(lockLabel, m_idleLock);
    connect(m_idleLock, &QComboBox::activated, this,
            [this](int row) { m_presenter->setIdleLockMinutes(m_idleLock->itemData(row).toInt()); });

    m_pinStatus = new QLabel(group);
    m_pinStatus->setWordWrap(true);
    m_pinStatus->setTextFormat(Qt::PlainText);
    m_setPin = new QPushButton(group);
    m_removePin = new QPushButton(tr("R&emove PIN"), group);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinStatus, 1);
    pinRow->addWidget(m_setPin);
    pinRow->addWidget(m_removePin);
    auto *pinLabel = new QLabel(tr("Unlock PIN:"), group);
    form->addRow(pinLabel, pinRow);
    m_pinMessage = makeNote(group);
    form->addRow(m_pinMessage);
    connect(m_setPin, &QPushButton::clicked, this, &SettingsPage::openPinDialog);
    connect(m_removePin, &QPushButton::clicked, m_presenter, &SettingsPresenter::removePin);
    return group;
}

QWidget *SettingsPage::createAppearanceGroup() {
    auto *group = new QGroupBox(tr("Appearance"));
    auto *form = new QFormLayout(group);
    m_theme = new QComboBox(group);
    m_theme->addItem(tr("System"), static_cast<int>(SettingsPresenter::Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(SettingsPresenter::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(SettingsPresenter::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(m_presenter->theme())));
    auto *themeLabel = new QLabel(tr("&Theme:"), group);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            m_presenter->setTheme(static_cast<SettingsPresenter::Theme>(m_theme->itemData(row).toInt()));
    });

    m_language = new QComboBox(group);
    // Each language in its own words, so it can be found whatever the current one is.
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Türkçe"), QStringLiteral("tr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_presenter->language())));
    auto *languageLabel = new QLabel(tr("Lan&guage:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            m_presenter->setLanguage(m_language->itemData(row).toString());
    });
    return group;
}

void SettingsPage::showNetwork() {
    if (!m_presenter->networkProblem().isEmpty())
        showNetworkMessage(m_presenter->networkProblem(), true);
    m_caFile->setText(m_presenter->caFile());
    m_removeCa->setEnabled(!m_presenter->caFile().isEmpty());
    if (!m_pins->hasFocus())
        m_pins->setText(m_presenter->spkiPins().join(QStringLiteral(", ")));
    const auto mode = m_presenter->proxyMode();
    m_proxy->setCurrentIndex(m_proxy->findData(static_cast<int>(mode)));
    const bool manual =
        mode == SettingsPresenter::ProxyMode::Manual ||
        m_proxy->currentData().toInt() == static_cast<int>(SettingsPresenter::ProxyMode::Manual);
    if (mode == SettingsPresenter::ProxyMode::Manual) {
        m_proxyHost->setText(m_presenter->proxyHost());
        m_proxyPort->setValue(m_presenter->proxyPort());
    }
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsPage::showNetworkMessage(const QString &message, bool error) {
    setMessage(m_networkMessage, message.isEmpty() && !error ? tr("Saved.") : message);
    m_networkMessage->setForegroundRole(error ? QPalette::Text : QPalette::PlaceholderText);
}

void SettingsPage::chooseCaFile() {
    const QString path = m_chooseFile(this);
    if (path.isEmpty())
        return; // cancelled
    const UserMessage error = m_presenter->setCaFile(path);
    showNetworkMessage(error.isError() ? tr("This file was not used: %1").arg(error.message) : QString(),
                       error.isError());
}

void SettingsPage::applyProxy() {
    const auto mode = static_cast<SettingsPresenter::ProxyMode>(m_proxy->currentData().toInt());
    const bool manual = mode == SettingsPresenter::ProxyMode::Manual;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    if (manual && m_proxyHost->text().trimmed().isEmpty()) {
        m_proxyHost->setFocus(); // a manual proxy needs its host before it can be used
        return;
    }
    if (mode == m_presenter->proxyMode() &&
        (!manual || (m_proxyHost->text().trimmed() == m_presenter->proxyHost() &&
                     m_proxyPort->value() == m_presenter->proxyPort())))
        return;
    const UserMessage error = m_presenter->setProxy(mode, m_proxyHost->text(), m_proxyPort->value());
    showNetworkMessage(error.message, error.isError());
}

void SettingsPage::showWorkingSet() {
    const bool open = m_presenter->hasWorkingSet();
    m_keepEverything->setChecked(m_presenter->keepsEverything());
    m_keepEverything->setEnabled(open);
    m_pipelines->setEnabled(open);
    QString message = m_presenter->workingSetMessage();
    if (!open && message.isEmpty())
        message = tr("The pipelines are listed once the local copy is open.");
    else if (open && m_presenter->pipelines()->rowCount() == 0 && message.isEmpty())
        message = tr("No pipelines have been synced yet.");
    setMessage(m_workingSetMessage, message);
}

void SettingsPage::showPin() {
    const bool available = m_presenter->isPinAvailable();
    const bool set = m_presenter->isPinSet();
    const bool busy = m_presenter->isPinBusy();
    if (!available)
        m_pinStatus->setText(tr("This profile unlocks with its passphrase."));
    else
        m_pinStatus->setText(set ? tr("A PIN is set.") : tr("No PIN is set."));
    m_setPin->setText(set ? tr("Change &PIN…") : tr("Set &PIN…"));
    m_setPin->setVisible(available);
    m_removePin->setVisible(available);
    m_setPin->setEnabled(!busy);
    m_removePin->setEnabled(set && !busy);
    setMessage(m_pinMessage, m_presenter->pinMessage());
}

PinDialog *SettingsPage::pinDialog() const {
    return m_pinDialog;
}

void SettingsPage::openPinDialog() {
    if (m_pinDialog)
        return;
    m_pinDialog = new PinDialog(m_presenter->isPinSet(), store::UnlockPin::MinimumLength,
                                SettingsPresenter::MaximumPinLength, this);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &QDialog::accepted, this, [this] {
        m_presenter->setPin(m_pinDialog->pin(), m_pinDialog->confirmation());
        m_pinDialog->wipe();
    });
    connect(m_pinDialog, &QDialog::rejected, m_pinDialog, &PinDialog::wipe);
    m_pinDialog->open(); // window-modal, without a nested event loop
}

} // namespace hirex::ui
