import Foundation

/// A stand-in for an OSRM server: a small Python `http.server` on 127.0.0.1 and a free port,
/// answering `table` requests from a known full matrix.
///
/// It knows `points` (as `lon,lat` text, the way the client writes them) and the full
/// `durations`/`distances` between them (nil for a `null` cell). It answers any subset of the
/// points, honouring `sources`/`destinations`, like OSRM; an unknown coordinate gets OSRM's
/// `400 InvalidQuery`. Every request path is appended to a log the test reads back.
/// Needs `python3` on the PATH.
final class OSRMStandIn {
    let port: Int
    private let process: Process
    private let logURL: URL
    /// The script exits when this pipe closes (on `stop()`, or when the test process dies).
    private let input = Pipe()
    private var stopped = false

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init(points: [String], durations: [[Double?]], distances: [[Double?]]) throws {
        let config: [String: Any] = [
            "points": points,
            "durations": durations.map { $0.map { $0 as Any? ?? NSNull() } },
            "distances": distances.map { $0.map { $0 as Any? ?? NSNull() } },
        ]
        let configText = String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self)
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("osrm-stand-in-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)

        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, configText, logURL.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()

        // The script prints its port on the first line once it listens.
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            try? input.fileHandleForWriting.close()
            throw StandInError(message: "the OSRM stand-in did not start (python3 missing?): \(text)")
        }
        self.port = port
    }

    /// Paths (with query) of the requests received so far, in order.
    func requestedPaths() -> [String] {
        let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// Stops the server and waits for it to exit; its port is then closed.
    ///
    /// Closing the script's standard input stops it (a signal would not do: a child of the test
    /// runner can inherit a blocked SIGTERM).
    func stop() {
        guard !stopped else { return }
        stopped = true
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.waitUntilExit() }
        try? FileManager.default.removeItem(at: logURL)
    }

    deinit { stop() }

    struct StandInError: Error { let message: String }

    private static let script = #"""
import http.server, json, os, sys, threading, urllib.parse

def exit_when_stdin_closes():
    sys.stdin.buffer.read()
    os._exit(0)

threading.Thread(target=exit_when_stdin_closes, daemon=True).start()

config = json.loads(sys.argv[1])
log_path = sys.argv[2]
points = config["points"]

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(log_path, "a") as log:
            log.write(self.path + "\n")
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.split("/")
        if len(parts) != 5 or parts[1:4] != ["table", "v1", "driving"]:
            return self.answer(400, {"code": "InvalidUrl", "message": "URL string malformed"})
        coordinates = parts[4].split(";")
        if any(c not in points for c in coordinates):
            return self.answer(400, {"code": "InvalidQuery", "message": "Query string malformed"})
        index = [points.index(c) for c in coordinates]
        query = urllib.parse.parse_qs(url.query)
        def indices(name):
            if name in query:
                return [int(i) for i in query[name][0].split(";")]
            return list(range(len(coordinates)))
        sources, destinations = indices("sources"), indices("destinations")
        def table(name):
            return [[config[name][index[s]][index[d]] for d in destinations] for s in sources]
        self.answer(200, {"code": "Ok", "durations": table("durations"), "distances": table("distances")})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""#
}
