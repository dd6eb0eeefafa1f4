// libFuzzer target: the incremental text/event-stream parser. The input is fed twice, whole
// and in chunks whose sizes come from the first bytes; both ways must give the same events
// (chunk boundaries must not matter) and no event may exceed the size limit.
#include "core/api/SseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
bool sameEvents(const QList<hirex::api::SseEvent> &a, const QList<hirex::api::SseEvent> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).type != b.at(i).type || a.at(i).data != b.at(i).data ||
            a.at(i).lastEventId != b.at(i).lastEventId)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    constexpr qsizetype kLimit = 4096;
    const int chunkA = 1 + data[0] % 17;
    const int chunkB = 1 + data[1] % 251;
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    hirex::api::SseParser whole(kLimit);
    const QList<hirex::api::SseEvent> expected = whole.feed(stream);

    hirex::api::SseParser chunked(kLimit);
    QList<hirex::api::SseEvent> events;
    qsizetype pos = 0;
    bool flip = false;
    while (pos < stream.size()) {
        const qsizetype n = flip ? chunkB : chunkA;
        events += chunked.feed(stream.mid(pos, n));
        pos += n;
        flip = !flip;
    }
    if (whole.failed() != chunked.failed())
        std::abort();
    if (!whole.failed() && !sameEvents(expected, events))
        std::abort();
    // UTF-8 decoding never yields more UTF-16 units than bytes (an invalid byte becomes one
    // U+FFFD), so the byte limit bounds the decoded size too.
    for (const auto &e : expected) {
        if (e.data.size() > kLimit)
            std::abort();
    }
    return 0;
}
