#!/usr/bin/env python3
"""Extracts the examples of the contract's schemas (api/openapi.yaml) into one JSON file that
tst_domaindecoding decodes with the client's domain types.

usage: extract-examples.py <openapi.yaml> <out.json>        writes the file
       extract-examples.py <openapi.yaml> <out.json> --check fails when the file is stale
"""
import json
import sys

import yaml

# Contract schema -> the decoder the test uses for it.
SCHEMAS = [
    "ServiceStatus", "Me", "User", "RoleProfile", "Device", "Job", "Pipeline", "Stage", "Candidate",
    "Note", "Rejection", "Application", "Evaluation", "EvaluationAttribute", "AiInsight",
    "MatchScoreInsight", "EvaluationSummaryInsight", "TranscriptInsight", "SourcingInsight",
    "CvParseInsight", "ConsentRecord", "ConsentNotice", "Change", "ChangeUpsert", "ChangeTombstone",
    "ChangePage", "RetentionRule", "AuditEvent", "SupportAccessGrant", "Problem", "JobPage",
    "PipelinePage", "CandidatePage", "ApplicationPage", "NotePage", "AiInsightPage", "ConsentPage",
    "ConsentNoticePage", "RoleProfilePage", "UserPage", "RetentionRulePage", "AuditEventPage",
    "SupportAccessPage", "DevicePage", "EvaluationPage", "ParsedCv", "ActivityEntry", "ActivityPage",
]


def main():
    spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    out = {}
    for name in SCHEMAS:
        examples = schemas.get(name, {}).get("examples", [])
        out[name] = [e for e in examples if isinstance(e, dict)]
    # Response examples of the paths, keyed by their schema reference.
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            for status, response in op.get("responses", {}).items():
                for media, content in (response.get("content") or {}).items():
                    ref = (content.get("schema") or {}).get("$ref", "")
                    name = ref.split("/")[-1]
                    if name not in out:
                        continue
                    for example in (content.get("examples") or {}).values():
                        value = example.get("value") if isinstance(example, dict) else None
                        if isinstance(value, dict) and value not in out[name]:
                            out[name].append(value)
    text = json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if len(sys.argv) > 3 and sys.argv[3] == "--check":
        current = open(sys.argv[2], encoding="utf-8").read()
        if current != text:
            print(f"{sys.argv[2]} is stale: run tests/domain/extract-examples.py api/openapi.yaml {sys.argv[2]}")
            return 1
        print("examples up to date")
        return 0
    open(sys.argv[2], "w", encoding="utf-8").write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
