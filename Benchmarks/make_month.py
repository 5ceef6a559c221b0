"""A month of a 20-agent sales team in one data directory: status.csv, calls.csv, sales.csv
and agents.csv for the working days of the month before the given last day, with a fixed
seed. Used by Benchmarks/run (B9: opening a month of history).

    python3 make_month.py DIR LAST_DAY(YYYY-MM-DD) [agents]
"""
import datetime
import random
import sys

out, last = sys.argv[1], datetime.date.fromisoformat(sys.argv[2])
agents = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rnd = random.Random(2026)
days = [last - datetime.timedelta(days=i) for i in range(30, -1, -1)]
days = [d for d in days if d.weekday() < 5]

with open(f"{out}/agents.csv", "w") as f:
    f.write("id,name,daily_sales_target,daily_revenue_target\n")
    for a in range(agents):
        f.write(f"a{a},Agent {a},6,4000\n")

status = open(f"{out}/status.csv", "w")
calls = open(f"{out}/calls.csv", "w")
sales = open(f"{out}/sales.csv", "w")
status.write("time,agent,state,reason\n")
calls.write("id,agent,start,duration,outcome\n")
sales.write("time,agent,amount,call_id\n")
n = 0
for day in days:
    for a in range(agents):
        t = datetime.datetime.combine(day, datetime.time(8, 0)) + datetime.timedelta(seconds=rnd.randint(0, 600))
        end = datetime.datetime.combine(day, datetime.time(16, 0))
        status.write(f"{t:%Y-%m-%d %H:%M:%S},a{a},available,\n")
        while t < end - datetime.timedelta(minutes=10):
            t += datetime.timedelta(seconds=rnd.randint(10, 120))
            status.write(f"{t:%Y-%m-%d %H:%M:%S},a{a},call,\n")
            talk = rnd.randint(30, 400)
            n += 1
            sale = rnd.random() < 0.08
            calls.write(f"C{n},a{a},{t:%Y-%m-%d %H:%M:%S},{talk},{'sale' if sale else 'no-sale'}\n")
            t += datetime.timedelta(seconds=talk)
            status.write(f"{t:%Y-%m-%d %H:%M:%S},a{a},wrap,\n")
            if sale:
                sales.write(f"{t:%Y-%m-%d %H:%M:%S},a{a},{rnd.randint(200, 2000)}.00,C{n}\n")
            t += datetime.timedelta(seconds=rnd.randint(5, 60))
            status.write(f"{t:%Y-%m-%d %H:%M:%S},a{a},available,\n")
        status.write(f"{end:%Y-%m-%d %H:%M:%S},a{a},offline,\n")
