"""Train the understanding component's statistical second opinion on the development part.

    make train-understanding        # writes simulations/understanding/model.json

One logistic regression per cue kind (scikit-learn, L2, balanced classes, deterministic
lbfgs) over ``simulations.understanding.model.features``: the line's words and word
pairs, Han character pairs, and what the rules found. The thresholds (veto a rules cue
below ``veto``, add a kind above ``add``) are chosen by 5-fold cross-validation on the
development part, and printed with the rules' own cross-validated figures. The held-out
part is never read here. Weights are rounded and small
ones dropped, so the file stays small and diffs stay readable.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "zh-hans", "id", "bg")
THRESHOLDS = [(v, a) for v in (0.05, 0.1, 0.15, 0.2) for a in (0.6, 0.7, 0.8, 0.9)]
C = 1.0
MIN_WEIGHT = 0.1


def _setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()


def examples():
    from bench.understanding import context_for, rows
    from simulations.understanding.model import features
    from simulations.understanding.rules import understand_rules
    from simulations.understanding.text import normalise

    found, labels, rule_kinds = [], [], []
    for language in LANGUAGES:
        for row in rows("dev", language):
            read = understand_rules(row["text"], context_for(row, language), model=False)
            kinds = {c.kind.value for c in read.cues}
            found.append(features(normalise(row["text"]).text, kinds, read.acts))
            labels.append({c["kind"] for c in row["cues"]})
            rule_kinds.append(kinds)
    return found, labels, rule_kinds


def _fit(matrix, y):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(matrix, y)


def choose_thresholds(found, labels, rule_kinds, kinds, report=None) -> tuple[float, float]:
    """The (veto, add) pair with the best mean precision + recall over kinds, by 5-fold CV.

    ``report``, a list, receives one line per kind: the cross-validated precision and
    recall of the rules alone and of the rules with the model at the chosen thresholds."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import KFold

    dicts = [dict.fromkeys(f, 1) for f in found]
    probs = {k: np.zeros(len(found)) for k in kinds}
    for train, test in KFold(5, shuffle=True, random_state=0).split(dicts):
        vec = DictVectorizer()
        x_train = vec.fit_transform([dicts[i] for i in train])
        x_test = vec.transform([dicts[i] for i in test])
        for k in kinds:
            y = np.array([k in labels[i] for i in train])
            if 0 < y.sum() < len(y):
                probs[k][test] = _fit(x_train, y).predict_proba(x_test)[:, 1]

    def pr(k, veto, add):
        tp = fp = fn = 0
        for i in range(len(found)):
            want, rule, p = k in labels[i], k in rule_kinds[i], probs[k][i]
            got = (rule and p > veto) or p > add if veto is not None else rule
            tp += want and got
            fp += got and not want
            fn += want and not got
        return (tp / (tp + fp) if tp + fp else 1), (tp / (tp + fn) if tp + fn else 1)

    best = None
    for veto, add in THRESHOLDS:
        total = sum(sum(pr(k, veto, add)) for k in kinds)
        if best is None or total > best[0]:
            best = (total, veto, add)
    if report is not None:
        for k in kinds:
            (rp, rr), (mp, mr) = pr(k, None, None), pr(k, best[1], best[2])
            report.append(f"{k:<24} rules P {rp:.2f} R {rr:.2f}   with model P {mp:.2f} R {mr:.2f}")
    return best[1], best[2]


def train(report=None) -> dict:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    from simulations.understanding.kinds import CueKind
    from simulations.understanding.model import NOT_MODELLED

    found, labels, rule_kinds = examples()
    kinds = [k.value for k in CueKind if k not in NOT_MODELLED]
    veto, add = choose_thresholds(found, labels, rule_kinds, kinds, report)
    vec = DictVectorizer()
    matrix = vec.fit_transform([dict.fromkeys(f, 1) for f in found])
    names = vec.get_feature_names_out()
    weights: dict[str, list] = {}
    bias = {}
    for index, k in enumerate(kinds):
        y = np.array([k in label for label in labels])
        model = _fit(matrix, y)
        bias[k] = round(float(model.intercept_[0]), 3)
        for name, w in zip(names, model.coef_[0], strict=True):
            if abs(w) >= MIN_WEIGHT:
                weights.setdefault(str(name), []).append([index, round(float(w), 2)])
    from simulations.understanding.model import fingerprint

    return {
        "trained_on": "corpora/understanding/dev (every language)",
        "fingerprint": fingerprint(),
        "lines": len(found),
        "kinds": kinds,
        "thresholds": {"veto": veto, "add": add},
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }


def main(argv: list[str]) -> int:
    _setup()
    from simulations.understanding.model import MODEL_PATH

    report: list[str] = []
    text = json.dumps(train(report), ensure_ascii=False, separators=(",", ":")) + "\n"
    MODEL_PATH.write_text(text, encoding="utf-8")
    print("5-fold cross-validation on the development part, per cue kind:")  # noqa: T201
    print("\n".join(report))  # noqa: T201
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(text) // 1024} KB)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
