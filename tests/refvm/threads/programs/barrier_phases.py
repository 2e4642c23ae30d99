# a Barrier with an action: every party finishes phase k before any starts k+1
import threading
log = []
phase = [0]
def action():
    phase[0] += 1
b = threading.Barrier(3, action=action)
def party(name):
    for k in range(3):
        log.append((k, name))
        b.wait()
ts = [threading.Thread(target=party, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(phase[0], [k for k, _ in log] == sorted(k for k, _ in log))
print(b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout", b2.broken)
