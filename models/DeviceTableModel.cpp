#include "models/DeviceTableModel.h"

#include <QLocale>

#include <algorithm>

namespace hirex::models {

namespace {

QDateTime lastActivity(const domain::Device &d) {
    return d.lastSeenAt.value_or(d.registeredAt);
}

QString shortDateTime(const QDateTime &t) {
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int DeviceTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::platformLabel(const QString &platform) {
    if (platform == u"linux")
        return tr("Linux");
    if (platform == u"windows")
        return tr("Windows");
    if (platform == u"macos")
        return tr("macOS");
    return platform;
}

QString DeviceTableModel::statusLabel(const domain::Device &device) {
    if (device.status == u"revoked")
        return device.wipeRequested ? tr("Revoked, wipe requested") : tr("Revoked");
    return tr("Active");
}

QString DeviceTableModel::userLabel(const domain::Device &device) const {
    const QString name = m_userNames.value(device.userId);
    return name.isEmpty() ? device.userId : name;
}

bool DeviceTableModel::isOwnDevice(const domain::Device &device) const {
    return !m_ownDeviceId.isEmpty() && device.id == m_ownDeviceId;
}

QString DeviceTableModel::displayText(const domain::Device &d, int column) const {
    switch (column) {
    case UserColumn:
        return userLabel(d);
    case DeviceColumn:
        return isOwnDevice(d) ? tr("%1 (this computer)").arg(d.name) : d.name;
    case PlatformColumn:
        return tr("%1, Hirex %2").arg(platformLabel(d.platform), d.appVersion);
    case RegisteredColumn:
        return shortDateTime(d.registeredAt);
    case LastSeenColumn:
        return d.lastSeenAt ? shortDateTime(*d.lastSeenAt) : tr("Never");
    case StatusColumn:
        return statusLabel(d);
    default:
        return {};
    }
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const domain::Device &d = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return displayText(d, index.column());
    case DeviceIdRole:
        return d.id;
    case SortRole:
        switch (index.column()) {
        case RegisteredColumn:
            return d.registeredAt;
        case LastSeenColumn:
            return lastActivity(d);
        default:
            return displayText(d, index.column());
        }
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case DeviceColumn:
        return tr("Device");
    case PlatformColumn:
        return tr("Platform");
    case RegisteredColumn:
        return tr("Registered");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void DeviceTableModel::setDevices(QList<domain::Device> devices) {
    std::stable_sort(devices.begin(), devices.end(), [](const domain::Device &a, const domain::Device &b) {
        return lastActivity(a) > lastActivity(b);
    });
    beginResetModel();
    m_devices = std::move(devices);
    endResetModel();
}

void DeviceTableModel::setUserNames(QHash<QString, QString> userNames) {
    m_userNames = std::move(userNames);
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, UserColumn), index(int(m_devices.size()) - 1, UserColumn));
}

void DeviceTableModel::setOwnDeviceId(const QString &id) {
    if (m_ownDeviceId == id)
        return;
    m_ownDeviceId = id;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, DeviceColumn), index(int(m_devices.size()) - 1, DeviceColumn));
}

bool DeviceTableModel::updateDevice(const domain::Device &device) {
    const int row = rowOf(device.id);
    if (row < 0)
        return false;
    m_devices[row] = device;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void DeviceTableModel::clear() {
    beginResetModel();
    m_devices.clear();
    m_userNames.clear();
    endResetModel();
}

void DeviceTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_devices.size()) - 1, ColumnCount - 1));
}

const domain::Device *DeviceTableModel::deviceAt(int row) const {
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int DeviceTableModel::rowOf(const QString &deviceId) const {
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).id == deviceId)
            return i;
    }
    return -1;
}

} // namespace hirex::models
