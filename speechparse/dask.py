"""Corpora on a Dask cluster, for when one machine is not enough (extra ``speechparse[dask]``).

    import speechparse.dask
    bag = speechparse.dask.parse_bag(paths)          # a dask.bag of JSON dicts
    bag.filter(lambda record: "error" not in record).map(…).compute()

The records are the ones :mod:`speechparse.batch` writes, made by the same
function, so a cluster and a local pool give byte-identical lines.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from speechparse.batch import CHUNK, records_for, warm_up
from speechparse.errors import MissingExtraError
from speechparse.limits import DEFAULT_MAX_BYTES


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise MissingExtraError("the Dask engine", "dask") from None


def parse_bag(paths: Sequence[str | os.PathLike[str]], *, npartitions: int | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None, site_rules: bool = True) -> Any:
    """A ``dask.bag.Bag`` of the JSON records (dicts) of ``paths``, one per document."""
    _require()
    import json

    import dask.bag

    names = [os.fspath(path) for path in paths]
    partitions = npartitions or max(1, (len(names) + CHUNK - 1) // CHUNK)
    return (dask.bag.from_sequence(names, npartitions=min(partitions, max(1, len(names))))
            .map_partitions(lambda chunk: records_for(list(chunk), max_bytes, max_units, site_rules=site_rules))
            .map(json.loads))


def run_dask(paths: Sequence[str], *, scheduler: str | None = None, workers: int | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None,
             site_rules: bool = True) -> Iterator[str]:
    """Records of ``paths`` computed on a Dask cluster, as they finish.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``);
    without one, a ``distributed.LocalCluster`` of ``workers`` processes (one
    thread each) is started for the run and closed after it.
    """
    _require()
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    client = Client(scheduler if scheduler is not None else cluster)
    try:
        client.run(warm_up)
        chunks = [list(paths[index:index + CHUNK]) for index in range(0, len(paths), CHUNK)]
        futures = client.map(records_for, chunks, max_bytes=max_bytes, max_units=max_units, site_rules=site_rules,
                             pure=False)
        for future in as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
