#!/usr/bin/env python3
"""Checks a list of bundles with clearance on Apache Spark; writes the results as Parquet.

    ci/spark/scan.py --bundles LIST --output DIR [--master URL] [--clearance BIN]
                     [--partitions N] [--jobs N] [--cache PATH] [--check-option OPTION]...

LIST holds one bundle per line (a path every executor can read, or hf://ORG/NAME[@REVISION]).
The list is cut into partitions (by default one per executor core Spark offers) and each
partition is piped through one `clearance check --batch - --format json` process with
RDD.pipe, so the policy packs are loaded once per partition, not once per bundle. The JSON
lines come back as a DataFrame — bundle, verdict (pass, fail, … or error), report (the JSON
line, or the error line) — written as Parquet under DIR, one row per bundle.

--clearance names the binary: a path on the machine the job runs on (local mode, or a binary
installed on every node), or the file name of one shipped with `spark-submit --files`, which
Spark puts in each executor's working folder. --cache is handed to every process: a relative
path is one cache per executor, in its working folder; a path on shared storage is shared
(concurrent use is safe). The clearance processes get only the environment they need:
HF_ENDPOINT and HF_TOKEN are taken from the driver's environment when set; the token is in the
job's closure, never on a command line, in a log or in the results.
"""
import argparse, json, os, shlex, sys


def bundles_of(path):
    with open(path, encoding="utf-8") as listing:
        for line in listing:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def clearance_command(args, shipped):
    binary = os.path.abspath(args.clearance) if not shipped else "./" + os.path.basename(args.clearance)
    command = [binary, "check", "--batch", "-", "--format", "json", "--jobs", str(args.jobs)]
    if args.cache:
        command += ["--cache", args.cache]
    for option in args.check_option:
        command += shlex.split(option)
    return " ".join(shlex.quote(part) for part in command)


def rows_of(lines):
    """The rows of one partition's output; fails the task when clearance could not run it."""
    summary = None
    for line in lines:
        record = json.loads(line)
        if "batch" in record and len(record) == 1:
            summary = record["batch"]
            continue
        if "error" in record:
            yield (record["bundle"], "error", line)
        else:
            yield (record["subject"]["path"], record["verdict"], line)
    if summary is None:
        raise RuntimeError("clearance ended without its summary line: the batch could not run (see the executor's stderr)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundles", required=True, help="the bundle list, one per line")
    parser.add_argument("--output", required=True, help="the Parquet folder to write (replaced)")
    parser.add_argument("--master", help="Spark master URL (default: what spark-submit gives, else local[*])")
    parser.add_argument("--clearance", default="clearance", help="the clearance binary (path, or a name shipped with --files)")
    parser.add_argument("--partitions", type=int, help="partitions (default: Spark's default parallelism)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of each clearance process")
    parser.add_argument("--cache", help="--cache of each clearance process")
    parser.add_argument("--check-option", action="append", default=[], help="more options for `clearance check`")
    args = parser.parse_args()

    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType

    builder = SparkSession.builder.appName("clearance-scan")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    local = context.master.startswith("local")
    shipped = not (local and os.path.isfile(args.clearance))
    if local and not os.path.isfile(args.clearance):
        sys.exit(f"scan.py: {args.clearance}: no such file (in local mode, give the binary's path)")
    environment = {"CI": "1", "PATH": "/usr/bin:/bin"}
    for name in ("HF_ENDPOINT", "HF_TOKEN"):
        if os.environ.get(name):
            environment[name] = os.environ[name]

    bundles = list(bundles_of(args.bundles))
    partitions = max(1, min(len(bundles), args.partitions or context.defaultParallelism))
    lines = context.parallelize(bundles, partitions).pipe(clearance_command(args, shipped), env=environment)
    schema = StructType([StructField(name, StringType(), False) for name in ("bundle", "verdict", "report")])
    frame = spark.createDataFrame(lines.mapPartitions(rows_of), schema)
    frame.write.mode("overwrite").parquet(args.output)
    written = spark.read.parquet(args.output)
    counts = {row["verdict"]: row["count"] for row in written.groupBy("verdict").count().collect()}
    print(f"scan.py: {written.count()} bundles in {partitions} partitions: "
          + ", ".join(f"{counts[key]} {key}" for key in sorted(counts)) + f"; written to {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
