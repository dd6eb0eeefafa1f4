#pragma once

#include "core/domain/Device.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace hirex::models {

// The Admin > Devices table: one row per registered device, the most recent activity first
// (last seen, else registered). Owns no network; AdminDevicesPresenter fills and updates it.
class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UserColumn, DeviceColumn, PlatformColumn, RegisteredColumn, LastSeenColumn, StatusColumn };
    static constexpr int ColumnCount = 6;
    enum Role { DeviceIdRole = Qt::UserRole + 1, SortRole };

    explicit DeviceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (sorted); `userNames` maps user ids to names where they are known.
    void setDevices(QList<domain::Device> devices);
    void setUserNames(QHash<QString, QString> userNames);
    // The device this app runs on, marked in its row.
    void setOwnDeviceId(const QString &id);
    // Replaces the row of `device.id` with the server's version; false when no row has it.
    bool updateDevice(const domain::Device &device);
    void clear();
    // The language changed: headers and labels are asked again.
    void retranslate();

    const domain::Device *deviceAt(int row) const;
    int rowOf(const QString &deviceId) const;
    QString userLabel(const domain::Device &device) const;
    bool isOwnDevice(const domain::Device &device) const;
    static QString platformLabel(const QString &platform);
    static QString statusLabel(const domain::Device &device);

private:
    QString displayText(const domain::Device &device, int column) const;

    QList<domain::Device> m_devices;
    QHash<QString, QString> m_userNames;
    QString m_ownDeviceId;
};

} // namespace hirex::models
