"""Checks that the CI templates parse and are wired the way their documentation says: each reads
the release once (one `clearance check`, every report written with --report); the GitHub workflow
uploads the SARIF file its check writes, with the permission to do so; the GitLab job publishes the
JUnit report its check writes; facts and waivers are never read from the release folder.

    python3 ci/check-templates.py
"""

import pathlib
import re
import sys

import yaml

TEMPLATES = pathlib.Path(__file__).resolve().parent.parent / "integrations"


def output_of(command, format_name):
    match = re.search(rf"--report {format_name}=(\S+)", command)
    return match.group(1) if match else None


def check_reads_once(commands, release):
    runs = [line for command in commands for line in command.splitlines() if re.search(r"\bclearance (check|checklist)\b", line)]
    assert len(runs) == 1, f"the release is read {len(runs)} times: {runs}"
    assert not re.search(rf"--(facts|waivers) \S*{re.escape(release)}/", runs[0]), "facts or waivers are read from the release folder"


def check_github():
    workflow = yaml.safe_load((TEMPLATES / "github-workflow.yml").read_text())
    assert workflow["permissions"]["security-events"] == "write", "upload-sarif needs security-events: write"
    steps = workflow["jobs"]["clearance"]["steps"]
    check_reads_once([step.get("run", "") for step in steps], "release")
    sarif = next(output_of(step["run"], "sarif") for step in steps if "clearance check" in step.get("run", ""))
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == sarif, f"upload-sarif uploads {upload['with']['sarif_file']}, the check writes {sarif}"
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@") and step["with"].get("lfs"))
    assert upload["with"]["checkout_path"].endswith("/" + checkout["with"]["path"]), "checkout_path is not where the release is checked out"


def check_gitlab():
    job = yaml.safe_load((TEMPLATES / "gitlab-ci.yml").read_text())["clearance"]
    check_reads_once(job["script"], "$RELEASE")
    report = job["artifacts"]["reports"]["junit"]
    written = next(output_of(line, "junit") for line in job["script"] if "clearance check" in line)
    assert pathlib.PurePath(written).name == report, f"the job publishes {report}, the check writes {written}"
    assert job["artifacts"]["when"] == "always", "the report must be published when the check fails"


def main():
    for check in (check_github, check_gitlab):
        try:
            check()
        except (AssertionError, KeyError, StopIteration, TypeError) as error:
            print(f"check-templates: {check.__name__[6:]}: {error or type(error).__name__}")
            return 1
    print("check-templates: the GitHub workflow and the GitLab job are wired to their reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
