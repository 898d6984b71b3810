#!/usr/bin/env python3
"""Steady mixed traffic against a running CareerGPT (bench/soak.sh starts it): guests spending their free action,
verified users reading, searching, collecting pasted job pages, analysing and uploading resumes. Prints one JSON
object: per kind the count, errors, p50/p99 in ms; and the RSS samples it was given a pid file for.

usage: soak.py BASE_URL IDENTITY_LOG SECONDS RATE PAGES_DIR PID...   (RATE = requests per second, all kinds)
"""
import json, os, random, re, sys, threading, time, urllib.error, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

BASE, IDENTITY_LOG, SECONDS, RATE, PAGES = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
PIDS = [int(p) for p in sys.argv[6:]]
RESUME = ("Jane Doe\nSenior Backend Engineer\nExperience\nPaylane GmbH, Backend Engineer, 2018-2024: "
          "Java, Spring Boot, PostgreSQL, Kafka and Kubernetes; cut payment latency by 40%.\n"
          "Education\nTU Berlin, MSc Computer Science\nSkills\nJava, Kotlin, SQL, Docker, Terraform\n")


def call(method, path, body=None, token=None, headers=None, cookie=None, raw=None, content_type=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Accept", "application/json, application/problem+json")
    if data is not None:
        request.add_header("Content-Type", content_type or "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if cookie:
        request.add_header("Cookie", cookie)
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read(), answer.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def code_for(email, deadline=30):
    pattern = re.compile(r"Verification code for " + re.escape(email) + r": (\d{6})")
    end = time.time() + deadline
    while time.time() < end:
        with open(IDENTITY_LOG, encoding="utf-8", errors="replace") as log:
            found = pattern.findall(log.read())
        if found:
            return found[-1]
        time.sleep(0.2)
    raise RuntimeError("no code for " + email)


def verified_user(n):
    address = "10.9.%d.%d" % (n // 250, n % 250 + 1)
    status, _, headers = call("POST", "/auth/guest", headers={"X-Forwarded-For": address})
    cookie = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie") or [])
    email = "soak-%d-%s@example.com" % (n, uuid.uuid4().hex[:6])
    call("POST", "/auth/email", {"email": email}, cookie=cookie, headers={"X-Forwarded-For": address})
    status, body, _ = call("POST", "/auth/verify", {"code": code_for(email)}, cookie=cookie,
                           headers={"X-Forwarded-For": address})
    if status != 200:
        raise RuntimeError("verify answered %d: %s" % (status, body[:200]))
    return json.loads(body)["token"]


pages = [open(os.path.join(PAGES, name), encoding="utf-8").read()
         for name in sorted(os.listdir(PAGES)) if name.endswith(".html")]
users = [verified_user(n) for n in range(8)]
job_ids = []
lock = threading.Lock()
latencies = {}
errors = {}


def guest():
    address = "10.%d.%d.%d" % (random.randint(10, 250), random.randint(0, 255), random.randint(1, 254))
    status, _, headers = call("POST", "/auth/guest", headers={"X-Forwarded-For": address})
    cookie = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie") or [])
    return call("POST", "/api/analyze", {"task": "job_summary", "text": random.choice(pages)[:4000]},
                cookie=cookie, headers={"X-Forwarded-For": address})


def read():
    token = random.choice(users)
    if job_ids and random.random() < 0.5:
        return call("GET", "/api/jobs/" + random.choice(job_ids), token=token)
    return call("GET", random.choice(["/api/jobs?size=20", "/api/jobs?q=engineer", "/api/analytics/market",
                                      "/api/jobs/search?q=backend%20developer"]), token=token)


def collect():
    html = random.choice(pages).replace("</h1>", " %s</h1>" % uuid.uuid4().hex[:8], 1)
    status, body, headers = call("POST", "/api/jobs/collect?wait=true", {"html": html,
                                 "url": "https://jobs.example.org/soak/%s" % uuid.uuid4().hex}, token=random.choice(users))
    if status == 200:
        for item in json.loads(body).get("items", []):
            if item.get("jobId"):
                with lock:
                    job_ids.append(item["jobId"])
    return status, body, headers


def analyse():
    task = {"task": random.choice(["job_summary", "resume_review"]), "text": random.choice(pages)[:3000],
            "resume": {"text": RESUME}}
    if job_ids and random.random() < 0.5:
        task = {"task": "job_summary", "jobId": random.choice(job_ids)}
    return call("POST", "/api/analyze", task, token=random.choice(users))


def upload():
    boundary = uuid.uuid4().hex
    body = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n%s\r\n--%s--\r\n" % (boundary, RESUME, boundary)).encode()
    return call("POST", "/api/resumes", raw=body, token=random.choice(users),
                content_type="multipart/form-data; boundary=" + boundary)


MIX = [(guest, 1), (read, 5), (collect, 2), (analyse, 2), (upload, 1)]
KINDS = [kind for kind, weight in MIX for _ in range(weight)]


def run(kind):
    started = time.perf_counter()
    try:
        status = kind()[0]
    except Exception:
        status = 0
    elapsed = (time.perf_counter() - started) * 1000
    with lock:
        latencies.setdefault(kind.__name__, []).append(elapsed)
        if status >= 400 or status == 0:
            errors[kind.__name__] = errors.get(kind.__name__, 0) + 1


def rss(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) // 1024
    except (OSError, AttributeError):
        return None


samples = {pid: [] for pid in PIDS}
end = time.time() + SECONDS
next_sample = 0
with ThreadPoolExecutor(max_workers=32) as pool:
    tick = 1.0 / RATE
    due = time.time()
    while time.time() < end:
        if time.time() >= next_sample:
            for pid in PIDS:
                samples[pid].append(rss(pid))
            next_sample = time.time() + 5
        pool.submit(run, random.choice(KINDS))
        due += tick
        time.sleep(max(0, due - time.time()))
for pid in PIDS:
    samples[pid].append(rss(pid))


def percentile(values, p):
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)], 1)


every = [value for values in latencies.values() for value in values]
print(json.dumps({
    "kinds": {name: {"count": len(values), "errors": errors.get(name, 0), "p50": percentile(values, 50),
                     "p99": percentile(values, 99)} for name, values in sorted(latencies.items())},
    "all": {"count": len(every), "errors": sum(errors.values()), "p50": percentile(every, 50),
            "p99": percentile(every, 99)},
    "rssMiB": {str(pid): {"start": values[0], "peak": max(v for v in values if v is not None),
                          "end": values[-1]} for pid, values in samples.items() if values and values[0]},
}))
