#!/usr/bin/env python3
"""Writes a realistic Asterisk queue_log for load measurements: N lines (default 1,000,000)
of M members (default 200) in 10 queues, ending on 2026-11-27 (UTC), with logins, pauses with
reasons, ring-no-answers, answered and abandoned calls, and a caller in ten moved to a second
queue (a transfer keeps its call id). Same seed, same file.

    python3 make_queue_log.py OUT [LINES] [MEMBERS]
"""
import random
import sys

out = sys.argv[1]
lines_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
members = int(sys.argv[3]) if len(sys.argv) > 3 else 200
rng = random.Random(20261127)
queues = [f"q{i}" for i in range(10)]
names = [f"PJSIP/{2000 + i}" for i in range(members)]
end_day = 1_795_737_600          # 2026-11-27 00:00:00 UTC
lines = []
day = end_day - 86_400 * ((lines_wanted // 90_000) + 1)
call = 0
while len(lines) < lines_wanted:
    t = day + 8 * 3600
    for i, m in enumerate(names):
        lines.append((t + i, f"NONE|{queues[i % 10]}|{m}|ADDMEMBER|"))
    while t < day + 17 * 3600 and len(lines) < lines_wanted:
        t += rng.randint(0, 2)
        call += 1
        cid = f"{t}.{call}"
        q = rng.choice(queues)
        lines.append((t, f"{cid}|{q}|NONE|ENTERQUEUE||600{call % 1000000:06d}|1"))
        if rng.random() < 0.08:
            w = rng.randint(5, 120)
            lines.append((t + w, f"{cid}|{q}|NONE|ABANDON|1|1|{w}"))
            continue
        m = rng.choice(names)
        for _ in range(rng.randint(0, 2)):
            lines.append((t + 2, f"{cid}|{q}|{rng.choice(names)}|RINGNOANSWER|15000"))
        w = rng.randint(1, 60)
        talk = rng.randint(20, 600)
        lines.append((t + w, f"{cid}|{q}|{m}|CONNECT|{w}|{cid}b|3"))
        if rng.random() < 0.1:
            q2 = rng.choice(queues)
            m2 = rng.choice(names)
            lines.append((t + w + talk, f"{cid}|{q}|{m}|BLINDTRANSFER|{q2}|from-queue|{w}|{talk}|1"))
            lines.append((t + w + talk + 1, f"{cid}|{q2}|NONE|ENTERQUEUE||600{call % 1000000:06d}|1"))
            lines.append((t + w + talk + 9, f"{cid}|{q2}|{m2}|CONNECT|8|{cid}c|2"))
            lines.append((t + w + talk + 200, f"{cid}|{q2}|{m2}|COMPLETECALLER|8|191|1"))
        else:
            ev = "COMPLETEAGENT" if rng.random() < 0.5 else "COMPLETECALLER"
            lines.append((t + w + talk, f"{cid}|{q}|{m}|{ev}|{w}|{talk}|1"))
        if rng.random() < 0.02:
            r = rng.choice(["lunch", "coffee", "training", "toilet"])
            lines.append((t + w + talk + 1, f"NONE|NONE|{m}|PAUSEALL|{r}"))
            lines.append((t + w + talk + 600, f"NONE|NONE|{m}|UNPAUSEALL|"))
    day += 86_400
lines = lines[:lines_wanted]
lines.sort(key=lambda x: x[0])
with open(out, "w") as f:
    for t, rest in lines:
        f.write(f"{t}|{rest}\n")
