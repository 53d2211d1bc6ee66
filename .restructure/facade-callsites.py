#!/usr/bin/env python3
"""Moves call sites of the old one-class OrderManagement facade to the services it was split into (issue 10).

Re-runnable: every rewrite matches only the old spelling, so running it again (after a merge brought more
old call sites in) changes only what is still old. Run from the repository root:

    python3 .restructure/facade-callsites.py [--check]

--check lists what would change and exits 1 if anything would.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The facade itself; the domain never calls it.
SKIP = ("oms-core/src/main/java/dev/oms/core/application/", ".restructure/", "docs/migration-0.2.md", "/target/")

# old method -> (service accessor, new method, suffix appended after the call's closing parenthesis)
RENAMES = {
    "placeOrder": ("orders", "place", ""),
    "cancel": ("orders", "cancel", ""),
    "availableToPromise": ("storefront", "availableToPromise", ""),
    "placeHold": ("storefront", "placeHold", ""),
    "releaseHold": ("storefront", "releaseHold", ""),
    "expireHolds": ("storefront", "expireHolds", ""),
    "createPickLists": ("warehouse", "createPickLists", ""),
    "confirmPicked": ("warehouse", "confirmPicked", ""),
    # These now answer what they made (Packed, Shipped); old callers keep the order they used.
    "confirmPacked": ("warehouse", "confirmPacked", ".map(Packed::order)"),
    "labelPackage": ("warehouse", "label", ""),
    "ship": ("warehouse", "ship", ".map(Shipped::order)"),
    "confirmDelivery": ("warehouse", "confirmDelivery", ""),
    "receiveStock": ("inbound", "receiveStock", ""),
    "release": ("inbound", "release", ""),
    "releaseDateMoved": ("inbound", "releaseDateMoved", ""),
    "recordSupplierAnswer": ("inbound", "recordSupplierAnswer", ""),
    "receivePurchase": ("inbound", "receivePurchase", ""),
    "allocate": ("sourcing", "allocate", ""),
    "reroute": ("sourcing", "reroute", ""),
    "explainRouting": ("sourcing", "explainRouting", ""),
    "retryPayment": ("payments", "retry", ""),
    "resume": ("recovery", "resume", ""),
    "resumeAll": ("recovery", "resumeAll", ""),
    "find": ("queries", "find", ""),
    "orderIds": ("queries", "orderIds", ""),
}

# What a facade is called at the call sites: oms, shop.oms, world.oms(), other, facades.get(0), start() ...
RECEIVER = r"(?<![\w$])(?P<recv>(?:[\w$]+\.)*(?:oms|other|facade)(?:\(\))?|facades\.get\([^()]*\)|start\(\))"
METHODS = "|".join(sorted(RENAMES, key=len, reverse=True))
CALL = re.compile(RECEIVER + r"(?P<dot>\s*\.\s*)(?P<method>" + METHODS + r")\s*\(")
REF = re.compile(RECEIVER + r"::(?P<method>" + METHODS + r")\b")

# Record components renamed for one vocabulary (location, idempotencyKey), on the receipt records only.
RECEIPT_ACCESSORS = [
    (re.compile(r"\b(receipt|r|stockReceipt|purchaseReceipt)\.operationKey\(\)"), r"\1.idempotencyKey()"),
    (re.compile(r"\b(receipt|r|stockReceipt|purchaseReceipt)\.locationId\(\)"), r"\1.location()"),
    (re.compile(r"(StockReceipt|PurchaseReceipt)::operationKey\b"), r"\1::idempotencyKey"),
    (re.compile(r"(StockReceipt|PurchaseReceipt)::locationId\b"), r"\1::location"),
]

# Results that changed type at the public API (Vavr Option/List -> java.util Optional/List): literal fixes
# of the call sites that used a Vavr-only method on them. (file suffix, old text, new text)
LITERAL = [
    ("", ".queries().find(id).toEither(() -> null)", ".queries().find(id).<Either<Rejection, Order>>map(Either::right).orElse(null)"),
    ("ResumeAllTest.java", "report.failed().head()", "report.failed().get(0)"),
]


# Inbound answers java.util.List now: a Vavr-to-java conversion of its result goes.
INBOUND_TO_JAVA = re.compile(r"(\.inbound\(\)\.(?:receiveStock|release|releaseDateMoved)\(.*\)\.get\(\))\.toJavaList\(\)")

# Finding and resuming answer java.util.Optional now.
OPTION_DECLARED = re.compile(r"(?<![\w.])Option<Order> (\w+) = (\S*\.(?:queries\(\)\.find|recovery\(\)\.resume)\()")

# A found order compared with a replayed log (a Vavr Option).
REPLAY_COMPARED = re.compile(r"(\.queries\(\)\.find\((?:[^()]|\([^()]*\))*\)\)\.isEqualTo\(OrderEvolution\.replay\(\w+\))\)")


def call_end(text, open_paren):
    """Index just past the parenthesis closing the one at open_paren (strings and chars skipped)."""
    depth, i, n = 0, open_paren, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            quote, i = c, i + 1
            while i < n and text[i] != quote:
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced call")


def rewrite_calls(text):
    out, pos = [], 0
    for m in CALL.finditer(text):
        if m.start() < pos:
            continue
        service, method, suffix = RENAMES[m.group("method")]
        open_paren = m.end() - 1
        end = call_end(text, open_paren) if suffix else open_paren + 1
        args = text[open_paren:end] if suffix else "("
        out.append(text[pos:m.start()])
        out.append(f"{m.group('recv')}{m.group('dot')}{service}().{method}{args}{suffix}")
        pos = end
    out.append(text[pos:])
    text = "".join(out)
    # Nested calls (a facade call in another's arguments) are caught by a second pass.
    return text if not CALL.search(text) else rewrite_calls(text)


def rewrite_refs(text):
    def ref(m):
        service, method, suffix = RENAMES[m.group("method")]
        if suffix:
            raise ValueError(f"method reference to {m.group(0)} needs a hand edit: the result type changed")
        return f"{m.group('recv')}.{service}()::{method}"
    return REF.sub(ref, text)


IMPORTS = {"Packed::order": "dev.oms.core.application.Packed", "Shipped::order": "dev.oms.core.application.Shipped"}


def with_imports(path, text):
    """Imports the result records a rewritten call names, in order among the file's imports (Java files outside their package)."""
    if path.suffix != ".java" or "package dev.oms.core.application;" in text:
        return text
    for use, qualified in IMPORTS.items():
        line = f"import {qualified};"
        if use not in text or line in text:
            continue
        imports = [m for m in re.finditer(r"(?m)^import (?!static )[\w.]+;$", text)]
        after = [m for m in imports if m.group(0) > line]
        if after:
            text = text[:after[0].start()] + line + "\n" + text[after[0].start():]
        elif imports:
            text = text[:imports[-1].end()] + "\n" + line + text[imports[-1].end():]
        else:
            text = re.sub(r"(?m)^(package [\w.]+;\n)", lambda m: m.group(1) + "\n" + line + "\n", text, count=1)
    return text


