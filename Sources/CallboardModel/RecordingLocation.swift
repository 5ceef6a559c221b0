/// Where a call's recording can be found: a file to play here, and a URL to open elsewhere
/// (from `recording_url`), so that over SSH the lead can still get to it.
public struct RecordingLocation: Equatable, Sendable {
    /// The file: calls.csv `recording` when it is a path, relative ones under `recording_dir`.
    public var path: String?
    /// calls.csv `recording` when it is already a URL, else `recording_url` filled in.
    public var url: String?

    public init(path: String?, url: String?) {
        self.path = path
        self.url = url
    }

    /// nil when the call has no recording.
    public init?(call: CallRecord, settings: Settings) {
        guard let recording = call.recording, !recording.isEmpty else { return nil }
        if recording.contains("://") {
            self.init(path: nil, url: recording)
            return
        }
        var path = recording
        if !recording.hasPrefix("/"), let dir = settings.recordingDirectory, !dir.isEmpty {
            path = dir.hasSuffix("/") ? dir + recording : dir + "/" + recording
        }
        let name = recording.split(separator: "/").last.map(String.init) ?? recording
        let url = settings.recordingURL.map {
            $0.replacing("{file}", with: RecordingLocation.percentEncoded(recording, keepSlash: true))
                .replacing("{name}", with: RecordingLocation.percentEncoded(name, keepSlash: false))
                .replacing("{call}", with: RecordingLocation.percentEncoded(call.id, keepSlash: false))
        }
        self.init(path: path, url: url)
    }

    /// What the player gets as `{file}`: the path, or the URL when there is no path.
    public var playable: String? { path ?? url }

    /// The player's arguments with `{file}` filled in.
    public static func arguments(_ player: [String], file: String) -> [String] {
        player.map { $0.replacing("{file}", with: file) }
    }

    /// RFC 3986 unreserved bytes as they are, everything else %XX (UTF-8).
    static func percentEncoded(_ s: String, keepSlash: Bool) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepSlash:
                out.append("/")
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
