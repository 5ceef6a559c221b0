#!/usr/bin/env python3
"""Reference figures for the Asterisk fixture files in this directory.

Written from the Asterisk documentation of the two formats (queue_log events
and their data fields; cdr_csv / cdr_custom column order), independently of
the application code, so that tests can compare the application's numbers
with figures computed a second way.

    python3 count.py FILE          print the figures of one file as JSON
    python3 count.py --write       write expected/<file name>.json for every
                                   file under queue_log/ and cdr/

Days are UTC calendar days of the event's own time for queue_log (epoch
seconds, or "YYYY-MM-DD HH:MM:SS[.micro]" read as UTC), and the date part of
the record's start time for CDRs (local wall-clock strings).

CDR agent figures count only the extensions in ROSTERS. Records sharing a
linkedid (else a uniqueid) are one call; each roster agent on a call's
records (by channel, then dstchannel, else src or dst) makes one agent call,
answered if any of its records is, with talk the union of the answered
records' billsec spans ending at each record's end. On a VoiceMail record the
called agent counts as not answered: the message is the caller's talk.
"""
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

COMPLETIONS = ("COMPLETEAGENT", "COMPLETECALLER", "TRANSFER", "BLINDTRANSFER",
               "ATTENDEDTRANSFER")
EXITS = ("EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY")
DISPOSITIONS = ("ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION")


def absent(value):
    return value is None or value == "" or value == "NONE"


def to_int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------
# queue_log

def parse_time(text):
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return datetime.fromtimestamp(int(text), tz=timezone.utc)
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    return None


