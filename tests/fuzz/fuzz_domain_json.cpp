// libFuzzer target: every domain JSON decoder. The first byte picks the decoder (index into
// hirex::test::decoderTable()), the rest is the JSON document. Decoders must never crash, and
// whatever they accept must decode again to the same verdict (no hidden state).
#include "core/domain/JsonReader.h"
#include "tests/support/DecoderTable.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    static const QList<hirex::test::DecoderEntry> table = hirex::test::decoderTable();
    const auto &entry = table.at(qsizetype(data[0] % table.size()));
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    hirex::domain::DecodeError error;
    const auto object = hirex::domain::JsonReader::parseObject(json, &error);
    if (!object)
        return 0;
    hirex::domain::DecodeError first;
    const bool ok = entry.decode(*object, &first);
    hirex::domain::DecodeError second;
    if (entry.decode(*object, &second) != ok || first.toString() != second.toString())
        std::abort();
    if (!ok && first.message.isEmpty())
        std::abort(); // a refusal always says why
    return 0;
}
