"""The classifier's commands: `classify`, `train`, `eval` (registered on the app by cli.py)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from followup.cli_control import ConfigOpt
from followup.cli_logging import setup_logging
from followup.errors import ConfigError


def classify(
    files: Annotated[
        list[Path], typer.Argument(help="Message files (.eml); '-' reads one message from stdin.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Label messages and show the entities and the evidence behind each label."""
    from followup import mail
    from followup.classifiers import Classifier, classification_to_json

    threshold, model = 0.5, None
    if config is not None or os.environ.get("FOLLOWUP_CONFIG"):
        from followup import config as cfg

        settings = cfg.load(config)
        threshold, model = settings.classifier.threshold, settings.classifier.model
    from followup.learning.personal import personal_model

    classifier = Classifier.load(model or personal_model(), threshold=threshold)  # yours once you taught it
    for path in files:
        data = sys.stdin.buffer.read() if str(path) == "-" else read_message(path)
        email = mail.parse(data)
        result = classifier.classify(email)
        record = classification_to_json(str(path), result, email)
        if as_json:
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo(human_classification(record))


def read_message(path: Path) -> bytes:
    """A message file's bytes; an unreadable file is a usage error naming it, not a traceback."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror}") from None


def human_classification(record: dict[str, Any]) -> str:
    """`classify`'s record as lines a person reads: label, why, entities, evidence."""
    lines = [f"{record['file']}: {record['label']} ({record['confidence']:.2f})"]
    if record.get("decision"):
        lines.append(f"  why: {record['decision']}")
    entities = {k: v for k, v in record["entities"].items() if v}
    for key, value in entities.items():
        lines.append(f"  {key}: {value}")
    for ev in record["evidence"]:
        lines.append(f"  evidence [{ev['label']}] {ev['text']!r}")
    return "\n".join(lines)


def train(
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="Corpus folder (default: corpus/ of a source checkout; a wheel ships the model, not the corpus)."
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the shipped model).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed and corpus give the same model.")] = 0,
    personal: Annotated[
        bool,
        typer.Option(
            "--personal",
            help="Train your personal model (shipped corpus + your corrections) into "
            "$XDG_DATA_HOME/followup/model: it decides mail in the languages you corrected; "
            "English corrections are kept as template memory. The shipped model is never touched.",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Rebuild the shipped classifier from the corpus of a source checkout, or your personal one (--personal)."""
    from followup.classifiers import train as train_model

    setup_logging(False)
    if personal:
        from followup.cli_learn import train_personal_command

        train_personal_command(config, corpus, out, seed)
        return
    from followup.classifiers.dataset import CORPUS_DIR

    if out is None and corpus is None and not CORPUS_DIR.is_dir():
        raise ConfigError(
            f"the shipped model is rebuilt from a source checkout (no {CORPUS_DIR}): "
            "use `followup train --personal` to train your own model"
        )
    metrics = train_model(corpus, out, seed=seed)
    typer.echo(json.dumps(metrics, indent=2, sort_keys=True))


def evaluate(
    corpus: Annotated[
        Path | None, typer.Option(help="Corpus folder (default: corpus/ of a source checkout).")
    ] = None,
    model: Annotated[Path | None, typer.Option(help="Model folder (default: the shipped model).")] = None,
    split: Annotated[str, typer.Option(help="Which split to score: train, dev, test or all.")] = "test",
    cv: Annotated[
        int,
        typer.Option(
            help="Family-grouped K-fold cross-validation over the whole corpus (trains K models; "
            "ignores --model and --split). 0: score the model on the split."
        ),
    ] = 0,
    seed: Annotated[int, typer.Option(help="Training seed for --cv.")] = 0,
    mail_set: Annotated[
        Path | None,
        typer.Option(
            "--set",
            help="Score a JSONL set of real mail (the format of ../shared/realmail/dev.jsonl) through "
            "mail parsing, per label and per language, instead of a corpus split.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="With --set: only records in this language ('en'), or all but one ('!en')."),
    ] = None,
    corrections: Annotated[
        bool,
        typer.Option(
            "--corrections",
            help="Your personal model against the shipped one: on your corrections (cross-validated: "
            "trains 3 models, minutes each) and on the shipped test split.",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Per-label precision, recall, F1, the confusion matrix and entity accuracy on a corpus split."""
    from followup.classifiers import cross_validate, evaluate_split, format_report
    from followup.classifiers.mailset import evaluate_set, format_set_report

    if mail_set is not None:
        typer.echo(format_set_report(evaluate_set(mail_set, model, lang)))
        return
    if corrections:
        from followup.cli_learn import eval_corrections_command

        setup_logging(False)
        eval_corrections_command(config, corpus, seed)
        return

    if cv:
        setup_logging(False)
        typer.echo(f"{cv}-fold cross-validation, grouped by family (seed {seed})")
        typer.echo(format_report(cross_validate(corpus, cv, seed=seed)))
        return
    typer.echo(format_report(evaluate_split(corpus, model, split)))


def model_commands(app: typer.Typer) -> None:
    """Register these commands on the main app (cli.py)."""
    app.command()(classify)
    app.command()(train)
    app.command(name="eval")(evaluate)
