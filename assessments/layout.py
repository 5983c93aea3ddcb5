"""How one attempt shows a question's options: a per-attempt order and one opaque token per option.

The browser only ever sees tokens, never an option's position in the bank (which would give the key away when
a bank lists the right answer first). The snapshot keeps the order and the tokens, so the form, autosave,
grading and review of one attempt always agree, and `from_tokens` turns what the browser sent back into bank
positions. Pure code on snapshot dicts: no ORM.

Keys added to a snapshot entry:
- single/multiple: "choice_order" (bank indexes in display order), "tokens" (token of answers[i] at i);
- matching: "choice_order" (pair indexes of the scored left items, in display order), "tokens" (token of
  pairs[i] at i) and "rights" ([{"token", "text"}] distinct right-hand options in display order).
"""
from __future__ import annotations

import random
import secrets

MAX_CHOICES = 50  # most options one answer may list

_CHOICES = ("single", "multiple")


def _tokens(n: int, taken: set[str] | None = None) -> list[str]:
    taken = set(taken or ())
    tokens = []
    while len(tokens) < n:
        token = "o" + secrets.token_hex(6)  # never all digits: never mistaken for a position
        if token not in taken:
            taken.add(token)
            tokens.append(token)
    return tokens


def _shuffled(items: list, seed: int) -> list:
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def build(question: dict, *, seed: int, shuffle: bool) -> dict:
    """The layout keys for a new snapshot entry of `question` (plain question JSON)."""
    kind = question.get("type")
    if kind in _CHOICES:
        order = list(range(len(question.get("answers", []))))
        return {"choice_order": _shuffled(order, seed) if shuffle else order, "tokens": _tokens(len(order))}
    if kind == "matching":
        pairs = question.get("pairs", [])
        lefts = [i for i, pair in enumerate(pairs) if (pair.get("question") or "").strip()]
        # Never in pair order: that order would pair each left item with its answer.
        rights = sorted({pair["answer"] for pair in pairs}, key=lambda text: (text.casefold(), text))
        if shuffle:
            lefts, rights = _shuffled(lefts, seed), _shuffled(rights, seed + 1)
        tokens = _tokens(len(pairs) + len(rights))
        return {"choice_order": lefts, "tokens": tokens[:len(pairs)],
                "rights": [{"token": t, "text": text} for t, text in zip(tokens[len(pairs):], rights)]}
    return {}


def options(entry: dict) -> list[tuple[str, str]]:
    """(token, text) of a choice question's answers, in this attempt's order."""
    answers, tokens = entry["question"].get("answers", []), entry.get("tokens", [])
    return [(tokens[i], answers[i]["text"]) for i in entry.get("choice_order", []) if i < len(tokens)]


def matching_lefts(entry: dict) -> list[tuple[str, str]]:
    """(token, text) of a matching question's left items, in this attempt's order."""
    pairs, tokens = entry["question"].get("pairs", []), entry.get("tokens", [])
    return [(tokens[i], pairs[i]["question"]) for i in entry.get("choice_order", []) if i < len(tokens)]


def matching_rights(entry: dict) -> list[tuple[str, str]]:
    return [(right["token"], right["text"]) for right in entry.get("rights", [])]


def from_tokens(entry: dict, raw) -> tuple[object, bool]:
    """(response in bank terms, refused) for what the browser sent for a choice or matching question.

    `refused` is True when something was sent that is not one of this attempt's tokens (a bank position, a
    guess, another attempt's token); that part counts as no answer.
    """
    kind = entry["question"].get("type")
    if raw in (None, "", [], {}):
        return None, False
    if kind in _CHOICES:
        index = {token: i for i, token in enumerate(entry.get("tokens", []))}
        values = raw if kind == "multiple" and isinstance(raw, list) else [raw]
        picked = [index.get(value) if isinstance(value, str) else None for value in values[:MAX_CHOICES]]
        refused = None in picked or len(values) > MAX_CHOICES
        found = sorted({i for i in picked if i is not None})
        if kind == "single":
            return (found[0] if found and not refused else None), refused
        return found or None, refused
    if kind == "matching":
        if not isinstance(raw, dict):
            return None, True
        lefts = {entry["tokens"][i]: i for i in entry.get("choice_order", []) if i < len(entry.get("tokens", []))}
        rights = {right["token"]: right["text"] for right in entry.get("rights", [])}
        chosen, refused = {}, False
        for key, value in list(raw.items())[:MAX_CHOICES]:
            if value in ("", None):
                continue
            if isinstance(key, str) and key in lefts and isinstance(value, str) and value in rights:
                chosen[str(lefts[key])] = rights[value]
            else:
                refused = True
        return chosen or None, refused
    raise ValueError(f"no tokens for question type {kind!r}")


def to_tokens(entry: dict, response):
    """A stored (bank-terms) response in the browser's terms: what the form pre-selects, or a test sends."""
    kind = entry["question"].get("type")
    tokens = entry.get("tokens", [])
    if response is None:
        return None
    if kind == "single":
        return tokens[response] if isinstance(response, int) and 0 <= response < len(tokens) else None
    if kind == "multiple":
        return [tokens[i] for i in response if isinstance(i, int) and 0 <= i < len(tokens)]
    if kind == "matching":
        by_text = {right["text"]: right["token"] for right in entry.get("rights", [])}
        return {tokens[int(k)]: by_text[v] for k, v in response.items()
                if str(k).isdigit() and int(k) < len(tokens) and v in by_text}
    return response


def uses_tokens(entry: dict) -> bool:
    return entry["question"].get("type") in (*_CHOICES, "matching")
