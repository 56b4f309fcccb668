"""Validates clearance reports with each format's own validator, as the systems that read them would.

    python3 ci/report-validators.py DIR [--report-schema FILE] [--sarif-schema FILE] [--waived NAME ...]

DIR holds reports named NAME.json (the JSON report), NAME.sarif, NAME.junit.xml, NAME.cdx.json and
NAME.md, and NAME.mof.yml (the Model Openness Tool YAML of `clearance openness --format mof`, validated
against the MOT schema's fields recorded in Tests/Fixtures/mof-schema.json). The JSON report is validated against the project's own schema (docs/report.schema.json),
SARIF against the official 2.1.0 JSON schema, both with jsonschema; JUnit XML is
parsed with junitparser, CycloneDX with cyclonedx-python-lib's 1.6 JSON validator. For every NAME
given with --waived, each format must show the waived finding. Exits 1 on the first report that
fails, naming it and the reason.
"""

import argparse
import json
import os
import pathlib
import re
import sys

import jsonschema
import junitparser
import yaml
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator


class Invalid(Exception):
    pass


def require(condition, message):
    if not condition:
        raise Invalid(message)


def schema_errors(document, validator):
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    return "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:3])


def check_json(path, validator):
    report = json.loads(path.read_text())
    errors = schema_errors(report, validator)
    require(not errors, f"not valid against docs/report.schema.json: {errors}")
    summary = report["summary"]
    for status, key in (("fail", "fail"), ("needs-review", "needsReview"), ("pass", "pass")):
        count = sum(finding["status"] == status for finding in report["findings"])
        require(summary[key] == count, f"summary.{key} is {summary[key]}, the findings hold {count}")
    return report


def check_sarif(path, validator):
    log = json.loads(path.read_text())
    if validator is not None:
        errors = schema_errors(log, validator)
        require(not errors, errors)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        index = result["ruleIndex"]
        require(0 <= index < len(rules) and rules[index]["id"] == result["ruleId"], f"ruleIndex of {result['ruleId']} is wrong")
        require(result["kind"] == "fail" or result["level"] == "none", f"{result['ruleId']}: kind {result['kind']} with level {result['level']}")
        for location in result.get("locations", []):
            region = location["physicalLocation"].get("region")
            require(region is None or region["startLine"] >= 1, "region without a line")
    return log


def check_junit(path):
    xml = junitparser.JUnitXml.fromfile(str(path))
    cases = 0
    for suite in xml:
        failures = skipped = 0
        for case in suite:
            cases += 1
            require(case.name and case.classname, "a test case without name or classname")
            failures += sum(isinstance(result, junitparser.Failure) for result in case.result)
            skipped += sum(isinstance(result, junitparser.Skipped) for result in case.result)
        require(suite.tests == len(list(suite)), f"suite {suite.name}: tests={suite.tests}, cases={len(list(suite))}")
        require(suite.failures == failures and suite.skipped == skipped, f"suite {suite.name}: counts disagree with its cases")
    return xml


def check_cyclonedx(path):
    text = path.read_text()
    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)
    require(error is None, f"not valid CycloneDX 1.6: {error}")
    bom = json.loads(text)
    require(bom["metadata"]["component"]["type"] == "machine-learning-model", "the model is not a machine-learning-model")
    references = [component["bom-ref"] for component in bom.get("components", [])]
    require(len(references) == len(set(references)), "bom-refs repeat")
    return bom


TABLE_ROW = re.compile(r"^\|.*\|$")


def check_markdown(path):
    text = path.read_text()
    require(text.startswith("# "), "no title")
    require("## Sign-off" in text, "no sign-off block")
    columns = None
    for number, line in enumerate(text.splitlines(), 1):
        if TABLE_ROW.match(line):
            cells = len(re.findall(r"(?<!\\)\|", line)) - 1
            if columns is None:
                columns = cells
            require(cells == columns, f"line {number}: table row with {cells} cells, header has {columns}")
        else:
            columns = None
    return text


