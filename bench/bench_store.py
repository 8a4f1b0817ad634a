"""Benchmark: the store at scale, against the same questions on an rdflib memory graph.

Run by hand (not a test):

    python bench/bench_store.py --events 100000            # iterate at 100k
    python bench/bench_store.py --events 1000000 --reuse   # the acceptance run

A synthetic corpus of about ``--events`` events (``bench/synthetic.py``: real
extractions cloned with new ids, shifted dates and invented actors) is written
as N-Quads partitions by kg's own graph code and bulk-loaded with ``kg load``
into an on-disk store under ``--dir``. Then, each figure against a baseline
measured in the same run:

* questions (p50 of ``--repeat`` runs, in one process, store opened once):
  the timeline of a common and of a rare actor with ``LIMIT 100``, one month
  (``LIMIT 100`` and whole), relations (counted per relation as ``kg relations``
  shows them, and the statements with their sentences), paths, stats; beside each, the same
  question on an rdflib memory graph of ``--baseline-events`` events, and the
  ratio;
* ingest: articles written through ``Store.add_extraction`` in batches as
  ``kg build`` writes them, into an empty store and into the large one;
* bulk load (quads/s) and whole commands (``kg stats``, ``kg timeline``,
  ``kg export nquads|gexf``, ``kg validate``...): wall time and peak RSS of
  each process.

Results are printed as Markdown tables and saved as JSON beside the store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import Synthesizer, template_extractions  # noqa: E402

KG = str(Path(sys.executable).with_name("kg"))
_SYNTH: Synthesizer | None = None  # shared with forked partition writers

# Whole commands are started by a small helper process started first: a child
# inherits its parent's peak RSS on Linux, so the benchmark (which holds an
# rdflib graph) cannot measure its children itself.
_RUNNER_CODE = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    request = json.loads(line)
    start = time.perf_counter()
    with open(request["out"], "wb") as sink:
        process = subprocess.Popen(request["command"], stdout=sink, stderr=subprocess.PIPE)
        err = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    print(json.dumps({"seconds": time.perf_counter() - start, "rss_mib": usage.ru_maxrss / 1024,
                      "code": os.waitstatus_to_exitcode(status), "stderr": err.decode(errors="replace")[-500:]}), flush=True)
"""
_RUNNER: subprocess.Popen[str] | None = None


def machine() -> str:
    """One line describing this machine."""
    cpu = platform.processor() or "cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB RAM, {platform.system()} {platform.release()}, {dt.date.today()}"


def _write_part(task: tuple[int, int, str]) -> tuple[int, int, list[str]]:
    from kg.corpus import write_partition

    start, end, path = task
    assert _SYNTH is not None
    extractions = [_SYNTH.article(k) for k in range(start, end)]
    names = {a.id: a.name for a in _SYNTH.actors()}
    write_partition(extractions, Path(path), {}, names)
    used = sorted({a.id for e in extractions for a in e.actors})
    return end - start, sum(len(e.events) for e in extractions), used


def build_corpus(synth: Synthesizer, articles: int, folder: Path, *, processes: int = 2, per_part: int = 2000) -> int:
    """Write ``articles`` synthetic articles as partitions in ``folder``; return their events."""
    global _SYNTH
    from kg.corpus import ActorBook, write_actors

    _SYNTH = synth
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [(s, min(s + per_part, articles), str(folder / f"part-{s // per_part:05d}.nq"))
             for s in range(0, articles, per_part)]
    events = 0
    used: set[str] = set()
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for _, found, ids in pool.imap_unordered(_write_part, tasks):
            events += found
            used.update(ids)
    book = ActorBook({a.id: a for a in synth.actors() if a.id in used})
    write_actors(book, {}, folder / "actors.nq")
    return events


