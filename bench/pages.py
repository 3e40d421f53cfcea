#!/usr/bin/python3
"""Page timings: how soon each Kaonet page paints and shows its data, in headless Chromium.

Starts the application jar on a fresh embedded database with the demo network (or uses a running
server given with --url), then loads each page (map, dashboard, report, and the workspace's actor,
isolated firms, introductions and upload pages) several times after one warm-up load, each time in
a fresh navigation of one browser tab, and records:

- first contentful paint (the browser's own 'first-contentful-paint' entry), and
- time to data: when the page marked that its data is drawn (<body data-ready="ms">, set once by
  common/ready.js when the page first shows the answers it loaded),

both in milliseconds since navigation. Prints a Markdown table for docs/benchmarks.md (median and
max per page) with the load average before and after the run.

    bench/pages.py                     # 5 warm loads per page, builds api/target/kaonet.jar if missing
    bench/pages.py --runs 10 --jar path/to/kaonet.jar
    bench/pages.py --url http://localhost:8080     # a server already running with the demo network

Talks to Debian's chromedriver over its HTTP (W3C WebDriver) interface with the standard library
only, so it needs no pip package. Not a test: it measures and reports, and fails only when a page
reports an error or never marks its data.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATIENCE_S = 120


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url, body=None, method="POST", timeout=PATIENCE_S):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def graphql(base, query):
    answer = post(base + "/graphql", {"query": query})
    if answer.get("errors"):
        raise RuntimeError(f"GraphQL errors: {answer['errors']}")
    return answer["data"]


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


class Server:
    """The application jar on a fresh embedded database (demo network loaded at start)."""

    def __init__(self, jar, heap):
        self.work = tempfile.mkdtemp(prefix="kaonet-pages.")
        self.port = free_port()
        self.log = open(os.path.join(self.work, "server.log"), "w")
        self.process = subprocess.Popen(
            ["java", f"-Xmx{heap}", "-jar", jar, "--server.address=127.0.0.1", f"--server.port={self.port}",
             f"--kaonet.neo4j.data-directory={self.work}/data", "--kaonet.neo4j.bolt-port=0",
             "--logging.level.root=warn"], stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"

    def wait(self):
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server stopped; see " + self.log.name)
            try:
                if graphql(self.base, "{ network { summary { actors } } }")["network"]["summary"]["actors"] > 0:
                    return
            except OSError:
                pass
            time.sleep(1)
        raise RuntimeError("the server did not answer within 300 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.work, ignore_errors=True)


class Browser:
    """One headless Chromium tab driven through chromedriver's W3C WebDriver HTTP interface."""

    def __init__(self, chromium, chromedriver):
        self.profile = tempfile.mkdtemp(prefix="kaonet-pages-chromium.")
        self.port = free_port()
        self.driver = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 30
        while True:
            try:
                if post(self.base + "/status", method="GET")["value"]["ready"]:
                    break
            except OSError:
                if time.time() > deadline:
                    raise
            time.sleep(0.2)
        session = post(self.base + "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": [
                "--headless=new", "--window-size=1366,768", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-extensions", f"--user-data-dir={self.profile}", "--lang=en"]},
            "pageLoadStrategy": "normal"}}})
        self.session = f"{self.base}/session/{session['value']['sessionId']}"
        self.version = session["value"]["capabilities"].get("browserVersion", "?")

    def open(self, url):
        post(self.session + "/url", {"url": url})

    def js(self, script, *args):
        return post(self.session + "/execute/sync", {"script": script, "args": list(args)})["value"]

    def stop(self):
        try:
            post(self.session, method="DELETE", timeout=30)
        finally:
            self.driver.terminate()
            self.driver.wait(30)
            shutil.rmtree(self.profile, ignore_errors=True)