MOF_SCHEMA = pathlib.Path(__file__).parent.parent / "Tests" / "Fixtures" / "mof-schema.json"


def check_mof(path):
    document = yaml.safe_load(path.read_text())
    validator = load_validator(MOF_SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = schema_errors(document, validator)
    require(not errors, f"not valid against the MOT schema's fields: {errors}")
    require(document["release"]["components"], "no component")
    return document


def check_waived(name, reports):
    report = reports["json"]
    waived = [finding["ruleId"] for finding in report["findings"] if finding["status"] == "waived"]
    require(waived, f"{name}: no waived finding in the JSON report")
    require(report["verdict"] in ("pass", "review"), f"{name}: verdict {report['verdict']} although the failure is waived")
    results = reports["sarif"]["runs"][0]["results"]
    require(any(r["ruleId"] in waived and r.get("suppressions") for r in results), f"{name}: SARIF does not mark the waived result as suppressed")
    junit_messages = [r.message or "" for suite in reports["junit"] for case in suite for r in case.result]
    require(any(message.startswith("waived by") for message in junit_messages), f"{name}: JUnit has no skipped 'waived by' test case")
    require("risk accepted by a waiver" in reports["md"], f"{name}: the checklist does not show the waiver")
    properties = reports["cdx"]["metadata"]["component"].get("properties", [])
    require(any(p["name"] == "clearance:waived" for p in properties), f"{name}: the BOM does not record the waiver")


CHECKS = {".json": ("json", None), ".sarif": ("sarif", None), ".junit.xml": ("junit", check_junit), ".cdx.json": ("cdx", check_cyclonedx), ".md": ("md", check_markdown), ".mof.yml": ("mof", check_mof)}


def load_validator(path, format_checker=None):
    schema = json.loads(path.read_text())
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema, format_checker=format_checker)


def kind_of(path):
    for suffix in (".junit.xml", ".cdx.json", ".mof.yml", ".json", ".sarif", ".md"):
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)], suffix
    return None, None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--report-schema", type=pathlib.Path, default=pathlib.Path(__file__).parent.parent / "docs" / "report.schema.json")
    parser.add_argument("--sarif-schema", type=pathlib.Path)
    parser.add_argument("--waived", action="append", default=[])
    arguments = parser.parse_args()

    report_validator = load_validator(arguments.report_schema)
    validator = None
    if arguments.sarif_schema and arguments.sarif_schema.is_file():
        validator = load_validator(arguments.sarif_schema)
    elif os.environ.get("CI"):
        # The official SARIF schema is third-party text the repository does not carry; CI has it.
        print(f"report-validators: CI is set but the SARIF 2.1.0 schema is not at {arguments.sarif_schema} (set SARIF_SCHEMA)")
        return 1
    else:
        print(f"report-validators: SARIF schema not found at {arguments.sarif_schema}: SARIF is checked for structure only "
              "(set SARIF_SCHEMA to the official sarif-schema-2.1.0.json to validate it)")

    reports, counts = {}, {}
    for path in sorted(arguments.directory.iterdir()):
        name, suffix = kind_of(path)
        if name is None:
            continue
        kind, check = CHECKS[suffix]
        try:
            if kind == "sarif":
                reports.setdefault(name, {})[kind] = check_sarif(path, validator)
            elif kind == "json":
                reports.setdefault(name, {})[kind] = check_json(path, report_validator)
            else:
                reports.setdefault(name, {})[kind] = check(path)
        except (Invalid, ValueError, KeyError, TypeError, SyntaxError, junitparser.JUnitXmlError, yaml.YAMLError) as error:
            print(f"report-validators: {path.name}: {error}")
            return 1
        counts[kind] = counts.get(kind, 0) + 1
    for name in arguments.waived:
        try:
            check_waived(name, reports.get(name, {}))
        except (Invalid, KeyError) as error:
            print(f"report-validators: {error}")
            return 1
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
    print(f"report-validators: valid: {summary}{'' if validator else ' (SARIF without schema)'}; waivers visible in {len(arguments.waived)} report sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