def queue_log_lines(raw_bytes):
    text = raw_bytes.decode("utf-8", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def count_queue_log(path):
    raw = open(path, "rb").read()
    lines = queue_log_lines(raw)
    out = {
        "kind": "queue_log",
        "total_lines": len(lines),
        "blank_lines": sum(1 for l in lines if l.strip("\r\x00 ") == ""),
        "lines_starting_with_nul": sum(1 for l in lines if l.startswith("\x00")),
        "unparsed_lines": 0,
        "events": defaultdict(int),
    }
    records = []  # split fields of each line that has at least five
    for line in lines:
        clean = line.lstrip("\x00").rstrip("\r")
        fields = clean.split("|")
        if len(fields) < 5:
            out["unparsed_lines"] += 1
            continue
        records.append(fields)

    parsed = []
    for order, f in enumerate(records):
        t = parse_time(f[0])
        if t is None:
            out["unparsed_lines"] += 1
            continue
        parsed.append((order, t, f[1], f[2], f[3], f[4], f[5:]))
        out["events"][f[4]] += 1

    times = [p[1] for p in parsed]
    out["first_time_utc"] = min(times).strftime("%Y-%m-%d %H:%M:%S") if times else None
    out["last_time_utc"] = max(times).strftime("%Y-%m-%d %H:%M:%S") if times else None
    out["lines_out_of_time_order"] = sum(
        1 for a, b in zip(times, times[1:]) if b < a)

    per_q = defaultdict(lambda: {"offered": 0, "answered": 0,
                                 "answered_within_20": 0, "wait_total": 0,
                                 "abandoned": 0, "exited": 0, "completed": 0,
                                 "talk_total": 0, "longest_wait": 0})
    per_m = defaultdict(lambda: {"connects": 0, "hold_seconds": 0,
                                 "completions": 0, "talk_seconds": 0,
                                 "ring_no_answers": 0})
    enter_queues = defaultdict(set)
    # By the hour a call entered its queue (the event's own hour when it entered on another
    # day or was not seen entering): all queues together.
    per_h = defaultdict(lambda: {"offered": 0, "answered": 0, "answered_within_20": 0, "abandoned": 0})
    entered = {}  # (callid, queue) -> time of its ENTERQUEUE
    connects_per_call = defaultdict(int)
    last_connect = {}  # (callid, queue) -> (time, member)
    completions_without_connect = 0
    talk_from_timestamps = 0

    def d(data, i):
        return data[i] if len(data) > i else None

    for order, t, callid, queue, member, event, data in parsed:
        day = t.strftime("%Y-%m-%d")
        q = None if absent(queue) else queue
        m = None if absent(member) else member
        key = (day, q)
        came = entered.get((callid, q))
        hour_of = came if came is not None and came.strftime("%Y-%m-%d") == day else t
        hkey = (day, hour_of.hour)
        if event == "ENTERQUEUE":
            per_q[key]["offered"] += 1
            per_h[(day, t.hour)]["offered"] += 1
            entered[(callid, q)] = t
            if q and not absent(callid):
                enter_queues[callid].add(q)
        elif event == "CONNECT":
            hold = to_int(d(data, 0)) or 0
            s = per_q[key]
            s["answered"] += 1
            s["wait_total"] += hold
            if hold <= 20:
                s["answered_within_20"] += 1
                per_h[hkey]["answered_within_20"] += 1
            per_h[hkey]["answered"] += 1
            s["longest_wait"] = max(s["longest_wait"], hold)
            connects_per_call[callid] += 1
            last_connect[(callid, q)] = (t, m)
            if m:
                per_m[(day, m)]["connects"] += 1
                per_m[(day, m)]["hold_seconds"] += hold
        elif event == "ABANDON":
            wait = to_int(d(data, 2)) or 0
            per_q[key]["abandoned"] += 1
            per_h[hkey]["abandoned"] += 1
            per_q[key]["longest_wait"] = max(per_q[key]["longest_wait"], wait)
        elif event in EXITS:
            per_q[key]["exited"] += 1
        elif event in COMPLETIONS:
            if event in ("COMPLETEAGENT", "COMPLETECALLER"):
                talk = to_int(d(data, 1))
            elif event in ("TRANSFER", "BLINDTRANSFER"):
                talk = to_int(d(data, 3))
            else:
                talk = to_int(d(data, 4)) if d(data, 0) == "LINK" else to_int(d(data, 3))
            conn = last_connect.get((callid, q))
            if conn is None:
                completions_without_connect += 1
            if talk is None:
                talk = int((t - conn[0]).total_seconds()) if conn else 0
                talk_from_timestamps += 1
            per_q[key]["completed"] += 1
            per_q[key]["talk_total"] += talk
            who = m or (conn[1] if conn else None)
            if who:
                per_m[(day, who)]["completions"] += 1
                per_m[(day, who)]["talk_seconds"] += talk
        elif event == "RINGNOANSWER":
            if m:
                per_m[(day, m)]["ring_no_answers"] += 1

    days = defaultdict(lambda: {"queues": {}, "members": {}})
    for (day, q), s in sorted(per_q.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        row = dict(s)
        row["service_level"] = round(s["answered_within_20"] / s["answered"], 4) if s["answered"] else None
        row["asa"] = s["wait_total"] // s["answered"] if s["answered"] else None
        row["aht"] = s["talk_total"] // s["completed"] if s["completed"] else None
        days[day]["queues"][q if q else "(none)"] = row
    for (day, m), s in sorted(per_m.items()):
        days[day]["members"][m] = dict(s)
    for (day, h), s in sorted(per_h.items()):
        if any(s.values()):
            days[day].setdefault("hours", {})["%02d" % h] = dict(s)
    # keep only queue rows that carry call figures
    for day in days.values():
        day["queues"] = {k: v for k, v in day["queues"].items()
                         if any(v[f] for f in ("offered", "answered", "abandoned", "exited", "completed"))}

    out["days"] = dict(sorted(days.items()))
    out["calls_visiting_several_queues"] = sum(1 for qs in enter_queues.values() if len(qs) >= 2)
    out["call_ids_connected_twice"] = sum(1 for n in connects_per_call.values() if n >= 2)
    out["completions_without_connect_in_same_queue"] = completions_without_connect
    out["completions_with_talk_from_timestamps"] = talk_from_timestamps
    out["members_seen"] = sorted({p[4] for p in parsed if not absent(p[4])})
    out["events"] = dict(sorted(out["events"].items()))
    return out


# --------------------------------------------------------------------------
# CDR

# cdr_csv (cdr.conf [csv]): 16 base columns, then uniqueid and userfield when
# loguniqueid / loguserfield are on, then peeraccount, linkedid, sequence when
# newcdrcolumns is on.
CDR_CSV = ["accountcode", "src", "dst", "dcontext", "clid", "channel",
           "dstchannel", "lastapp", "lastdata", "start", "answer", "end",
           "duration", "billsec", "disposition", "amaflags", "uniqueid",
           "userfield", "peeraccount", "linkedid", "sequence"]
# cdr_custom.conf.sample's Master.csv mapping: clid first, accountcode after
# amaflags, then uniqueid, userfield and sequence.
CDR_CUSTOM_SAMPLE = ["clid", "src", "dst", "dcontext", "channel", "dstchannel",
                     "lastapp", "lastdata", "start", "answer", "end",
                     "duration", "billsec", "disposition", "amaflags",
                     "accountcode", "uniqueid", "userfield", "sequence"]

# Per CDR file: its column order and the agents' extensions (the roster).
LAYOUTS = {
    "stadion-newcdrcolumns.Master.csv": CDR_CSV,
    "telephonyswitching-ast11.Master.csv": CDR_CSV,
    "kelysaina-custom.Master.csv": CDR_CUSTOM_SAMPLE,
}
ROSTERS = {
    "stadion-newcdrcolumns.Master.csv": {"301"},
    "telephonyswitching-ast11.Master.csv": {"100", "101", "102", "103", "104"},
    "kelysaina-custom.Master.csv": {"client1", "client2"},
}


def extension(channel):
    """Text after the first '/' up to the first '-', '@' or ';':
    'SIP/301-00000012' -> '301', 'Local/ch1@TimeDelay-00000006;2' -> 'ch1'.
    A channel without '/' is its own extension."""
    if "/" not in channel:
        return channel
    return re.split(r"[-@;]", channel.split("/", 1)[1], maxsplit=1)[0]


def cdr_time(text):
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        return None


def written(r):
    """When the record was written: its end, else start + duration, else
    start + billsec."""
    end = cdr_time(r["end"])
    if end:
        return end
    for column in ("duration", "billsec"):
        seconds = to_int(r[column])
        if seconds is not None:
            return r["_start"] + timedelta(seconds=seconds)
    return None


def call_key(r):
    return r.get("linkedid") or r["uniqueid"] or "cdr-%d" % r["_line"]


def parties(r, roster):
    """(agent, direction) pairs of one record, direction 'out' or 'in'."""
    found = []
    out = extension(r["channel"] or "")
    if out in roster:
        found.append((out, "out"))
    dst = extension(r["dstchannel"] or "")
    if dst in roster and dst not in [agent for agent, _ in found]:
        found.append((dst, "in"))
    if not found:
        if r["src"] in roster:
            found.append((r["src"], "out"))
        elif r["dstchannel"] and r["dst"] in roster:
            found.append((r["dst"], "in"))
    return found


def talk_seconds(legs):
    """Seconds covered by the union of [written - billsec, written) of the
    answered legs; overlapping legs count once."""
    spans = sorted((end - timedelta(seconds=billsec), end)
                   for _, disp, billsec, end in legs
                   if disp == "ANSWERED" and billsec > 0 and end is not None)
    total, covered_to = 0, None
    for begin, end in spans:
        if covered_to is not None:
            begin = max(begin, covered_to)
        if end > begin:
            total += int((end - begin).total_seconds())
            covered_to = end
    return total


def count_cdr(path):
    name = os.path.basename(path)
    cols, roster = LAYOUTS[name], ROSTERS[name]
    raw = open(path, "rb").read().decode("utf-8", errors="replace")
    rows = list(csv.reader(io.StringIO(raw)))
    out = {"kind": "cdr", "layout": cols, "roster": sorted(roster),
           "records": len(rows), "unparsed_records": 0,
           "column_counts": sorted({len(row) for row in rows})}
    recs = []
    for line, row in enumerate(rows, 1):
        r = {c: (row[i] if i < len(row) else None) for i, c in enumerate(cols)}
        r["_line"] = line
        r["_start"] = cdr_time(r["start"])
        if r["_start"] is None:
            out["unparsed_records"] += 1
            continue
        recs.append(r)

    calls = defaultdict(list)  # key -> records in file order
    for r in recs:
        calls[call_key(r)].append(r)

    days = defaultdict(lambda: {"records": 0, "dispositions": defaultdict(int),
                                "calls": 0, "calls_with_several_records": 0,
                                "queue_legs": 0, "agents": {}})
    for r in recs:
        day = days[r["start"][:10]]
        day["records"] += 1
        day["dispositions"][r["disposition"]] += 1
        if r["lastapp"] == "Queue" or re.match(r"Local/[^@]*@from-queue", r["channel"] or ""):
            day["queue_legs"] += 1

    for crs in calls.values():
        day = days[crs[0]["start"][:10]]
        day["calls"] += 1
        day["calls_with_several_records"] += len(crs) > 1

        legs = defaultdict(list)  # agent -> (start, disposition, billsec, written)
        for r in crs:
            voicemail = (r["lastapp"] or "").lower().startswith("voicemail")
            for agent, direction in parties(r, roster):
                if voicemail and direction == "in":
                    disp, billsec = "NO ANSWER", 0
                else:
                    disp, billsec = r["disposition"], to_int(r["billsec"]) or 0
                legs[agent].append((r["start"], disp, billsec, written(r)))
        for agent, als in legs.items():
            dispositions = [leg[1] for leg in als]
            disp = "ANSWERED" if "ANSWERED" in dispositions else dispositions[-1]
            s = days[als[0][0][:10]]["agents"].setdefault(
                agent, {"calls": 0, "answered": 0, "talk_seconds": 0,
                        "dispositions": defaultdict(int)})
            s["calls"] += 1
            s["answered"] += disp == "ANSWERED"
            s["talk_seconds"] += talk_seconds(als)
            s["dispositions"][disp] += 1

    for day in days.values():
        day["dispositions"] = dict(sorted(day["dispositions"].items()))
        for s in day["agents"].values():
            s["dispositions"] = dict(sorted(s["dispositions"].items()))
    out["days"] = dict(sorted(days.items()))
    out["calls"] = len(calls)
    out["queue_legs"] = sum(d["queue_legs"] for d in days.values())
    starts = sorted(r["start"] for r in recs)
    out["first_start"] = starts[0] if starts else None
    out["last_start"] = starts[-1] if starts else None
    out["records_ending_next_day"] = sum(
        1 for r in recs if r["end"] and r["end"][:10] != r["start"][:10])
    out["calls_spanning_days"] = sum(
        1 for crs in calls.values() if len({r["start"][:10] for r in crs}) > 1)
    return out


def count(path):
    if path.endswith(".queue_log") or "/queue_log/" in path:
        return count_queue_log(path)
    return count_cdr(path)


def fixture_files():
    for sub in ("queue_log", "cdr"):
        d = os.path.join(HERE, sub)
        for name in sorted(os.listdir(d)):
            yield os.path.join(d, name)


def main(argv):
    if argv[1:] == ["--write"]:
        os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
        for path in fixture_files():
            target = os.path.join(HERE, "expected", os.path.basename(path) + ".json")
            with open(target, "w") as fh:
                json.dump(count(path), fh, indent=2, sort_keys=True)
                fh.write("\n")
            print(target)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(count(argv[1]), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