READ = """
const fcp = performance.getEntriesByName('first-contentful-paint')[0];
const error = [window.kaonetMap, window.kaonetDashboard, window.kaonetReport, window.kaonetActor, window.kaonetIsolated,
  window.kaonetLog, window.kaonetUpload].map((p) => p && p.error).find((e) => e) || null;
return { ready: document.body && document.body.dataset.ready ? Number(document.body.dataset.ready) : null,
  fcp: fcp ? fcp.startTime : null, error };
"""


def measure(browser, url):
    """One fresh navigation: (first contentful paint ms, time to data ms)."""
    browser.open("about:blank")
    browser.open(url)
    deadline = time.time() + PATIENCE_S
    while True:
        state = browser.js(READ)
        if state["error"]:
            raise RuntimeError(f"{url}: the page reports an error: {state['error']}")
        if state["ready"] is not None and state["fcp"] is not None:
            return state["fcp"], state["ready"]
        if time.time() > deadline:
            raise RuntimeError(f"{url}: no data marker (body[data-ready]) within {PATIENCE_S} s: {state}")
        time.sleep(0.05)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured loads per page after one warm-up (default 5)")
    parser.add_argument("--url", help="a running server with the demo network, instead of starting the jar")
    parser.add_argument("--jar", default=os.path.join(ROOT, "api", "target", "kaonet.jar"))
    parser.add_argument("--heap", default="1g")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    options = parser.parse_args()

    server = None
    browser = None
    before = load_average()
    try:
        if options.url:
            base = options.url.rstrip("/")
        else:
            if not os.path.isfile(options.jar):
                print(f"Building {options.jar}", file=sys.stderr)
                subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-pl", "api", "-am", "package", "-DskipTests"],
                               cwd=ROOT, check=True)
            server = Server(options.jar, options.heap)
            print(f"Starting {options.jar} on {server.base}", file=sys.stderr)
            server.wait()
            base = server.base
        summary = graphql(base, "{ network { summary { actors ties } } }")["network"]["summary"]
        broker = graphql(base, "{ network { brokers(first: 1) { edges { node { actor { id } } } } } }")
        actor_id = broker["network"]["brokers"]["edges"][0]["node"]["actor"]["id"]
        pages = [
            ("map", "/map/"),
            ("dashboard", "/dashboard/"),
            ("report", "/dashboard/report.html"),
            ("workspace: actor", f"/workspace/actor.html?id={urllib.parse.quote(actor_id)}"),
            ("workspace: isolated firms", "/workspace/isolated.html"),
            ("workspace: introductions", "/workspace/introductions.html"),
            ("workspace: upload", "/workspace/upload.html"),
        ]
        browser = Browser(options.chromium, options.chromedriver)
        rows = []
        for name, path in pages:
            measure(browser, base + path)  # warm-up: server caches and the browser's cache of assets
            fcps, datas = [], []
            for _ in range(options.runs):
                fcp, data = measure(browser, base + path)
                fcps.append(fcp)
                datas.append(data)
            rows.append((name, path.split("?")[0], statistics.median(fcps), max(fcps), statistics.median(datas), max(datas)))
            print(f"{name}: first paint {statistics.median(fcps):.0f} ms, data {statistics.median(datas):.0f} ms",
                  file=sys.stderr)
        after = load_average()
        print(f"Page timings, warm, {options.runs} loads per page after one warm-up; demo network "
              f"({summary['actors']:,} actors, {summary['ties']:,} ties); headless Chromium {browser.version} at 1366x768; "
              f"{os.cpu_count()} cores; load average {before} before, {after} after.\n")
        print("| page | address | first contentful paint, median (ms) | max (ms) | data drawn, median (ms) | max (ms) |")
        print("|---|---|---:|---:|---:|---:|")
        for name, path, fm, fx, dm, dx in rows:
            print(f"| {name} | `{path}` | {fm:,.0f} | {fx:,.0f} | {dm:,.0f} | {dx:,.0f} |")
    finally:
        if browser:
            browser.stop()
        if server:
            server.stop()


if __name__ == "__main__":
    main()
