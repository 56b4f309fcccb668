#!/usr/bin/env python3
"""Runs scan.py in Spark's local mode (local[2]) on a few hundred generated bundles and checks
that its Parquet rows equal a plain `clearance check --batch` run of the same list, twice: the
second time each executor's process answers from its cache.

    ci/spark/test_scan.py CLEARANCE_BINARY
"""
import json, os, pathlib, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent
POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "ab" * 32 + "\nsize 4976698672\n"


def make_bundles(folder, count):
    bundles = []
    for index in range(count):
        bundle = folder / f"bundle-{index:04d}"
        kind = index % 4
        if kind == 3:
            bundles.append(str(folder / f"missing-{index:04d}"))
            continue
        bundle.mkdir()
        (bundle / "README.md").write_text(
            f"---\nlicense: apache-2.0\n---\n# Model {index}\n" if kind == 0 else f"# Model {index}\n")
        if kind == 2:
            (bundle / "model.safetensors").write_text(POINTER)
        bundles.append(str(bundle))
    return bundles


def plain_batch(binary, listing):
    run = subprocess.run([binary, "check", "--batch", str(listing), "--format", "json"], capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    rows = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        if "batch" in record:
            continue
        bundle = record.get("bundle") or record["subject"]["path"]
        rows[bundle] = ("error" if "error" in record else record["verdict"], record)
    return rows


def spark_rows(output):
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[1]").appName("clearance-scan-check").getOrCreate()
    rows = {row["bundle"]: (row["verdict"], json.loads(row["report"])) for row in spark.read.parquet(str(output)).collect()}
    count = spark.read.parquet(str(output)).count()
    spark.stop()
    return rows, count


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="clearance-spark-") as scratch:
        scratch = pathlib.Path(scratch)
        (scratch / "bundles").mkdir()
        bundles = make_bundles(scratch / "bundles", 300)
        listing = scratch / "bundles.txt"
        listing.write_text("\n".join(bundles) + "\n")
        expected = plain_batch(binary, listing)
        assert len(expected) == len(bundles)
        for attempt in ("first", "cached"):
            output = scratch / f"results-{attempt}"
            run = subprocess.run([sys.executable, str(HERE / "scan.py"), "--bundles", str(listing), "--output", str(output),
                                  "--master", "local[2]", "--clearance", binary, "--cache", "clearance-cache.sqlite"],
                                 cwd=scratch, capture_output=True, text=True)
            assert run.returncode == 0, run.stderr[-3000:]
            print(run.stdout.strip())
            rows, count = spark_rows(output)
            assert count == len(bundles), f"{count} rows for {len(bundles)} bundles"
            assert rows == expected, "the Spark results differ from the plain batch"
        assert (scratch / "clearance-cache.sqlite").exists(), "the executors kept no cache"
        verdicts = sorted({verdict for verdict, _ in expected.values()})
        print(f"test_scan.py: {len(bundles)} bundles ({', '.join(verdicts)}): the Spark results equal the plain batch, fresh and cached")


if __name__ == "__main__":
    main()
