#!/usr/bin/env python3
"""Call-site changes for the decider slice of issue 10 (re-runnable: every step is a no-op once applied).

Run from the repository root:  python3 .restructure/decider-callsites.py

What it does, over every .java file outside oms-core's dev/oms/core/command package (which the slice
rewrote by hand):
  1. OrderCommand.X  ->  <Family>.X (and imports), with two renames:
       RecordSupplierAnswer  -> IndentCommand.ApplySupplierAnswer
       RecordPurchaseReceipt -> IndentCommand.ReceivePurchaseGoods
  2. OrderDecider.decide(order, command)  ->  OrderDecider.decide(command, order, <context>)
  3. Fields that moved from commands into the DecisionContext are dropped at the call sites:
       Ship / ConfirmDelivery time, CreatePickLists bins, Cancel preference, ApplySupplierAnswer shortfall,
       FillWaitingUnits lapsed authorisations; the private helpers that only computed them are removed.
  4. new CommandExecution(ports) -> new CommandExecution(ports, indents, preorderPayment): the execution builds
     the decision context from the ports and those two policies.
  5. In a file it changed or that uses the command package, imports only the removed helpers needed are
     dropped when nothing else in the file names them.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMAND_PKG = "dev.oms.core.command"
SKIP = ("oms-core/src/main/java/dev/oms/core/command/",)

# old simple name -> (family, new simple name)
RENAMES = {
    "AllocatePending": ("AllocationCommand", "AllocatePending"),
    "RequestReservation": ("AllocationCommand", "RequestReservation"),
    "Reroute": ("AllocationCommand", "Reroute"),
    "FillWaitingUnits": ("WaitingCommand", "FillWaitingUnits"),
    "Fill": ("WaitingCommand", "Fill"),
    "MoveReleaseDate": ("WaitingCommand", "MoveReleaseDate"),
    "RecordSupplierAnswer": ("IndentCommand", "ApplySupplierAnswer"),
    "RecordPurchaseReceipt": ("IndentCommand", "ReceivePurchaseGoods"),
    "RequestAuthorization": ("PaymentCommand", "RequestAuthorization"),
    "RetryPayment": ("PaymentCommand", "RetryPayment"),
    "RequestPrepayment": ("PaymentCommand", "RequestPrepayment"),
    "CreatePickLists": ("FulfilmentCommand", "CreatePickLists"),
    "ConfirmPicked": ("FulfilmentCommand", "ConfirmPicked"),
    "ConfirmPacked": ("FulfilmentCommand", "ConfirmPacked"),
    "RequestLabel": ("FulfilmentCommand", "RequestLabel"),
    "Ship": ("FulfilmentCommand", "Ship"),
    "ConfirmDelivery": ("FulfilmentCommand", "ConfirmDelivery"),
    "Cancel": ("CancellationCommand", "Cancel"),
    "RecordReservation": ("EffectOutcome", "RecordReservation"),
    "RecordAuthorization": ("EffectOutcome", "RecordAuthorization"),
    "RecordCapture": ("EffectOutcome", "RecordCapture"),
    "RecordPrepayment": ("EffectOutcome", "RecordPrepayment"),
    "RecordRefund": ("EffectOutcome", "RecordRefund"),
    "RecordAuthorizationVoided": ("EffectOutcome", "RecordAuthorizationVoided"),
    "RecordLabel": ("EffectOutcome", "RecordLabel"),
    "RecordLabelRefused": ("EffectOutcome", "RecordLabelRefused"),
    "RecordLabelVoided": ("EffectOutcome", "RecordLabelVoided"),
    "RecordStockReleased": ("EffectOutcome", "RecordStockReleased"),
    "RecordStockConsumed": ("EffectOutcome", "RecordStockConsumed"),
    "RecordRingFenceReserved": ("EffectOutcome", "RecordRingFenceReserved"),
    "RecordPurchaseRequestSent": ("EffectOutcome", "RecordPurchaseRequestSent"),
    "RecordNotificationSent": ("EffectOutcome", "RecordNotificationSent"),
}
FAMILIES = sorted({family for family, _ in RENAMES.values()})

# The context each file decides with, for OrderDecider.decide calls it makes directly.
CONTEXTS = {
    "OrderManagement.java": "execution.context()",
    # A hold taken over is decided at the placement of the draft order (no context field is read).
    "HoldDesk.java": "DecisionContext.at(draft.placedAt())",
}
TEST_CONTEXT = "DecisionContext.at(TestShop.CLOCK.instant())"
DEFAULT_CONTEXT = "DecisionContext.at(ports.clock().instant())"

# One level of nested parentheses inside an argument list.
ARGS = r"(?:[^()]|\((?:[^()]|\([^()]*\))*\))*?"

CALL_SITE_EDITS = [
    # Times come from the decision context.
    (re.compile(r"(new FulfilmentCommand\.(?:Ship|ConfirmDelivery)\(" + ARGS + r"), ports\.clock\(\)\.instant\(\)\)"), r"\1)"),
    # Bins come from the decision context.
    (re.compile(r"(new FulfilmentCommand\.CreatePickLists\(" + ARGS + r"), (?:bins\(order\)|io\.vavr\.collection\.HashMap\.empty\(\))\)"), r"\1)"),
    (re.compile(r"\n\n    private Map<PickListBinKey, String> bins\(Order order\) \{\n.*?\n    \}\n", re.S), "\n"),
    (re.compile(r"import dev\.oms\.core\.command\.OrderCommand\.PickListBinKey;\n"), ""),
    # The location preference comes from the decision context.
    (re.compile(r"(new CancellationCommand\.Cancel\(" + ARGS + r"), (?:locationPreference|preference)\(\)\)"), r"\1)"),
    (re.compile(r"\n\n    (?:/\*\*[^\n]*\*/\n    )?private List<LocationId> locationPreference\(\) \{\n.*?\n    \}\n", re.S), "\n"),
    # The shortfall policy comes from the decision context.
    (re.compile(r"(new IndentCommand\.ApplySupplierAnswer\(" + ARGS + r"answer),\s*indents\.onShortfall\(purchase\.get\(\)\.sku\(\)\)\)"), r"\1)"),
    # Lapsed authorisations are decided by the restock rule from the context's time and payment policy.
    (re.compile(r"stillWaiting, lapsed\(order, entry, units\)\)"), "stillWaiting)"),
    (re.compile(r"\n\n    /\*\* Authorisations too old to capture when pre-ordered units are filled[^\n]*\n    private List<String> lapsed\(.*?\n    \}\n", re.S), "\n"),
    # The execution builds decision contexts, so it knows the policies they carry.
    (re.compile(r"new CommandExecution\(ports\)"), "new CommandExecution(ports, indents, preorderPayment)"),
]


# Imports only the removed helpers used; dropped where nothing else in the file names them.
MAYBE_UNUSED = [
    "io.vavr.collection.HashMap", "io.vavr.collection.Map", "dev.oms.spi.inventory.StockLevel",
    "dev.oms.core.allocation.LocationPriorityAllocation", "dev.oms.spi.value.LocationId",
    "dev.oms.core.payment.Authorization", "java.time.Instant", "dev.oms.core.command.OrderCommand",
]


def drop_unused_imports(text):
    for qualified in MAYBE_UNUSED:
        line = "import " + qualified + ";\n"
        simple = qualified.rsplit(".", 1)[1]
        if line in text and not re.search(r"\b" + simple + r"\b", text.replace(line, "")):
            text = text.replace(line, "")
    return text


def add_import(text, qualified):
    line = "import " + qualified + ";"
    if line in text:
        return text
    core = list(re.finditer(r"^import dev\.oms\.core\.[^\n]+;\n", text, re.M))
    if core:
        return text[:core[-1].end()] + line + "\n" + text[core[-1].end():]
    m = re.search(r"^import [^\n]+;\n", text, re.M)
    if m:
        return text[:m.start()] + line + "\n" + text[m.start():]
    m = re.search(r"^package [^\n]+;\n", text, re.M)
    return text[:m.end()] + "\n" + line + "\n" + text[m.end():]


def rename_commands(text):
    renamed_simple = []
    for old, (family, new) in RENAMES.items():
        text = text.replace("import dev.oms.core.command.OrderCommand." + old + ";",
                            "import dev.oms.core.command." + family + "." + new + ";")
        text = re.sub(r"\b(?:dev\.oms\.core\.command\.)?OrderCommand\." + old + r"\b", family + "." + new, text)
        if old != new:
            renamed_simple.append((old, new))
    for old, new in renamed_simple:
        text = re.sub(r"\b" + old + r"\b", new, text)
    return text


def split_args(s):
    depth, args, cur = 0, [], ""
    for ch in s:
        if ch in "([{":
            depth += 1
        if ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    args.append(cur.strip())
    return args


def swap_decide(text, context):
    out, i, marker = "", 0, "OrderDecider.decide("
    while True:
        j = text.find(marker, i)
        if j < 0:
            return out + text[i:]
        start = j + len(marker)
        depth, k = 1, start
        while depth:
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            k += 1
        args = split_args(text[start:k - 1])
        if len(args) == 2:
            out += text[i:j] + marker + args[1] + ", " + args[0] + ", " + context + ")"
        else:
            out += text[i:k]
        i = k


def process(path):
    rel = path.relative_to(ROOT).as_posix()
    if any(rel.startswith(s) for s in SKIP) or "/target/" in rel:
        return False
    text = path.read_text()
    before = text
    text = rename_commands(text)
    for pattern, replacement in CALL_SITE_EDITS:
        text = pattern.sub(replacement, text)
    if "OrderDecider.decide(" in text:
        context = CONTEXTS.get(path.name)
        if context is None and re.search(r"\bCommandExecution\s+execution\b", text):
            # A facade class holding the execution decides with the full context it builds.
            context = "execution.context()"
        if context is None:
            context = TEST_CONTEXT if "/src/test/" in rel else DEFAULT_CONTEXT
        text = swap_decide(text, context)
        if "DecisionContext." in text:
            text = add_import(text, COMMAND_PKG + ".DecisionContext")
    in_command_pkg = re.search(r"^package dev\.oms\.core\.command;", text, re.M) is not None
    if not in_command_pkg:
        for family in FAMILIES:
            if re.search(r"(?<![\w.])" + family + r"\.", text):
                text = add_import(text, COMMAND_PKG + "." + family)
    if text != before or "dev.oms.core.command." in text:
        text = drop_unused_imports(text)
    if text != before:
        path.write_text(text)
        return True
    return False


def main():
    changed = [p for p in sorted(ROOT.rglob("*.java")) if process(p)]
    for p in changed:
        print("changed", p.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
