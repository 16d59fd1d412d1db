"""Spark job: code JSON Lines, WARC and article files into the partitioned Parquet dataset.

Files are read by Spark (`binaryFile`, so any Hadoop-compatible path: `file:`, `hdfs:`,
`s3a:`...), opened with eventwatch's own readers, spread over `partitions` tasks and coded
by `distributed.code_documents`, the stages `eventwatch extract` runs. Events go to
`OUT/events` (Hive-partitioned, `output.parquet.EVENT_SCHEMA`), skipped documents with
their origin and reason to `OUT/skipped`.

    eventwatch spark s3a://bucket/crawl/ --out s3a://bucket/lake --master yarn
    spark-submit "$(python -c 'import eventwatch.cli as c; print(c.__file__)')" \
        spark s3a://bucket/crawl/ --out s3a://bucket/lake
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from eventwatch.distributed import code_documents
from eventwatch.errors import EventwatchError, InputError
from eventwatch.output.parquet import EVENT_SCHEMA, PARTITIONS, typed_row
from eventwatch.read import read_file
from eventwatch.read.sources import kind_of
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

SKIPPED_SCHEMA = "origin string, reason string, detail string"


@dataclass(frozen=True, slots=True)
class JobResult:
    """What one job wrote."""

    files: int
    events: int
    skipped: int
    out: str


def documents_in(path: str, content: bytes, options: Options) -> list[RawDocument | Skip]:
    """The documents of one input file given as bytes, read as `eventwatch extract` reads the file.

    The readers take local paths, so the bytes go to a temporary file of the same name;
    origins then name the Spark path (`s3a://b/crawl.warc.gz#3`).
    """
    name = PurePosixPath(path).name
    with tempfile.TemporaryDirectory(prefix="eventwatch-spark-") as tmp:
        local = Path(tmp) / name
        local.write_bytes(content)
        items = list(read_file(local, options, named=True))
    return [replace(item, origin=item.origin.replace(str(local), path, 1)) for item in items]


def code_partition(items: Iterable[RawDocument | Skip], options: Options) -> Iterator[tuple[str, Any]]:
    """Code one partition: ("event", typed row) per event and ("skipped", (origin, reason, detail))."""
    for line in code_documents(items, options):
        if "skipped" in line:
            yield "skipped", (line["doc_id"], line["skipped"], line.get("detail") or "")
        else:
            yield "event", typed_row(line)


def run_job(
    spark: SparkSession,
    inputs: Sequence[str],
    out: str,
    *,
    options: Options | None = None,
    partition_by: str = "event_day",
    partitions: int | None = None,
    append: bool = False,
) -> JobResult:
    """Read `inputs`, code every document on the cluster and write `out`/events and `out`/skipped.

    `partitions` is how many coding tasks the documents are spread over (default: twice
    the cluster's default parallelism); `append` adds to an existing dataset.
    """
    from py4j.protocol import Py4JError
    from pyspark import StorageLevel
    from pyspark.errors import PySparkException

    if partition_by not in PARTITIONS:
        raise InputError(f"cannot partition by {partition_by!r}: choose one of {', '.join(PARTITIONS)}")
    opts = replace(options or Options(), workers=1)
    files = _files(spark, inputs)
    tasks = partitions or 2 * spark.sparkContext.defaultParallelism
    readable_files = files.rdd.filter(lambda f: readable(f.path))
    docs = readable_files.flatMap(lambda f: documents_in(f.path, bytes(f.content), opts)).repartition(tasks)
    coded = docs.mapPartitions(lambda part: code_partition(part, opts)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        return _write(spark, files, coded, out, partition_by, "append" if append else "errorifexists")
    except (PySparkException, Py4JError) as exc:
        raise EventwatchError(f"the Spark job failed: {_first_line(exc)}") from exc
    finally:
        coded.unpersist()


def _write(spark: SparkSession, files: Any, coded: Any, out: str, partition_by: str, mode: str) -> JobResult:
    from pyspark.sql.pandas.types import from_arrow_schema

    events = spark.createDataFrame(coded.filter(_is("event")).values(), from_arrow_schema(EVENT_SCHEMA))
    skipped = spark.createDataFrame(coded.filter(_is("skipped")).values(), SKIPPED_SCHEMA)
    events.write.mode(mode).partitionBy(partition_by).parquet(f"{out}/events")
    skipped.write.mode(mode).parquet(f"{out}/skipped")
    counts = dict(coded.keys().countByValue())
    paths = files.select("path").rdd.filter(lambda f: readable(f.path))  # no content read to count
    return JobResult(paths.count(), counts.get("event", 0), counts.get("skipped", 0), out)


def _first_line(exc: Exception) -> str:
    """Spark's messages run to a JVM stack trace; the first meaningful line says what went wrong."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return next(
        (line for line in lines if "Error" in line or "already exists" in line), lines[0] if lines else ""
    )


def _is(kind: str) -> Any:
    return lambda pair: pair[0] == kind


def _files(spark: SparkSession, inputs: Sequence[str]) -> Any:
    """All files under `inputs` as a (path, content) DataFrame; folders are walked."""
    try:
        found = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(list(inputs))
    except Exception as exc:  # Spark raises its own AnalysisException for a missing path
        raise InputError(f"cannot read {', '.join(inputs)}: {_first_line(exc)}") from exc
    return found.select("path", "content")


def readable(path: str) -> bool:
    """Whether eventwatch reads a file of this name (JSON Lines, WARC, HTML, text, feeds)."""
    return kind_of(Path(PurePosixPath(path).name)) is not None


def session(master: str | None = None, app_name: str = "eventwatch") -> SparkSession:
    """The active Spark session, or a new one (`master`, else what spark-submit set, else local[*])."""
    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EventwatchError("the spark command needs PySpark: pip install 'eventwatch[lake]'") from exc

    builder = SparkSession.builder.appName(app_name)
    master = master or (None if SparkConf().contains("spark.master") else "local[*]")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):  # workers run this interpreter, where eventwatch is installed
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1")  # a local run listens on loopback only
    try:
        return builder.getOrCreate()
    except Exception as exc:  # no Java, a bad master URL: Spark raises several kinds
        raise EventwatchError(f"cannot start Spark ({_first_line(exc)}); it needs Java 17 or later") from exc