SERVICE_CLASSES = {"orders": "OrderTaking", "storefront": "Storefront", "warehouse": "Warehouse", "inbound": "Inbound",
                   "sourcing": "Sourcing", "payments": "Payments", "recovery": "Recovery", "queries": "OrderQueries"}
DOC_LINK = re.compile(r"(?:dev\.oms\.core\.application\.)?OrderManagement#(?P<method>" + METHODS + r")\b")


def rewrite_doc_links(text):
    """Javadoc links to an old facade method name the service's method, fully qualified (no import needed)."""
    def link(m):
        service, method, _ = RENAMES[m.group("method")]
        return f"dev.oms.core.application.{SERVICE_CLASSES[service]}#{method}"
    return DOC_LINK.sub(link, text)


def rewrite(path, text):
    new = with_imports(path, rewrite_doc_links(rewrite_refs(rewrite_calls(text))))
    if "StockReceipt" in new or "PurchaseReceipt" in new:
        for pattern, replacement in RECEIPT_ACCESSORS:
            new = pattern.sub(replacement, new)
    new = INBOUND_TO_JAVA.sub(r"\1", new)
    for variable, _ in OPTION_DECLARED.findall(new):
        new = re.sub(r"\b" + variable + r"\.isDefined\(\)", variable + ".isPresent()", new)
    new = REPLAY_COMPARED.sub(r"\1.toJavaOptional())", new)
    new = OPTION_DECLARED.sub(r"java.util.Optional<Order> \1 = \2", new)
    for suffix, old, replacement in LITERAL:
        if path.name.endswith(suffix) and old in new:
            new = new.replace(old, replacement)
    return new


def main():
    check = "--check" in sys.argv
    changed = []
    for path in sorted(list(ROOT.rglob("*.java")) + list(ROOT.rglob("*.md"))):
        rel = path.relative_to(ROOT).as_posix()
        if any(s in rel or rel.startswith(s) for s in SKIP):
            continue
        text = path.read_text(encoding="utf-8")
        new = rewrite(path, text)
        if new != text:
            changed.append(rel)
            if not check:
                path.write_text(new, encoding="utf-8")
    for rel in changed:
        print(("would change " if check else "changed ") + rel)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
