#!/usr/bin/env python3
"""A small SPARQL 1.1 Graph Store Protocol server for tests/push/mock-store.sh.

PUT /gsp?graph=IRI stores the body as the graph (replacing it); /old-gsp answers 307 to /gsp.
With --user and --password it asks for HTTP basic authentication. The graphs are kept in the
--db JSON file, so a restarted server still has them, as a real store would.

Test controls (no authentication):
  POST /_control  {"fail_next": [503, ...], "reject": "substring", "die_after": N}
      fail_next: answer the next PUTs with these statuses (Retry-After: 0);
      reject: answer 400 to PUTs whose graph IRI holds the substring;
      die_after: exit at once, without an answer, on a PUT once N PUTs have succeeded
      since this control was set (a server killed in the middle of a push).
  GET /_graphs    {"graphs": {IRI: statement count}, "puts": N, "content_types": [...]}
"""
import argparse
import base64
import json
import os
import ssl
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
control = {"fail_next": [], "reject": None, "die_after": None, "ok_since_control": 0}
db = {"graphs": {}, "puts": 0, "content_types": []}


def save(path):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(db, out)
    os.replace(tmp, path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("mock-store: " + (fmt % args) + "\n")

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        if self.path.startswith("/_graphs"):
            with lock:
                self.reply(200, json.dumps(db).encode(), [("Content-Type", "application/json")])
        else:
            self.reply(404)

    def do_POST(self):
        body = self.read_body()
        if not self.path.startswith("/_control"):
            return self.reply(405)
        with lock:
            settings = json.loads(body or b"{}")
            control["fail_next"] = list(settings.get("fail_next", []))
            control["reject"] = settings.get("reject")
            control["die_after"] = settings.get("die_after")
            control["ok_since_control"] = 0
        self.reply(204)

    def do_PUT(self):
        body = self.read_body()  # always read, so that the connection can be kept
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/old-gsp":
            return self.reply(307, headers=[("Location", "/gsp?" + url.query)])
        if url.path != "/gsp":
            return self.reply(404, b"no such service")
        if args.user:
            expected = "Basic " + base64.b64encode(f"{args.user}:{args.password}".encode()).decode()
            if self.headers.get("Authorization") != expected:
                return self.reply(401, b"who are you?", [("WWW-Authenticate", 'Basic realm="mock"')])
        graph = urllib.parse.parse_qs(url.query).get("graph", [None])[0]
        if not graph:
            return self.reply(400, b"no graph parameter")
        with lock:
            if control["die_after"] is not None and control["ok_since_control"] >= control["die_after"]:
                sys.stderr.write("mock-store: dying in the middle of the push, as asked\n")
                sys.stderr.flush()
                os._exit(3)
            if control["fail_next"]:
                status = control["fail_next"].pop(0)
                return self.reply(status, b"busy, try again", [("Retry-After", "0")])
            if control["reject"] and control["reject"] in graph:
                return self.reply(400, b"<html><body><h1>Syntax error</h1> at line 1</body></html>")
            text = body.decode("utf-8")
            created = graph not in db["graphs"]
            db["graphs"][graph] = sum(1 for line in text.splitlines() if line.strip())
            db["puts"] += 1
            content_type = self.headers.get("Content-Type", "")
            if content_type not in db["content_types"]:
                db["content_types"].append(content_type)
            control["ok_since_control"] += 1
            save(args.db)
        self.reply(201 if created else 204)


parser = argparse.ArgumentParser()
parser.add_argument("--port-file", required=True)
parser.add_argument("--port", type=int, default=0)
parser.add_argument("--db", required=True)
parser.add_argument("--user")
parser.add_argument("--password")
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()

if os.path.exists(args.db):
    with open(args.db, encoding="utf-8") as f:
        db = json.load(f)
ThreadingHTTPServer.allow_reuse_address = True
server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
if args.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(args.port_file + ".tmp", args.port_file)
server.serve_forever()
