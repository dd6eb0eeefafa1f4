#!/usr/bin/env python3
"""(Re)writes the seed corpus of the fuzz targets from the contract examples.

usage: tests/fuzz/make-corpus.py   (from the repository root)
fuzz_domain_json inputs are <decoder index byte><JSON>, the index being the position of the
schema in tests/support/DecoderTable.h.
"""
import hashlib
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")


def write(target, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    table = re.findall(r'decoderFor<.+?>\("(\w+)"\)',
                       open(os.path.join(ROOT, "tests", "support", "DecoderTable.h")).read())
    examples = json.load(open(os.path.join(ROOT, "tests", "domain", "data", "contract-examples.json")))
    for index, schema in enumerate(table):
        for example in examples.get(schema, []):
            write("domain_json", bytes([index]) + json.dumps(example, ensure_ascii=False).encode("utf-8"))
    for example in examples.get("Problem", []):
        write("problem_json", bytes([22]) + json.dumps(example).encode("utf-8"))
    for body in [b'{}', b'{"status":"403"}', b'{"code":"precondition_failed","current_version":7}',
                 b'{"type":"https://errors.hirex.example/not_found","title":"Not found","status":404}',
                 b'{"errors":[{"field":"stage_id","message":"unknown"}]}', b'[]', b'{"status":1e400}']:
        write("problem_json", bytes([3]) + body)
    for stream in [b"event: changes\ndata: {\"cursor\":\"4812\"}\n\n", b": keepalive\r\n\r\n",
                   b"id: 7\rdata: a\rdata: b\r\r", b"\xef\xbb\xbfdata: x\n\n", b"retry: 2500\ndata\n\n",
                   b"data: " + b"y" * 5000 + b"\n\n"]:
        write("sse", b"\x03\x07" + stream)
    print("corpus written to", CORPUS, "(%d domain decoders)" % len(table))


if __name__ == "__main__":
    main()
