#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace hirex::sync {

// Where a running sync stands, for progress bars and `hirexctl sync`. percent and etaSeconds
// are -1 while unknown (the feed's end is known once the live stream has announced it).
struct SyncProgress {
    qint64 items = 0; // feed entries applied in this run
    qint64 bytes = 0; // response bytes received in this run
    int percent = -1;
    int etaSeconds = -1;
    bool firstSync = false;
};

} // namespace hirex::sync

Q_DECLARE_METATYPE(hirex::sync::SyncProgress)
