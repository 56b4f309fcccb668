#!/usr/bin/env python3
"""A stand-in for the Hugging Face Hub on 127.0.0.1, for clearance's hf:// tests. Written for them.

    hub_fixture.py make DIR        writes a fixture release of about 17 GB into DIR: four 4 GiB
                                   safetensors shards and a 1 GiB GGUF file, sparse (only their
                                   headers take disk space), and the usual small files
    hub_fixture.py serve --root DIR --repo ORG/NAME --sha SHA [--token T] [--forbidden]
                         [--throttle N] [--ignore-range]
                                   serves DIR as that repository; prints "PORT n" when ready
                                   and stops when its standard input is closed

The server answers what a check asks of the Hub, in the Hub's shapes:
  GET /api/models/ORG/NAME/revision/REV[?blobs=true]   the listing: sha, siblings (rfilename;
                                                       with blobs, size, blobId and lfs)
  GET /ORG/NAME/resolve/REV/PATH                       small files directly; large (lfs) files
                                                       by a 302 to /cdn/… on another host name
  GET /cdn/SHA/PATH                                    the storage host: refuses Authorization
  GET /_stats                                          body bytes sent and the requests seen
Byte ranges (Range: bytes=a-b) get 206. --token makes every Hub request need "Bearer T" (401
with X-Error-Code GatedRepo otherwise); --forbidden answers 403; --throttle N answers the first
N requests 429 with Retry-After: 1. Nothing here talks to anything but the test.
"""
import argparse, hashlib, json, os, pathlib, re, struct, sys, threading, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GIB = 1 << 30
LARGE_SUFFIXES = (".safetensors", ".gguf", ".bin")


def safetensors_header(name, rows):
    header = {"__metadata__": {"format": "pt"},
              name: {"dtype": "F16", "shape": [rows, 4096], "data_offsets": [0, rows * 4096 * 2]}}
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)
    return struct.pack("<Q", len(blob)) + blob


def gguf_header(tokens, rows):
    def string(text):
        data = text.encode()
        return struct.pack("<Q", len(data)) + data
    kvs = [(b"general.architecture", 8, string("llama")), (b"general.name", 8, string("Llama-3.1-Acme-8B")),
           (b"general.license", 8, string("llama3.1"))]
    token_array = struct.pack("<IQ", 8, len(tokens)) + b"".join(string(token) for token in tokens)
    kvs.append((b"tokenizer.ggml.tokens", 9, token_array))
    out = b"GGUF" + struct.pack("<IQQ", 3, 1, len(kvs))
    for key, kind, value in kvs:
        out += struct.pack("<Q", len(key)) + key + struct.pack("<I", kind) + value
    out += string("token_embd.weight") + struct.pack("<I", 2) + struct.pack("<QQ", 4096, rows) + struct.pack("<IQ", 1, 0)
    out += b"\0" * (-len(out) % 32)
    return out


def sparse(path, head, size):
    with open(path, "wb") as out:
        out.write(head)
        out.truncate(size)


def make(folder):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(
        "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\nlibrary_name: transformers\n---\n"
        "# Llama-3.1-Acme-8B\n\nA fine-tune of Llama 3.1 8B. Built with Llama.\n")
    (folder / "NOTICE").write_text("Llama 3.1 is licensed under the Llama 3.1 Community License, "
                                   "Copyright \u00a9 Meta Platforms, Inc. All Rights Reserved.\n")
    (folder / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": 4096,
        "num_hidden_layers": 32, "rope_scaling": {"rope_type": "llama3", "factor": 8.0}}, indent=2))
    (folder / "generation_config.json").write_text(json.dumps({"bos_token_id": 128000, "eos_token_id": 128001}))
    (folder / "tokenizer_config.json").write_text(json.dumps({"bos_token": "<|begin_of_text|>", "model_max_length": 131072}))
    shards, weight_map = 4, {}
    rows = 4 * GIB // (4096 * 2)
    for index in range(1, shards + 1):
        name = f"model-{index:05d}-of-{shards:05d}.safetensors"
        tensor = f"model.layers.{index - 1}.mlp.weight"
        weight_map[tensor] = name
        head = safetensors_header(tensor, rows)
        sparse(folder / name, head, len(head) + rows * 4096 * 2)
    (folder / "model.safetensors.index.json").write_text(json.dumps(
        {"metadata": {"total_size": shards * rows * 4096 * 2}, "weight_map": weight_map}, indent=2))
    gguf_rows = GIB // (4096 * 2)
    head = gguf_header([f"tok{index}" for index in range(30_000)], gguf_rows)
    (folder / "gguf").mkdir(exist_ok=True)
    sparse(folder / "gguf" / "llama-3.1-acme-8b-f16.gguf", head, len(head) + gguf_rows * 4096 * 2)


