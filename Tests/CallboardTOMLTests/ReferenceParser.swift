import Foundation

/// Python's `tomllib` (3.11+), an independent TOML 1.0 implementation, run once over many
/// documents: each document's table as a tree of tagged values, or nil when tomllib rejects it.
///
/// Tags: `{"t": "int", "v": "5"}`; floats as the hex of their bits; dates and times as field
/// lists (`[y, m, d, h, min, s, µs]`, plus the offset in minutes); tables as `[key, value]` pairs
/// in document order.
enum ReferenceParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = #"""
import datetime, json, os, struct, sys, tomllib

def tag(v):
    if isinstance(v, bool):
        return {"t": "bool", "v": "true" if v else "false"}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": struct.pack(">d", v).hex()}
    if isinstance(v, str):
        return {"t": "string", "v": v}
    if isinstance(v, datetime.datetime):
        fields = [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond]
        if v.tzinfo is None:
            return {"t": "datetime-local", "v": fields}
        return {"t": "datetime", "v": fields + [int(v.utcoffset().total_seconds()) // 60]}
    if isinstance(v, datetime.date):
        return {"t": "date-local", "v": [v.year, v.month, v.day]}
    if isinstance(v, datetime.time):
        return {"t": "time-local", "v": [v.hour, v.minute, v.second, v.microsecond]}
    if isinstance(v, list):
        return {"t": "array", "v": [tag(x) for x in v]}
    if isinstance(v, dict):
        return {"t": "table", "v": [[k, tag(x)] for k, x in v.items()]}
    raise TypeError(type(v).__name__)

folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), "rb") as f:
        text = f.read().decode("utf-8")
    try:
        line = {"name": name, "ok": tag(tomllib.loads(text))}
    except Exception as e:
        line = {"name": name, "error": type(e).__name__ + ": " + str(e)}
    print(json.dumps(line))
"""#

    /// One entry per document, in order.
    static func parse(_ documents: [String]) throws -> [Any?] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toml-reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (index, document) in documents.enumerated() {
            let name = String(repeating: "0", count: max(0, 6 - String(index).count)) + String(index) + ".toml"
            try Data(document.utf8).write(to: inputs.appendingPathComponent(name))
        }
        let output = folder.appendingPathComponent("out.jsonl")
        let errors = folder.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, inputs.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 with tomllib (3.11 or later) failed: \(message)")
        }
        let lines = try Data(contentsOf: output).split(separator: UInt8(ascii: "\n"))
        guard lines.count == documents.count else {
            throw Failure(description: "tomllib answered \(lines.count) of \(documents.count) documents")
        }
        return try lines.map { line -> Any? in
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw Failure(description: "not a JSON object: \(String(decoding: line, as: UTF8.self))")
            }
            return object["ok"]
        }
    }
}