def run(command: list[str], *, out: Path | None = None) -> tuple[float, float]:
    """Run a whole command (through the runner); return (seconds, peak RSS in MiB)."""
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = subprocess.Popen([sys.executable, "-c", _RUNNER_CODE], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
    assert _RUNNER.stdin is not None and _RUNNER.stdout is not None
    _RUNNER.stdin.write(json.dumps({"command": command, "out": str(out or os.devnull)}) + "\n")
    _RUNNER.stdin.flush()
    answer = json.loads(_RUNNER.stdout.readline())
    if answer["code"] not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {answer['stderr']}")
    return float(answer["seconds"]), float(answer["rss_mib"])


def p50(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs of ``fn`` (after one warm-up run), and its last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pick_actors(synth: Synthesizer) -> tuple[str, str, list[str]]:
    """A common actor, a rare one, and actors for paths (names)."""
    largest = max(synth.pools.values(), key=len)
    rng = random.Random(5)
    others = [a.name for pool in synth.pools.values() for a in pool[: max(2, len(pool) // 4)]]
    return largest[0].name, largest[len(largest) // 3].name, rng.sample(others, 10)


def questions(store_path: Path, synth: Synthesizer, repeat: int) -> dict[str, Any]:
    """p50 of each question on the on-disk store."""
    from kg.query import path_between, relation_counts, relations_of, stats, timeline
    from kg.store import open_store

    common, rare, travellers = pick_actors(synth)
    month = (dt.date(2012, 6, 1), dt.date(2012, 6, 30))
    results: dict[str, Any] = {"actors": {"common": common, "rare": rare}}
    with open_store(store_path, create=False) as store:
        counts = stats(store)
        results["store"] = {"articles": counts.articles, "events": counts.events, "actors": counts.actors,
                            "quads": counts.triples}
        cases: dict[str, Callable[[], Any]] = {
            "timeline common actor, LIMIT 100": lambda: timeline(store, actor=common, limit=100),
            "timeline rare actor, LIMIT 100": lambda: timeline(store, actor=rare, limit=100),
            "timeline one month, LIMIT 100": lambda: timeline(store, start=month[0], end=month[1], limit=100),
            "timeline one month, every event": lambda: timeline(store, start=month[0], end=month[1]),
            "relations common actor, LIMIT 50": lambda: relation_counts(store, common, limit=50),
            "relations rare actor, LIMIT 50": lambda: relation_counts(store, rare, limit=50),
            "relation statements common actor, LIMIT 50": lambda: relations_of(store, common, limit=50),
            "relation statements common actor, every one": lambda: relations_of(store, common),
            "stats": lambda: stats(store),
        }
        for name, fn in cases.items():
            seconds, result = p50(fn, repeat)
            rows = len(result) if isinstance(result, list) else len(result.rows) if hasattr(result, "rows") else 1
            results[name] = {"p50_ms": seconds * 1000, "rows": rows}
            print(f"  {name}: {seconds * 1000:.1f} ms ({rows} rows)", flush=True)
        paths = []
        for a, b in zip(travellers[::2], travellers[1::2]):
            seconds, steps = p50(lambda a=a, b=b: path_between(store, a, b), max(1, repeat // 3))
            paths.append((seconds, len(steps)))
        seconds = statistics.median(s for s, _ in paths)
        results["path (median of 5 pairs)"] = {"p50_ms": seconds * 1000, "rows": statistics.median(n for _, n in paths)}
        print(f"  path: {seconds * 1000:.1f} ms (hops {[n for _, n in paths]})", flush=True)
    return results


_PREFIXES = """PREFIX kg: <https://w3id.org/kg-events/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# The same questions as one SPARQL query each, as an rdflib graph answers them.
_EVENT_DETAILS = """?event a kg:Event ; sem:eventType ?concept ; kg:trigger ?trigger ; kg:modality ?modality ;
         kg:sentence ?sentence .
  ?sentence kg:text ?text .
  OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
  OPTIONAL { ?event kg:source ?source . ?source skos:prefLabel ?sourceLabel }
  OPTIONAL { ?event kg:target ?target . ?target skos:prefLabel ?targetLabel }"""
RDFLIB_QUERIES = {
    "timeline actor": _PREFIXES + """SELECT * WHERE { ?a skos:prefLabel ?name .
  { ?event kg:source ?a } UNION { ?event kg:target ?a } """ + _EVENT_DETAILS + """ } ORDER BY ?earliest LIMIT 100""",
    "timeline one month, LIMIT 100": _PREFIXES + """SELECT * WHERE { """ + _EVENT_DETAILS + """
  FILTER(COALESCE(?latest, ?earliest) >= "2012-06-01"^^xsd:date && COALESCE(?earliest, ?latest) <= "2012-06-30"^^xsd:date)
} ORDER BY ?earliest LIMIT 100""",
    "relations": _PREFIXES + """SELECT ?subject ?predicate ?object (COUNT(?statement) AS ?n) WHERE { ?a skos:prefLabel ?name .
  ?statement a kg:RelationStatement ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  FILTER(?subject = ?a || ?object = ?a) } GROUP BY ?subject ?predicate ?object ORDER BY DESC(?n) LIMIT 50""",
    "relation statements": _PREFIXES + """SELECT * WHERE { ?a skos:prefLabel ?name .
  ?statement a kg:RelationStatement ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ; kg:inArticle ?article .
  FILTER(?subject = ?a || ?object = ?a)
  OPTIONAL { ?statement kg:sentence/kg:text ?text } }""",
    "stats": _PREFIXES + """SELECT ?class (COUNT(DISTINCT ?thing) AS ?n) WHERE {
  VALUES ?class { kg:Article kg:Event kg:Actor kg:RelationStatement kg:Claim } ?thing a ?class } GROUP BY ?class""",
}


def baseline(parts: Path, events: int, per_article: float, synth: Synthesizer, repeat: int) -> dict[str, Any]:
    """The same questions on an rdflib memory graph of the first partitions (about ``events`` events)."""
    import networkx as nx
    from rdflib import Dataset, Literal

    wanted = math.ceil(events / per_article)
    dataset = Dataset(default_union=True)
    start = time.perf_counter()
    # The first partitions, article graph by article graph (each file holds its graphs contiguously).
    from kg.corpus import _graphs
    from kg.store.terms import to_rdflib

    loaded = 0
    cameo = "https://w3id.org/kg-events/id/graph/cameo"
    for graph, quads in _graphs(sorted(parts.glob("part-*.nq"))):
        if not graph.value.startswith(cameo):
            if loaded >= wanted:
                break
            loaded += 1
        target = dataset.graph(to_rdflib(graph))
        for quad in quads:
            target.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    dataset.parse(parts / "actors.nq", format="nquads")
    print(f"  rdflib: loaded {loaded:,} articles, {len(dataset):,} triples in {time.perf_counter() - start:.0f} s", flush=True)
    common, rare, travellers = pick_actors(synth)
    out: dict[str, Any] = {"events": loaded * per_article, "articles": loaded, "triples": len(dataset)}
    for name, query in RDFLIB_QUERIES.items():
        for who, actor in (("common actor", common), ("rare actor", rare)) if "?name" in query else (("", None),):
            label = f"{name} {who}".strip()
            bindings = {"name": Literal(actor)} if actor else {}
            seconds, rows = p50(lambda q=query, b=bindings: list(dataset.query(q, initBindings=b)), repeat)
            out[label] = {"p50_ms": seconds * 1000, "rows": len(rows)}
            print(f"  rdflib {label}: {seconds * 1000:.0f} ms ({len(rows)} rows)", flush=True)

    def whole_graph_path(a: str, b: str) -> Any:
        # kg's former path: the whole actor graph in networkx, then a shortest path.
        graph = nx.Graph()
        edges = dataset.query(_PREFIXES + "SELECT ?a ?b WHERE { { ?e kg:source ?a ; kg:target ?b } UNION "
                              "{ ?s a kg:RelationStatement ; rdf:subject ?a ; rdf:object ?b } }")
        graph.add_edges_from((str(r[0]), str(r[1])) for r in edges)  # type: ignore[index]
        names = {str(r[1]): str(r[0]) for r in dataset.query(_PREFIXES + "SELECT ?a ?n WHERE { ?a skos:prefLabel ?n }")}  # type: ignore[index]
        try:
            return nx.shortest_path(graph, names[a], names[b])
        except (nx.NetworkXNoPath, nx.NodeNotFound, KeyError):
            return []

    seconds, _ = p50(lambda: whole_graph_path(travellers[0], travellers[1]), max(1, repeat // 3))
    out["path"] = {"p50_ms": seconds * 1000}
    print(f"  rdflib path: {seconds * 1000:.0f} ms", flush=True)
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def ingest(store_path: Path, synth: Synthesizer, first: int, count: int, batch: int = 16) -> float:
    """Events per second written as kg build writes (a batch per opening of the store)."""
    from kg.store import open_store

    extractions = [synth.article(k) for k in range(first, first + count)]
    events = sum(len(e.events) for e in extractions)
    start = time.perf_counter()
    for offset in range(0, count, batch):
        with open_store(store_path, wait=30) as store:
            for extraction in extractions[offset: offset + batch]:
                store.add_extraction(extraction)
    return events / (time.perf_counter() - start)


def commands(store: Path, work: Path, synth: Synthesizer, heavy: bool) -> dict[str, Any]:
    """Wall time and peak RSS of whole kg commands."""
    common, rare, travellers = pick_actors(synth)
    base = [KG, "--store", str(store), "-q"]
    cases = {
        "kg stats": base + ["stats"],
        "kg timeline --actor (common) --limit 100": base + ["timeline", "--actor", common, "--limit", "100"],
        "kg timeline --actor (rare)": base + ["timeline", "--actor", rare],
        "kg timeline --from/--to one month": base + ["timeline", "--from", "2012-06-01", "--to", "2012-06-30"],
        "kg relations (common)": base + ["relations", common],
        "kg relations --statements (common)": base + ["relations", common, "--statements"],
        "kg path": base + ["path", travellers[0], travellers[1]],
        "kg actors": base + ["actors"],
        "kg timeline (every event)": base + ["timeline", "--format", "jsonl"],
    }
    if heavy:
        cases["kg export nquads"] = base + ["export", "nquads", str(work / "export.nq")]
        cases["kg export gexf"] = base + ["export", "gexf", str(work / "export.gexf")]
        cases["kg validate"] = base + ["validate"]
    out = {}
    for name, command in cases.items():
        seconds, rss = run(command)
        out[name] = {"seconds": seconds, "peak_rss_mib": rss}
        print(f"  {name}: {seconds:.1f} s, {rss:.0f} MiB", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: .bench/store-<events> in the repository, ignored by git)")
    parser.add_argument("--reuse", action="store_true", help="keep the partitions and store of an earlier run")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--baseline-events", type=int, default=100_000)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--ingest", type=int, default=160, help="articles written for the ingest figures (0: none, the store is not written)")
    parser.add_argument("--heavy", action="store_true", help="also time kg export nquads|gexf and kg validate")
    parser.add_argument("--no-commands", action="store_true", help="skip the whole-command figures")
    args = parser.parse_args()
    run(["true"])  # start the runner while this process is small
    work = args.dir or ROOT / ".bench" / f"store-{args.events}"
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}", flush=True)
    templates = template_extractions(work / "templates.pickle")
    synth = Synthesizer(templates, actors=max(500, args.events // 40))
    per_article = synth.events_per_article()
    articles = math.ceil(args.events / per_article)
    parts, store = work / "parts", work / "store"
    results: dict[str, Any] = {"machine": machine(), "events_wanted": args.events, "articles": articles}
    if not (args.reuse and (parts / "actors.nq").exists()):
        start = time.perf_counter()
        events = build_corpus(synth, articles, parts)
        results["partitions"] = {"seconds": time.perf_counter() - start, "events": events}
        print(f"partitions: {events:,} events in {time.perf_counter() - start:.0f} s", flush=True)
    if not (args.reuse and store.exists()):
        if store.exists():
            raise SystemExit(f"{store} exists: remove it or pass --reuse")
        seconds, rss = run([KG, "--store", str(store), "load", str(parts)])
        from kg.store import open_store

        with open_store(store, create=False) as opened:
            quads = opened.count_triples()
        results["bulk load"] = {"seconds": seconds, "peak_rss_mib": rss, "quads": quads, "quads_per_s": quads / seconds}
        print(f"kg load: {quads:,} quads in {seconds:.0f} s = {quads / seconds:,.0f} quads/s, {rss:.0f} MiB", flush=True)
    print("questions (on-disk store, p50):", flush=True)
    results["questions"] = questions(store, synth, args.repeat)
    if not args.no_baseline:
        print(f"baseline (rdflib memory graph, {args.baseline_events:,} events):", flush=True)
        results["baseline"] = baseline(parts, args.baseline_events, per_article, synth, max(3, args.repeat // 5))
    if args.ingest:
        ingest_figures(work, store, synth, results, articles, args.ingest)
    if not args.no_commands:
        print("commands (whole processes):", flush=True)
        results["commands"] = commands(store, work, synth, args.heavy)
    out = work / f"results-{args.events}.json"
    out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"saved {out}")


def ingest_figures(work: Path, store: Path, synth: Synthesizer, results: dict[str, Any], articles: int, count: int) -> None:
    """Ingest rates into an empty and into the large store (writes ``count`` articles into each)."""
    print("ingest:", flush=True)
    empty = work / "ingest-empty"
    import shutil

    shutil.rmtree(empty, ignore_errors=True)
    held = results["questions"]["store"]["articles"]
    first = articles + 1_000_000 + held  # ids no run has written yet
    # Warm up (the CAMEO codebook, the graph code) in a scratch store so neither figure pays for it.
    shutil.rmtree(work / "ingest-warm-up", ignore_errors=True)
    ingest(work / "ingest-warm-up", synth, first + 10 * count, 16)
    shutil.rmtree(work / "ingest-warm-up", ignore_errors=True)
    into_empty = ingest(empty, synth, first, count)
    into_large = ingest(store, synth, first + count, count)
    results["ingest"] = {"empty_events_per_s": into_empty, "large_events_per_s": into_large,
                         "ratio": into_large / into_empty}
    print(f"  into an empty store: {into_empty:.0f} events/s; into the large store: {into_large:.0f} events/s "
          f"({into_large / into_empty:.2f})", flush=True)


if __name__ == "__main__":
    main()