class Hub:
    def __init__(self, root, repo, sha, token, forbidden, throttle, ignore_range):
        self.root, self.repo, self.sha = pathlib.Path(root), repo, sha
        self.token, self.forbidden, self.throttle, self.ignore_range = token, forbidden, throttle, ignore_range
        self.lock = threading.Lock()
        self.bytes_sent, self.requests = 0, []

    def files(self):
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*") if path.is_file())

    def is_large(self, name):
        return name.endswith(LARGE_SUFFIXES)

    def sibling(self, name, blobs):
        if not blobs:
            return {"rfilename": name}
        size = (self.root / name).stat().st_size
        entry = {"rfilename": name, "blobId": hashlib.sha1(name.encode()).hexdigest(), "size": size}
        if self.is_large(name):
            entry["lfs"] = {"sha256": hashlib.sha256(name.encode()).hexdigest(), "size": size, "pointerSize": 134}
        return entry


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub = None

    def log_message(self, *args):
        pass

    def send_body(self, status, body, headers=()):
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.note(status, len(body))

    def note(self, status, count):
        if self.path == "/_stats":
            return
        with self.hub.lock:
            self.hub.bytes_sent += count
            self.hub.requests.append({"path": self.path, "range": self.headers.get("Range"), "status": status,
                                      "bytes": count, "authorization": self.headers.get("Authorization") is not None})

    def refuse(self):
        """The Hub's access checks, in order; True when the request was answered with an error."""
        hub = self.hub
        with hub.lock:
            throttled = hub.throttle > 0
            if throttled:
                hub.throttle -= 1
        if throttled:
            self.send_body(429, b"Too Many Requests", [("Retry-After", "1")])
        elif hub.token and self.headers.get("Authorization") != f"Bearer {hub.token}":
            self.send_body(401, b"", [("X-Error-Code", "GatedRepo"),
                                      ("X-Error-Message", f"Access to model {hub.repo} is restricted. You must be authenticated.")])
        elif hub.forbidden:
            self.send_body(403, b"", [("X-Error-Code", "GatedRepo"),
                                      ("X-Error-Message", f"Access to model {hub.repo} is restricted and you are not in the authorized list.")])
        else:
            return False
        return True

    def do_GET(self):
        hub = self.hub
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        if path == "/_stats":
            with hub.lock:
                body = json.dumps({"bytes": hub.bytes_sent, "requests": hub.requests}).encode()
            return self.send_body(200, body, [("Content-Type", "application/json")])
        api = f"/api/models/{hub.repo}/revision/"
        resolve = f"/{hub.repo}/resolve/"
        if path.startswith(api) or path.startswith(resolve):
            if self.refuse():
                return
        if path.startswith(api):
            revision = path[len(api):]
            if revision not in ("main", hub.sha):
                return self.send_body(404, b"", [("X-Error-Code", "RevisionNotFound"), ("X-Error-Message", "Invalid rev id")])
            blobs = "blobs=true" in url.query
            listing = {"_id": "0" * 24, "id": hub.repo, "modelId": hub.repo, "sha": hub.sha, "private": False,
                       "gated": "manual" if hub.token else False, "disabled": False, "tags": ["llama"],
                       "siblings": [hub.sibling(name, blobs) for name in hub.files()]}
            return self.send_body(200, json.dumps(listing).encode(), [("Content-Type", "application/json")])
        if path.startswith(resolve):
            revision, _, name = path[len(resolve):].partition("/")
            if revision not in ("main", hub.sha) or not (hub.root / name).is_file():
                return self.send_body(404, b"", [("X-Error-Code", "EntryNotFound")])
            headers = [("X-Repo-Commit", hub.sha), ("ETag", f'"{hashlib.sha1(name.encode()).hexdigest()}"')]
            if hub.is_large(name):
                port = self.server.server_address[1]
                location = f"http://localhost:{port}/cdn/{hub.sha}/{urllib.parse.quote(name)}?signature=fixture"
                return self.send_body(302, b"", headers + [("Location", location), ("X-Linked-Size", str((hub.root / name).stat().st_size))])
            return self.send_file(hub.root / name, headers)
        if path.startswith(f"/cdn/{hub.sha}/"):
            if self.headers.get("Authorization"):
                return self.send_body(400, b"the storage host takes a signed URL, not a token")
            name = path[len(f"/cdn/{hub.sha}/"):]
            if (hub.root / name).is_file():
                return self.send_file(hub.root / name, [])
        self.send_body(404, b"")

    def send_file(self, path, headers):
        size = path.stat().st_size
        start, end, status = 0, size - 1, 200
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range") or "")
        if match and not self.hub.ignore_range:
            start = int(match.group(1))
            end = min(int(match.group(2)) if match.group(2) else size - 1, size - 1)
            if start >= size or end < start:
                return self.send_body(416, b"", [("Content-Range", f"bytes */{size}")])
            status = 206
            headers = headers + [("Content-Range", f"bytes {start}-{end}/{size}")]
        length = end - start + 1
        self.send_response(status)
        for key, value in headers + [("Accept-Ranges", "bytes"), ("Content-Length", str(length))]:
            self.send_header(key, value)
        self.end_headers()
        sent = 0
        try:
            with open(path, "rb") as source:
                source.seek(start)
                while sent < length:
                    chunk = source.read(min(1 << 16, length - sent))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        self.note(status, sent)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("make").add_argument("folder")
    serve = commands.add_parser("serve")
    serve.add_argument("--root", required=True)
    serve.add_argument("--repo", required=True)
    serve.add_argument("--sha", required=True)
    serve.add_argument("--token")
    serve.add_argument("--forbidden", action="store_true")
    serve.add_argument("--throttle", type=int, default=0)
    serve.add_argument("--ignore-range", action="store_true")
    args = parser.parse_args()
    if args.command == "make":
        return make(args.folder)
    Handler.hub = Hub(args.root, args.repo, args.sha, args.token, args.forbidden, args.throttle, args.ignore_range)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # The test holds standard input open while it needs the server: at its end (or the test's), stop.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
